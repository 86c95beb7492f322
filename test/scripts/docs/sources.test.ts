/**
 * docs/sources/<id>.md as it is on disk, read back without the generator's help: below its header it is the
 * document's source.txt with lines inserted (blank lines, and lead lines) and nothing else, and every quote
 * of every clause of the document stands in exactly one passage whose lead names that clause and links its
 * function (docs/functions.md has the anchor).
 */
import { readFileSync } from "fs";
import { join } from "path";
import {
  catalogSource,
  renderSourceMarkdown,
  sourcePage,
  wovenSource,
} from "../../../scripts/docs";
import { clauseLine, LEAD, SOURCE_BEGINS } from "../../../scripts/docs/sources";
import type { PolicyDocument } from "../../../src/catalog/types";

const root = join(__dirname, "../../..");
const functionsMd = readFileSync(join(root, "docs/functions.md"), "utf8");

interface BodyLine {
  text: string;
  /** The source line it is, or undefined for an inserted line. */
  source?: number;
}

/** The page's lines below its header, each matched to the source line it is (greedy: a line is the next source line if it can be). */
function align(page: string, source: string): BodyLine[] {
  const lines = page.split("\n");
  const body = lines.slice(lines.indexOf(SOURCE_BEGINS) + 2);
  const src = source.split("\n");
  let i = 0;
  const out = body.map((text): BodyLine => {
    if (i < src.length && text === src[i]) return { text, source: i++ };
    if (text === "" || LEAD.test(text)) return { text };
    throw new Error(
      `line «${text}» is neither the next source line (${i + 1}) nor an inserted line`
    );
  });
  if (i !== src.length) throw new Error(`the page stops at source line ${i + 1} of ${src.length}`);
  return out;
}

interface Passage {
  lead: string;
  /** The ids the lead names. */
  named: string[];
  firstLine: string;
  /** The passage's source lines, joined without line breaks (as quotes are matched). */
  text: string;
}

/** Each clause lead and the source lines after it, up to the next inserted line. */
function passages(body: readonly BodyLine[]): Passage[] {
  const out: Passage[] = [];
  body.forEach((line, k) => {
    if (!line.text.startsWith("▸ ")) return;
    const lines: string[] = [];
    for (let j = k + 1; j < body.length && body[j].source !== undefined; j++)
      lines.push(body[j].text);
    const named = [...line.text.matchAll(/\*\*([^*]+)\*\*/g)].map((m) => m[1]);
    out.push({ lead: line.text, named, firstLine: lines[0] ?? "", text: lines.join("") });
  });
  return out;
}

describe.each(catalogSource.documents.map((d) => [d.id, d] as [string, PolicyDocument]))(
  "docs/sources page of %s",
  (_id, doc) => {
    const source = catalogSource.sourceText(doc);
    const page = readFileSync(join(root, "docs", sourcePage(doc)), "utf8");
    const clauses = catalogSource.clauses.filter((c) => c.document === doc.id);
    // Read back inside each test, so a page that does not align fails its tests rather than the file.
    const body = () => align(page, source);
    const found = () => passages(body());

    it("is the source text, verbatim, with inserted lines only (the page read back, and the weave)", () => {
      expect(body().filter((l) => l.source !== undefined).length).toBe(source.split("\n").length);
      const woven = wovenSource(doc);
      expect(
        woven
          .filter((l) => !l.inserted)
          .map((l) => l.text)
          .join("\n")
      ).toBe(source);
      expect(woven.filter((l) => l.inserted && l.text !== "" && !LEAD.test(l.text))).toEqual([]);
      expect(page).toBe(renderSourceMarkdown(doc));
    });

    it("places every quote of every clause exactly once, after a lead naming its clause", () => {
      expect(clauses.length).toBeGreaterThan(0);
      for (const c of clauses)
        for (const q of c.quotes) {
          const places = found().filter((p) => p.named.includes(c.id) && p.text.includes(q));
          expect([c.id, q, places.length]).toEqual([c.id, q, 1]);
        }
    });

    it("names in a lead only clauses quoted in its passage, the first line holding where one starts", () => {
      for (const p of found()) {
        const named = clauses.filter((c) => p.named.includes(c.id));
        expect([p.lead, named.map((c) => c.id)]).toEqual([p.lead, p.named]);
        for (const c of named)
          expect([p.lead, c.id, c.quotes.some((q) => p.text.includes(q))]).toEqual([
            p.lead,
            c.id,
            true,
          ]);
        const starts = named.flatMap((c) => c.quotes).map((q) => p.text.indexOf(q));
        expect([p.lead, starts.some((at) => at >= 0 && at < p.firstLine.length)]).toEqual([
          p.lead,
          true,
        ]);
        expect(p.lead).toBe(`${clauseLine(named)}\\`);
      }
    });

    it("links each clause's function to its anchor in functions.md, and names a clause without one alone", () => {
      const leads = found();
      for (const c of clauses.filter((c) => leads.some((p) => p.named.includes(c.id)))) {
        const lead = leads.find((p) => p.named.includes(c.id))!.lead;
        if (c.fn) {
          expect(lead).toContain(`**${c.id}** [${c.fn.name}](../functions.md#${c.fn.name})`);
          expect(functionsMd).toContain(`<a id="${c.fn.name}"></a>`);
        } else expect(lead).toMatch(new RegExp(`\\*\\*${c.id}\\*\\*( ·|\\\\$)`));
      }
    });
  }
);
