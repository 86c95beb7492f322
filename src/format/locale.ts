/**
 * The two languages: every catalog text, sheet word, docs page and functions.json is written in English
 * and Chinese. Not to be confused with the pane's UI locale ("en-US" | "zh-CN" | "pseudo", in
 * taskpane/i18n), which picks one of these through `textLanguage` there.
 */
export type Language = "en" | "zh";

/**
 * The language of a host's BCP 47 tag (Office.context.displayLanguage): "zh-CN", "zh-TW", "zh-HK", "zh" →
 * Chinese; anything else, or none, → English. The one rule for the functions' messages and the pane's locale.
 */
export const languageOfTag = (tag: string | undefined): Language =>
  /^zh\b/i.test(tag ?? "") ? "zh" : "en";
