/**
 * The weave on small texts written here: where a quote stands (across line breaks, as the Beijing text
 * breaks its lines), which lines make a paragraph, and that the source survives the inserted lines whole.
 */
import { paragraphsOf, placeQuotes, weave } from "../../../scripts/docs/weave";
import type { DocumentedClause as Clause } from "../../../src/catalog/types";
import { documented } from "../../../src/policies/texts";

const clause = (id: string, quotes: string[]): Clause => ({ ...documented.clauses[0], id, quotes });

// Lines 0 "甲乙", 1 blank, 2 "丙丁", 3 "戊": joined without line breaks, "甲乙丙丁戊".
const TEXT = "甲乙\n\n丙丁\n戊";
const A = clause("A-01", ["乙丙"]); // runs from line 0 across the blank line into line 2
const B = clause("B-01", ["戊"]);

describe("placeQuotes", () => {
  it("finds each quote in the text without its line breaks, on the lines it runs across", () => {
    expect(placeQuotes(TEXT, [A, B])).toEqual([
      { clause: A, quote: "乙丙", first: 0, last: 2 },
      { clause: B, quote: "戊", first: 3, last: 3 },
    ]);
  });

  it("refuses a quote that is missing or that stands twice", () => {
    expect(() => placeQuotes(TEXT, [clause("X-01", ["己"])])).toThrow(/X-01.*0 times/);
    expect(() => placeQuotes("甲\n甲", [clause("X-02", ["甲"])])).toThrow(/X-02.*2 times/);
  });
});

describe("paragraphsOf", () => {
  it("one paragraph per non-blank line, joined where a quote runs across lines", () => {
    expect(paragraphsOf(TEXT, placeQuotes(TEXT, [A, B]))).toEqual([
      { first: 0, last: 2, clauses: [A] },
      { first: 3, last: 3, clauses: [B] },
    ]);
    expect(paragraphsOf("甲\n乙", [])).toEqual([
      { first: 0, last: 0, clauses: [] },
      { first: 1, last: 1, clauses: [] },
    ]);
  });

  it("a quote that starts inside a joined paragraph and ends beyond it joins that line too", () => {
    // "甲乙" runs over lines 0–1, "乙丙" over lines 1–2: one paragraph of three lines, both clauses.
    const text = "甲\n乙\n丙\n丁";
    const C = clause("C-01", ["甲乙"]);
    const D = clause("D-01", ["乙丙"]);
    expect(paragraphsOf(text, placeQuotes(text, [C, D]))).toEqual([
      { first: 0, last: 2, clauses: [C, D] },
      { first: 3, last: 3, clauses: [] },
    ]);
  });

  it("a line of spaces is blank: no paragraph", () => {
    expect(paragraphsOf("甲\n \n乙", [])).toEqual([
      { first: 0, last: 0, clauses: [] },
      { first: 2, last: 2, clauses: [] },
    ]);
  });
});

describe("weave", () => {
  it("inserts a blank line where paragraphs touch and the lead where there is one; the source stays whole", () => {
    const text = "甲\n乙\n\n丙";
    const lines = weave(text, paragraphsOf(text, []), (p) => (p.first === 1 ? "L" : undefined));
    expect(lines).toEqual([
      { text: "甲", inserted: false },
      { text: "", inserted: true }, // 甲 and 乙 touch
      { text: "L", inserted: true },
      { text: "乙", inserted: false },
      { text: "", inserted: false }, // the source's own blank line: nothing inserted before 丙
      { text: "丙", inserted: false },
    ]);
    expect(
      lines
        .filter((l) => !l.inserted)
        .map((l) => l.text)
        .join("\n")
    ).toBe(text);
  });

  it("hands the lead the paragraph's first line (to see its indentation)", () => {
    const seen: string[] = [];
    weave("    甲\n乙", paragraphsOf("    甲\n乙", []), (_p, line) => {
      seen.push(line);
      return undefined;
    });
    expect(seen).toEqual(["    甲", "乙"]);
  });
});
