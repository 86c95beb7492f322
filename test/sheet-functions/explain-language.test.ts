/**
 * EXPLAIN speaks the host's display language (issue 12): with a Chinese host every row's label is Chinese
 * (the steps' own Chinese labels and EXPLAIN's words), and the amounts are the same as in English.
 */
import { setMessageLanguage } from "../../src/engine/messages";
import { explain } from "../../src/sheet-functions/explain";

afterEach(() => setMessageLanguage("en"));

const CJK = /[\u4e00-\u9fff]/;

describe("EXPLAIN with a Chinese host", () => {
  // HLJ-ROBOT-01: stock 6,000,000 × 0.02 = 120,000; increment 2,000,000 × 0.10 = 200,000;
  // (120,000 + 200,000) × 1.5 = 480,000.
  const args = [8_000_000, 6_000_000, 0.02, 0.1];

  it("labels every row in Chinese and keeps the amounts", () => {
    const en = explain("HLJ_RD_SUBSIDY", args);
    setMessageLanguage("zh");
    const zh = explain("HLJ_RD_SUBSIDY", args);
    expect(zh.map((r) => r[1])).toEqual(en.map((r) => r[1]));
    expect(zh.at(-1)![1]).toBe(480_000);
    for (const [label] of zh) expect(label).toMatch(CJK);
    expect(zh.some(([label]) => /达到/.test(label))).toBe(true); // the 50万元 threshold row
  });

  it("shows an error as Chinese rows", () => {
    setMessageLanguage("zh");
    expect(explain("HLJ_RD_SUBSIDY", ["abc"])).toEqual([
      ["错误", "#VALUE!"],
      ["错误说明", expect.stringMatching(/（rd_last_year）必须是数字$/)],
    ]);
  });
});
