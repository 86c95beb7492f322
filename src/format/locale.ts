/**
 * The two languages: every catalog text, sheet word, docs page and functions.json is written in English
 * and Chinese. Not to be confused with the pane's UI locale ("en-US" | "zh-CN" | "pseudo", in
 * taskpane/i18n), which picks one of these through `textLanguage` there.
 */
export type Language = "en" | "zh";
