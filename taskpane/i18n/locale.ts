/**
 * The pane's UI locale and how it is chosen, without React (the scenario form's logic reads it too).
 * "pseudo" wraps every UI string in ⟦…⟧ for tests.
 */
import { type Language, languageOfTag } from "../../src/records";

/** The pane's UI locale; the catalog's texts and the sheets come in a `Language` ("en" | "zh") instead. */
export type Locale = "en-US" | "zh-CN" | "pseudo";

/** The languages offered in the switch, each named in its own language. */
export const LANGUAGES: { locale: Exclude<Locale, "pseudo">; name: string }[] = [
  { locale: "zh-CN", name: "中文" },
  { locale: "en-US", name: "English" },
];

/** The catalog and sheet language for a UI locale: Chinese for zh-CN, English otherwise (pseudo too). */
export const textLanguage = (locale: Locale): Language => (locale === "zh-CN" ? "zh" : "en");

export function localeFromLanguage(tag: string | undefined): Exclude<Locale, "pseudo"> {
  return languageOfTag(tag) === "zh" ? "zh-CN" : "en-US";
}
