/**
 * The documented view of the registry: every clause function joined with its prose (`<ID>.text.ts`). Only
 * the pane, the docs and the build import this (through src/policies/texts.ts); the functions runtime reads
 * the plain registry, so no prose travels in functions.js.
 */
import type {
  Clause,
  ClauseFunction,
  DocumentedClause,
  DocumentedFunction,
  DocumentedParam,
  TextEntry,
} from "../catalog/types";
import { type Registry, refKey } from "./registry";

function join(fn: ClauseFunction, entry: TextEntry | undefined): DocumentedFunction {
  if (!entry) throw new Error(`policies: ${fn.name} has no text (its clause's <ID>.text.ts)`);
  const text = entry.of(fn.constants);
  const params: DocumentedParam[] = fn.params.map((p) => {
    const description = text.params[p.name];
    if (!description) throw new Error(`policies: ${fn.name} has no help for ${p.name}`);
    return { ...p, description };
  });
  const extra = Object.keys(text.params).filter((k) => !fn.params.some((p) => p.name === k));
  if (extra.length)
    throw new Error(`policies: ${fn.name} has help for unknown ${extra.join(", ")}`);
  if (!text.description || !text.formula || !text.examples)
    throw new Error(`policies: ${fn.name} has no text (description, formula, examples)`);
  return {
    ...fn,
    params,
    description: text.description,
    formula: text.formula,
    ambiguities: text.ambiguities,
    examples: text.examples,
    ...(text.derivedAmounts ? { derivedAmounts: text.derivedAmounts } : {}),
  };
}

/** Joins every function of `registry` with its entry in `texts` (one per function, by name). */
export function buildDocumented(registry: Registry, texts: readonly TextEntry[]) {
  const byName = new Map<string, TextEntry>();
  for (const t of texts) {
    if (byName.has(t.name)) throw new Error(`policies: two texts document ${t.name}`);
    if (!registry.functionByName.has(t.name))
      throw new Error(`policies: a text documents ${t.name}, which no clause defines`);
    byName.set(t.name, t);
  }
  const clauses: DocumentedClause[] = registry.clauses.map((c: Clause) =>
    c.fn ? { ...c, fn: join(c.fn, byName.get(c.fn.name)) } : { ...c, fn: undefined }
  );
  const functions = clauses.flatMap((c) => (c.fn ? [c.fn] : []));
  const clauseById = new Map(clauses.map((c) => [c.id, c]));
  const functionByName = new Map(
    clauses.flatMap((c) => (c.fn ? [[c.fn.name, { clause: c, fn: c.fn }] as const] : []))
  );
  return {
    clauses,
    functions,
    /** Each function's prose as a function of its constants, by name (the prose-follows-constants test). */
    texts: byName as ReadonlyMap<string, TextEntry>,
    clauseById,
    functionByName,
    /** The documented clause of a runtime clause (same id). */
    clauseOf: (c: { id: string }): DocumentedClause => clauseById.get(c.id)!,
    /** The documented function of a runtime function (same name). */
    functionOf: (fn: { name: string }): DocumentedFunction => functionByName.get(fn.name)!.fn,
    /** By Excel name, any case, with or without SUBSIDY. */
    findFunction: (v: unknown): DocumentedFunction | undefined => functionByName.get(refKey(v))?.fn,
  };
}

export type Documented = ReturnType<typeof buildDocumented>;
