/**
 * How a `<CLAUSE-ID>.ts` and its `<CLAUSE-ID>.text.ts` declare themselves: the record's summary and every
 * prose string are functions of the constants, evaluated here once at load, so that a changed constant
 * changes every sentence (test/policies/prose-follows-constants.test.ts evaluates them with altered ones).
 */
import type { Clause, ClauseFunction, ClauseText, Text, TextEntry } from "../../catalog/types";

type Constants = Record<string, unknown>;

/** A quantitative clause: its record, with the summary written over the function's constants. */
export function quantitativeClause<C extends Constants, N extends string>(
  record: Omit<Clause, "summary" | "summaryOf" | "fn"> & {
    fn: ClauseFunction<C, N>;
    summary: (c: C) => Text;
  }
): Clause {
  const { summary, fn, ...rest } = record;
  return {
    ...rest,
    fn: fn as unknown as ClauseFunction,
    summary: summary(fn.constants),
    summaryOf: summary as (c: Constants) => Text,
  };
}

/** A clause function's prose: `of` receives the constants (the record's, or altered ones in a test). */
export function clauseText<C extends Constants, N extends string>(
  fn: ClauseFunction<C, N>,
  of: (c: C) => ClauseText<N>
): TextEntry {
  return { name: fn.name, of: of as (c: Constants) => ClauseText };
}
