import type { Language } from "../../../src/format/locale";
import { localeFromLanguage, textLanguage } from "../../../taskpane/i18n/locale";

describe("the two languages and the pane's UI locale", () => {
  it("a UI locale picks the text language: Chinese only for zh-CN", () => {
    const picked: Language[] = (["zh-CN", "en-US", "pseudo"] as const).map(textLanguage);
    expect(picked).toEqual(["zh", "en", "en"]);
  });

  it("a host or browser language tag picks the UI locale: any zh-* is zh-CN, anything else en-US", () => {
    expect(
      ["zh", "zh-CN", "zh-TW", "ZH-hk", "en-GB", "fr-FR", undefined].map(localeFromLanguage)
    ).toEqual(["zh-CN", "zh-CN", "zh-CN", "zh-CN", "en-US", "en-US", "en-US"]);
  });
});
