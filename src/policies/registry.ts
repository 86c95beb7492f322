/**
 * The registry built over the list of documents (src/policies/index.ts): lookups by id and by name, the
 * scenario locations and sectors, and `refKey` — the one rule for how a cell names a document, a clause
 * or a function. Built once at load; every lookup is O(1) (STACK may resolve 100,000 ids in one call).
 */
import type {
  Clause,
  ClauseFunction,
  PolicyDocument,
  ScenarioLocation,
  ScenarioSector,
} from "../catalog/types";

/** One document and its clauses: what a policy folder's index.ts exports. */
export interface Policy {
  readonly document: PolicyDocument;
  readonly clauses: readonly Clause[];
}

export interface FunctionEntry {
  clause: Clause;
  fn: ClauseFunction;
}

/** The key a reference is looked up by: trimmed, upper case, without the SUBSIDY. prefix. */
export function refKey(v: unknown): string {
  return typeof v === "string"
    ? v
        .trim()
        .toUpperCase()
        .replace(/^SUBSIDY\./, "")
    : "";
}

/** Records named by several documents (a place, a sector) appear once, in document order; one code is one record. */
function distinct<T extends { code: string }>(records: readonly T[], what: string): T[] {
  const byCode = new Map<string, T>();
  for (const r of records) {
    const seen = byCode.get(r.code);
    if (seen && JSON.stringify(seen) !== JSON.stringify(r))
      throw new Error(`policies: two different ${what} records share the code ${r.code}`);
    if (!seen) byCode.set(r.code, r);
  }
  return [...byCode.values()];
}

function unique<T>(items: readonly T[], key: (t: T) => string, what: string): Map<string, T> {
  const map = new Map<string, T>();
  for (const t of items) {
    const k = key(t);
    if (map.has(k)) throw new Error(`policies: ${what} ${k} appears twice`);
    map.set(k, t);
  }
  return map;
}

export function buildRegistry(policies: readonly Policy[]) {
  const documents: PolicyDocument[] = policies.map((p) => p.document);
  const clauses: Clause[] = policies.flatMap((p) => p.clauses);
  const documentById = unique(documents, (d) => d.id, "document id");
  const clauseById = unique(clauses, (c) => c.id, "clause id");
  // Clause.document is an open string type (DocId), so a mistyped id is caught here rather than by tsc.
  for (const c of clauses)
    if (!documentById.has(c.document))
      throw new Error(`policies: clause ${c.id} names the unknown document ${c.document}`);
  const functionByName = unique<FunctionEntry>(
    clauses.filter((c) => c.fn).map((c) => ({ clause: c, fn: c.fn! })),
    (e) => e.fn.name,
    "function name"
  );
  const clauseByKey = new Map<string, Clause>(clauses.map((c) => [refKey(c.id), c]));

  const locations: ScenarioLocation[] = distinct(
    documents.map((d) => d.location),
    "location"
  );
  const sectors: ScenarioSector[] = distinct(
    documents.flatMap((d) => d.sectors),
    "sector"
  );
  const documentsAt = (code: string): string[] =>
    documents.filter((d) => d.location.code === code).map((d) => d.id);
  const documentsFor = (code: string): string[] =>
    documents.filter((d) => d.sectors.some((s) => s.code === code)).map((d) => d.id);

  return {
    documents,
    clauses,
    documentById,
    clauseById,
    functionByName,
    locations,
    sectors,
    locationByCode: new Map(locations.map((l) => [l.code, l])),
    sectorByCode: new Map(sectors.map((s) => [s.code, s])),
    /** The documents a location can draw on, in catalog order. */
    locationDocuments: new Map(locations.map((l) => [l.code, documentsAt(l.code)])),
    /** The documents a sector ticks by default, in catalog order. */
    sectorDocuments: new Map(sectors.map((s) => [s.code, documentsFor(s.code)])),
    /** A document by its id (any case, trimmed), or undefined. */
    findDocument(v: unknown): PolicyDocument | undefined {
      return documentById.get(refKey(v));
    },
    /** A clause by its id ("HLJ-ROBOT-02a", any case) or by its function's name ("HLJ_RD_SUBSIDY"), or undefined. */
    findClause(v: unknown): Clause | undefined {
      const key = refKey(v);
      if (!key) return undefined;
      return clauseByKey.get(key) ?? functionByName.get(key)?.clause;
    },
    /** A clause function by its Excel name (any case, with or without SUBSIDY.), or undefined. */
    findFunction(v: unknown): FunctionEntry | undefined {
      return functionByName.get(refKey(v));
    },
  };
}

export type Registry = ReturnType<typeof buildRegistry>;
