/**
 * Locale and strings (strings.ts: the first screen's in taskpane.js, the rest in a chunk of their own).
 * The UI language is zh-CN or en-US: Office's display language once the host is
 * ready, navigator.language in a plain browser, and the user's choice once they switch. Catalog data
 * (summaries, descriptions, step labels) is bilingual and picked with `pick`. "pseudo" wraps every
 * UI string in ⟦…⟧ so a test can spot text that bypasses this module.
 */
import { createContext, type ReactNode, useContext, useEffect, useMemo, useState } from "react";
import type { Text } from "../../src/records";
import { LANGUAGES, type Locale, localeFromLanguage, textLanguage } from "./locale";
import { type Strings, dictionaries, restOfStrings, withAllStrings } from "./strings";

export { LANGUAGES, type Locale, localeFromLanguage, restOfStrings, textLanguage, withAllStrings };
export type { Strings };

export interface I18n {
  locale: Locale;
  t: Strings;
  setLocale(locale: Locale): void;
  /** The catalog's text in the UI language. */
  pick(text: Text): string;
  /** Yuan with two decimals: 480,000.00. */
  money(n: number): string;
  /** A number as the policy states it: 15,000,000 or 0.02. */
  num(n: number): string;
  /** A ratio as a percentage: 0.3 → 30%. */
  percent(n: number): string;
}

/**
 * A number formatter made on first use: constructing an Intl.NumberFormat costs tens of milliseconds on a
 * cold page (ICU data), and the first screen formats no number (only a clause's page does).
 */
function formatter(locale: string, options: Intl.NumberFormatOptions): (n: number) => string {
  let format: Intl.NumberFormat | undefined;
  return (n) => (format ??= new Intl.NumberFormat(locale, options)).format(n);
}

const I18nContext = createContext<I18n | null>(null);

export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error("useI18n outside I18nProvider");
  return i18n;
}

export function I18nProvider(props: {
  initialLocale: Locale;
  hostLanguage?: string;
  children: ReactNode;
}) {
  const { initialLocale, hostLanguage } = props;
  const [chosen, setChosen] = useState<Locale | null>(null);
  // The user's choice wins; until then follow Office's display language once the host reports it.
  const locale = chosen ?? (hostLanguage ? localeFromLanguage(hostLanguage) : initialLocale);

  // The strings beyond the first screen, right after the first paint (a view opened earlier waits for them).
  useEffect(() => void restOfStrings.load().catch(() => undefined), []);

  useEffect(() => {
    // Lets the browser pick Simplified Chinese glyphs and screen readers the right voice.
    document.documentElement.lang = locale === "zh-CN" ? "zh-CN" : "en";
  }, [locale]);

  const i18n = useMemo<I18n>(() => {
    const numberLocale = locale === "zh-CN" ? "zh-CN" : "en-US";
    const money = formatter(numberLocale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    const num = formatter(numberLocale, { maximumFractionDigits: 6 });
    const percent = formatter(numberLocale, { style: "percent", maximumFractionDigits: 2 });
    return {
      locale,
      t: dictionaries[locale],
      setLocale: setChosen,
      pick: (text) => text[textLanguage(locale)],
      money,
      num,
      percent,
    };
  }, [locale]);

  return <I18nContext.Provider value={i18n}>{props.children}</I18nContext.Provider>;
}
