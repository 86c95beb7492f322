/**
 * Every quote fragment of every clause, and every document's stacking rule, stands verbatim in the source
 * text the project ships (src/policies/<document>/source.txt). Line breaks are removed first, as the
 * spec does for the Beijing text; nothing else is normalised.
 */
import { readFileSync } from "fs";
import { join } from "path";
import { clauses, documents } from "../../src";

const sources = new Map(
  documents.map((d) => [
    d.id,
    readFileSync(
      join(__dirname, "../../src/policies", d.sourceFolder, "source.txt"),
      "utf8"
    ).replace(/\r?\n/g, ""),
  ])
);

describe("quotes are verbatim in the shipped source texts", () => {
  it("each document ships its own source text: the title stands in it", () => {
    for (const d of documents)
      expect([d.id, sources.get(d.id)!.includes(d.title.zh)]).toEqual([d.id, true]);
  });

  it.each(clauses.map((c) => [c.id, c] as const))("%s", (_id, clause) => {
    const text = sources.get(clause.document)!;
    expect(clause.quotes.length).toBeGreaterThan(0);
    for (const q of [...clause.quotes, ...(clause.context ?? [])])
      expect([q, text.includes(q)]).toEqual([q, true]);
  });

  it.each(documents.filter((d) => d.stackingRule).map((d) => [d.id, d] as const))(
    "%s stacking rule",
    (_id, doc) => {
      expect(sources.get(doc.id)!.includes(doc.stackingRule!)).toBe(true);
    }
  );

  it("a fragment that is not in the text fails the check", () => {
    expect(sources.get("HZ-HUMANOID")!.includes("按实际投入的60%")).toBe(false);
  });
});
