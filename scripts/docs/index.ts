/**
 * The reference generated from the catalog (never a hand-written copy):
 * - docs/functions.md, docs/ambiguities.md, docs/sources/<id>.md and README.md's list of policies (written
 *   by `npm run docs`, scripts/write-docs.ts; a test fails when they are stale);
 * - help.html and help.zh-cn.html, the pages functions.json's helpUrl points at (scripts/site-assets.ts).
 * Every renderer is pure: a DocsSource (source.ts) in, text out.
 */
export { renderAmbiguitiesMarkdown } from "./ambiguities";
export { escapeHtml, escapeMarkdown } from "./escape";
export { exampleCall, exampleResult, type ParamRow, paramRows } from "./format";
export { renderFunctionsMarkdown } from "./functions-reference";
export { renderHelpHtml } from "./html";
export { policiesSection, withPoliciesSection } from "./readme";
export { catalogSource, type DocsSource } from "./source";
export { renderSourceMarkdown, sourcePage, wovenSource } from "./sources";
