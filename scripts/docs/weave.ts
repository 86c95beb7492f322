/**
 * The weave (after Catala's): a policy text with, before each paragraph that holds a clause's quoted words,
 * a line naming the clause. Pure structure here — where each quote stands, which source lines make one
 * paragraph, which lines of the result are the source's and which are inserted; sources.ts writes it as
 * Markdown.
 *
 * A quote is found the way test/catalog/quotes.test.ts checks it: in the text with its line breaks removed
 * (the Beijing text breaks its lines mid-sentence, as the PDF did). So a paragraph is one source line, or
 * several when a quote runs across them.
 */
import type { DocumentedClause as Clause } from "../../src/catalog/types";

/** A quote of a clause and the source lines (0-based, inclusive) it stands on. */
export interface Placement {
  clause: Clause;
  quote: string;
  first: number;
  last: number;
}

/** Source lines `first`…`last` (0-based, inclusive) and the clauses quoted in them, in catalog order. */
export interface Paragraph {
  first: number;
  last: number;
  clauses: Clause[];
}

/** One line of the woven text: the source's own, or inserted by the weave. */
export interface WovenLine {
  text: string;
  inserted: boolean;
}

const isBlank = (line: string) => line.trim() === "";

/** Where `needle` starts in `haystack`, every time. */
function occurrences(haystack: string, needle: string): number[] {
  const found: number[] = [];
  for (let i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + 1)) found.push(i);
  return found;
}

/**
 * Every quote of `clauses` on the lines of `text`. A quote must stand in the text exactly once: one that is
 * missing, or that stands twice (the weave could not tell which place the clause means), is an error for
 * the record's author to fix by quoting more words.
 */
export function placeQuotes(text: string, clauses: readonly Clause[]): Placement[] {
  const lines = text.split("\n");
  const starts: number[] = [];
  let offset = 0;
  for (const line of lines) {
    starts.push(offset);
    offset += line.length;
  }
  // The line holding character `pos` of the joined text (a blank line holds none).
  const lineOf = (pos: number) => starts.findIndex((s, i) => s <= pos && pos < s + lines[i].length);
  const joined = lines.join("");
  return clauses.flatMap((clause) =>
    clause.quotes.map((quote) => {
      const at = occurrences(joined, quote);
      if (at.length !== 1)
        throw new Error(
          `docs: ${clause.id}'s quote 「${quote}」 stands ${at.length} times in its document's source text (expected once)`
        );
      return { clause, quote, first: lineOf(at[0]), last: lineOf(at[0] + quote.length - 1) };
    })
  );
}

/**
 * The paragraphs of `text`: each non-blank line, except that lines a quote runs across make one paragraph.
 * Blank lines belong to no paragraph (unless inside one).
 */
export function paragraphsOf(text: string, placements: readonly Placement[]): Paragraph[] {
  const lines = text.split("\n");
  // lastOf[i]: the last line of the paragraph that starts at line i (a quote may reach further).
  const lastOf = lines.map((_, i) => i);
  for (const p of placements) lastOf[p.first] = Math.max(lastOf[p.first], p.last);
  const paragraphs: Paragraph[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (isBlank(lines[i])) continue;
    let last = lastOf[i];
    // A quote starting inside the paragraph may end after it: extend until none does.
    for (let j = i; j <= last; j++) last = Math.max(last, lastOf[j]);
    const inside = placements.filter((p) => p.first >= i && p.first <= last);
    const clauses = [...new Set(inside.map((p) => p.clause))];
    paragraphs.push({ first: i, last, clauses });
    i = last;
  }
  return paragraphs;
}

/**
 * `text` line by line, with a blank line inserted before each paragraph where the source has none (so
 * paragraphs stay apart in Markdown), then `lead(paragraph)` where it gives one. Nothing of the source is
 * changed or dropped: the lines with `inserted: false`, joined by "\n", are `text` exactly.
 */
export function weave(
  text: string,
  paragraphs: readonly Paragraph[],
  lead: (p: Paragraph, firstLine: string) => string | undefined
): WovenLine[] {
  const lines = text.split("\n");
  const startingAt = new Map(paragraphs.map((p) => [p.first, p]));
  const out: WovenLine[] = [];
  lines.forEach((line, i) => {
    const p = startingAt.get(i);
    if (p && out.length && !isBlank(out[out.length - 1].text))
      out.push({ text: "", inserted: true });
    const before = p && lead(p, line);
    if (before !== undefined) out.push({ text: before, inserted: true });
    out.push({ text: line, inserted: false });
  });
  return out;
}
