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

/** What a text needs of its function's type: the constants and the parameter names it is checked against. */
interface Documents {
  constants: Constants;
  params: readonly { name: string }[];
}

/**
 * A clause function's prose, `clauseText<typeof FN>("FN", (c) => …)`: `of` receives the constants (the
 * record's, or altered ones in a test). The text names its function and takes only its type (`import type`):
 * a value imported from a `.text.ts` would put the record in the pane's chunk too, and webpack could then no
 * longer concatenate the records into one scope in functions.js (a module wrapper each, ≈ 1 KB gzip in all).
 * The documented view refuses a name no clause defines and a function without its text.
 */
export function clauseText<F extends Documents>(
  name: string,
  of: (c: F["constants"]) => ClauseText<F["params"][number]["name"]>
): TextEntry {
  return { name, of: of as (c: Constants) => ClauseText };
}
