/**
 * The function reference, generated from the catalog (never a hand-written copy):
 * - docs/functions.md and docs/ambiguities.md (written by `npm run docs`, scripts/write-docs.ts; a test
 *   fails when they are stale);
 * - help.html and help.zh-cn.html, the pages functions.json's helpUrl points at (scripts/site-assets.ts).
 * Every renderer is pure: a DocsSource (source.ts) in, text out.
 */
export { renderAmbiguitiesMarkdown } from "./ambiguities";
export { escapeHtml, escapeMarkdown } from "./escape";
export { exampleCall, exampleResult, type ParamRow, paramRows } from "./format";
export { renderFunctionsMarkdown } from "./functions-reference";
export { renderHelpHtml } from "./html";
export { catalogSource, type DocsSource } from "./source";
