/**
 * The generated files the add-in serves beside its bundles: functions.json in en-US and zh-CN, and the
 * help pages their helpUrl points at (help.html, help.zh-cn.html: scripts/docs/html.ts).
 * webpack emits them (webpack.config.js), tests read them through the same function.
 */
import { buildMetadata } from "../functions/metadata";
import { documentedSheetFunctions as sheetFunctions } from "../src/sheet-functions/documented";
import { renderHelpHtml } from "./docs/html";

export function siteAssets(baseUrl: string): Record<string, string> {
  return {
    "functions.json": JSON.stringify(buildMetadata(sheetFunctions, "en", baseUrl), null, 2),
    "zh-cn/functions.json": JSON.stringify(buildMetadata(sheetFunctions, "zh", baseUrl), null, 2),
    "help.html": renderHelpHtml("en"),
    "help.zh-cn.html": renderHelpHtml("zh"),
  };
}
