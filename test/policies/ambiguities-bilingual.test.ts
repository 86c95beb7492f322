/**
 * Every ambiguity of the catalog in both languages: the pane and the Chinese help page show the Chinese, the
 * English reference the English. The Chinese of a chosen reading or an alternative is written in Chinese (Han
 * characters outside any 「quote」), not the English copied; an issue may be a quote alone, the same in both.
 */
import { clauses } from "../../src";

const HAN = /\p{Script=Han}/u;
/** The text with every 「…」 quote taken out. */
const outsideQuotes = (s: string) => s.replace(/「[^」]*」/g, "");

const entries = clauses.flatMap((c) =>
  (c.fn?.ambiguities ?? []).flatMap((a, i) =>
    (["issue", "chosen", "alternative"] as const).flatMap((key) =>
      a[key] ? [[`${c.fn!.name} #${i + 1} ${key}`, key, a[key]!] as const] : []
    )
  )
);

describe("ambiguities in both languages", () => {
  it("the catalog has them", () => expect(entries.length).toBeGreaterThan(60));

  it.each(entries)("%s", (_where, key, text) => {
    expect(text.en.trim()).not.toBe("");
    expect(text.zh.trim()).not.toBe("");
    if (key === "issue" && outsideQuotes(text.en).trim() === "") {
      expect(text.zh).toBe(text.en);
      return;
    }
    expect(outsideQuotes(text.zh)).toMatch(HAN);
    expect(text.zh).not.toBe(text.en);
  });
});
