/**
 * Clause search. The index is built once (one normalised text per clause, every language, every field
 * a user might type from); a keystroke then costs one substring scan per clause, well under the 5 ms
 * budget for the whole catalog. Pure: the benchmark calls searchClauses directly.
 *
 * The pane's first screen indexes the runtime records (src/records.ts) and builds the index again from the
 * documented catalog when that chunk arrives (views/ClausesView.tsx), which adds each function's prose
 * (description, formula in words) and each clause's notes (category note, context): whatever a clause carries
 * is indexed.
 */
import type { Clause, ClauseFunction } from "../src";
import type { ClauseRecord, PolicyDocument } from "../src/records";

export interface SearchEntry {
  /** A runtime record, or a documented clause once the catalog's prose is in (the same id either way). */
  clause: ClauseRecord | Clause;
  document: PolicyDocument;
  text: string;
}

export interface SearchIndex {
  entries: SearchEntry[];
}

export interface ClauseFilters {
  /** A document region's English name (regions are shared across documents, e.g. two Heilongjiang policies). */
  region?: string;
  category?: ClauseRecord["category"];
  hasFunction?: boolean;
}

/** Case- and width-insensitive: full-width Latin letters and digits from a Chinese IME match their ASCII forms. */
export function normalize(text: string): string {
  return text.normalize("NFKC").toLowerCase();
}

const isDocumented = (
  fn: NonNullable<ClauseRecord["fn"]> | ClauseFunction
): fn is ClauseFunction =>
  "description" in fn;

/** A clause's notes (category note, context) are the documented catalog's: absent from a runtime record. */
const notesOf = (c: ClauseRecord | Clause): string[] =>
  "categoryNote" in c || "context" in c ? [c.categoryNote ?? "", ...(c.context ?? [])] : [];

function clauseText(c: ClauseRecord | Clause, d: PolicyDocument): string {
  const fn = c.fn;
  const parts = [
    c.id,
    c.numberAsWritten,
    c.category,
    ...notesOf(c),
    c.summary.en,
    c.summary.zh,
    c.departments,
    ...c.quotes,
    d.title.zh,
    d.title.en,
    d.region.zh,
    d.region.en,
  ];
  if (fn) {
    parts.push(fn.name, `subsidy.${fn.name}`);
    if (isDocumented(fn))
      parts.push(fn.description.en, fn.description.zh, fn.formula.en, fn.formula.zh);
    for (const p of fn.params) parts.push(p.name);
  }
  return normalize(parts.join("\n"));
}

export function buildSearchIndex(
  clauses: readonly (ClauseRecord | Clause)[],
  documents: readonly PolicyDocument[]
): SearchIndex {
  const byId = new Map(documents.map((d) => [d.id, d]));
  return {
    entries: clauses.map((c) => {
      const document = byId.get(c.document);
      if (!document) throw new Error(`clause ${c.id} names an unknown document ${c.document}`);
      return { clause: c, document, text: clauseText(c, document) };
    }),
  };
}

/** Clauses whose text contains every whitespace-separated term of the query and that pass the filters, in catalog order. */
export function searchClauses(
  index: SearchIndex,
  query: string,
  filters: ClauseFilters = {}
): SearchEntry[] {
  const terms = normalize(query).split(/\s+/).filter(Boolean);
  return index.entries.filter(
    (e) =>
      (filters.region === undefined || e.document.region.en === filters.region) &&
      (filters.category === undefined || e.clause.category === filters.category) &&
      (!filters.hasFunction || e.clause.fn !== undefined) &&
      terms.every((t) => e.text.includes(t))
  );
}
