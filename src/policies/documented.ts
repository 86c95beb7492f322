/**
 * The documented view of the registry: every clause joined with its notes and every clause function with
 * its prose, both from the clause's `<ID>.text.ts`. Only
 * the pane, the docs and the build import this (through src/policies/texts.ts); the functions runtime reads
 * the plain registry, so no prose travels in functions.js.
 */
import type {
  Clause,
  ClauseFunction,
  ClauseNotes,
  TextModule,
  DocumentedClause,
  DocumentedCodeOption,
  DocumentedFunction,
  DocumentedParam,
  ParamSpec,
  Text,
  TextEntry,
} from "../catalog/types";
import { type Registry, refKey } from "./registry";

/**
 * A code parameter's codes with their labels: a reading's codes from the record (EXPLAIN names them, so
 * the functions runtime keeps them), every other code's from the text — each in exactly one place.
 */
function labelledCodes(
  fn: ClauseFunction,
  p: ParamSpec,
  labels: Readonly<Record<string, Text>> = {}
): DocumentedCodeOption[] {
  const readings = fn.readings?.find((r) => r.param === p.name)?.values ?? [];
  const codes = (p.codes ?? []).map((o) => {
    const where = `policies: ${fn.name} ${p.name} = ${o.value}`;
    const text = labels[o.value];
    if (readings.includes(o.value)) {
      if (!o.label || text)
        throw new Error(`${where} is a reading: its label is the record's only`);
      return { ...o, label: o.label };
    }
    if (o.label || !text)
      throw new Error(`${where}: its label is the text's only (ClauseText.codes)`);
    return { ...o, label: text };
  });
  const extra = Object.keys(labels).filter((v) => !codes.some((o) => o.value === v));
  if (extra.length) throw new Error(`policies: ${fn.name} labels unknown ${p.name} codes ${extra}`);
  return codes;
}

function join(fn: ClauseFunction, entry: TextEntry | undefined): DocumentedFunction {
  if (!entry) throw new Error(`policies: ${fn.name} has no text (its clause's <ID>.text.ts)`);
  const text = entry.of(fn.constants);
  const params: DocumentedParam[] = fn.params.map((p) => {
    const description = text.params[p.name];
    if (!description) throw new Error(`policies: ${fn.name} has no help for ${p.name}`);
    const { codes, ...plain } = p;
    return codes
      ? { ...p, codes: labelledCodes(fn, p, text.codes?.[p.name]), description }
      : { ...plain, description };
  });
  const extra = Object.keys(text.params).filter((k) => !fn.params.some((p) => p.name === k));
  if (extra.length)
    throw new Error(`policies: ${fn.name} has help for unknown ${extra.join(", ")}`);
  const unlabelled = Object.keys(text.codes ?? {}).filter(
    (k) => !fn.params.some((p) => p.name === k && p.codes)
  );
  if (unlabelled.length)
    throw new Error(
      `policies: ${fn.name} labels codes of ${unlabelled.join(", ")}, not a code parameter`
    );
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

/** A clause with its notes: `because` for its `oneTime` (required there, refused elsewhere), context, category note. */
function withNotes(c: Clause, notes: ClauseNotes | undefined): Omit<DocumentedClause, "fn"> {
  const because = notes?.because;
  const prose = {
    ...(notes?.categoryNote !== undefined ? { categoryNote: notes.categoryNote } : {}),
    ...(notes?.context ? { context: notes.context } : {}),
  };
  if (c.oneTime && because === undefined)
    throw new Error(`policies: ${c.id} has a oneTime but no because in its notes (<ID>.text.ts)`);
  if (!c.oneTime && because !== undefined)
    throw new Error(`policies: ${c.id} has a because in its notes but no oneTime`);
  const { oneTime, ...rest } = c;
  return { ...rest, ...prose, ...(oneTime ? { oneTime: { ...oneTime, because: because! } } : {}) };
}

/**
 * Joins every clause of `registry` with its notes (by id) and every function with its text (one per
 * function, by name), from the clauses' `<ID>.text.ts` modules.
 */
export function buildDocumented(registry: Registry, prose: readonly TextModule[]) {
  const byName = new Map<string, TextEntry>();
  const notesById = new Map<string, ClauseNotes>();
  for (const { text: t, notes: n } of prose) {
    if (t) {
      if (byName.has(t.name)) throw new Error(`policies: two texts document ${t.name}`);
      if (!registry.functionByName.has(t.name))
        throw new Error(`policies: a text documents ${t.name}, which no clause defines`);
      byName.set(t.name, t);
    }
    if (n) {
      if (notesById.has(n.id)) throw new Error(`policies: two notes describe ${n.id}`);
      if (!registry.clauseById.has(n.id))
        throw new Error(`policies: notes describe ${n.id}, which is no clause`);
      notesById.set(n.id, n);
    }
  }
  const clauses: DocumentedClause[] = registry.clauses.map((c: Clause) => ({
    ...withNotes(c, notesById.get(c.id)),
    fn: c.fn ? join(c.fn, byName.get(c.fn.name)) : undefined,
  }));
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
