/**
 * The prose side of a clause (its `<ID>.text.ts`): descriptions, formula in words, parameter help,
 * ambiguities and worked examples, and the documented view that joins them with the runtime records.
 */
import type { Clause, ClauseFunction, OneTime } from "./clause-types";
import type { Text } from "./document-types";
import type { DocumentedCodeOption, ParamSpec } from "./param-types";

/**
 * A parameter with its help text and its codes' labels (from the clause's `<ID>.text.ts`): what
 * functions.json, the pane and the docs show.
 */
export interface DocumentedParam extends Omit<ParamSpec, "codes"> {
  description: Text;
  codes?: DocumentedCodeOption[];
}

export interface Example {
  /** Arguments as Excel would pass them, in parameter order (undefined = omitted; arrays = ranges). */
  args: unknown[];
  /** Expected award, or the error code. */
  expect: number | "#VALUE!" | "#NUM!";
  /** The arithmetic from the policy text (spec §5), so the expected value is never taken from the code. */
  arithmetic: string;
  /** Which branch it exercises: "cap", "below threshold", … */
  note?: string;
}

/** A point the text leaves open, the reading the function takes and the one it does not, in both languages. */
export interface Ambiguity {
  issue: Text;
  chosen: Text;
  alternative?: Text;
  /**
   * When a code argument selects between readings (spec Revision 2: "alternative readings beside the
   * chosen one"): that argument's name; its codes that are readings are the function's `readings` entry.
   */
  reading?: string;
}

/**
 * A clause's prose, as its `<ID>.text.ts` writes it: every string a template over the constants it is
 * given, so that changing a constant changes every sentence (a test evaluates it with altered constants).
 */
export interface ClauseText<N extends string = string> {
  /** First sentence ≤ 255 characters, standing alone (Excel's autocomplete shows one line). */
  description: Text;
  /** The formula in plain words, with its thresholds and caps. */
  formula: Text;
  /** Help for every parameter, by name. */
  params: Record<N, Text>;
  /**
   * The label of every code of each code parameter, by parameter and code — except a reading's codes,
   * whose labels stay in the record (EXPLAIN names them).
   */
  codes?: Partial<Record<N, Record<string, Text>>>;
  ambiguities?: Ambiguity[];
  examples: Example[];
  /**
   * Amounts the prose computes from the constants rather than states (cap ÷ rate: the investment at which
   * the cap binds), listed from the same constants so the health check accepts them.
   */
  derivedAmounts?: readonly number[];
}

/** What a `<ID>.text.ts` exports: the function it documents and its prose as a function of the constants. */
export interface TextEntry<C extends Record<string, unknown> = Record<string, unknown>> {
  /** The function's Excel name. */
  name: string;
  of(constants: C): ClauseText;
}

/** A clause function joined with its prose: what functions.json, the pane, the scenario sheets and the docs read. */
export interface DocumentedFunction<
  C extends Record<string, unknown> = Record<string, unknown>,
> extends Omit<ClauseFunction<C>, "params"> {
  params: readonly DocumentedParam[];
  description: Text;
  formula: Text;
  ambiguities?: Ambiguity[];
  examples: Example[];
  derivedAmounts?: readonly number[];
}

/**
 * A clause's own prose, the `notes` its `<ID>.text.ts` exports: what the pane, the scenario sheets and the
 * docs show beside the record, and the functions runtime never reads.
 */
export interface ClauseNotes {
  /** The clause id. */
  id: string;
  /** Free text qualifying the category where the spec does, e.g. "supply-chain procurement". */
  categoryNote?: string;
  /** Further verbatim context that is not an award (non-monetary sentences of the same measure). */
  context?: string[];
  /**
   * The fragment of the clause's verbatim quote that makes its `oneTime` so (a test checks it is in
   * `quotes`): every clause with a `oneTime` states one, and only those.
   */
  because?: string;
}

/** What a clause's `<ID>.text.ts` exports: its function's prose (if it has a function) and its notes. */
export interface TextModule {
  text?: TextEntry;
  notes?: ClauseNotes;
}

/** A clause's `oneTime` with the words it rests on. */
export interface DocumentedOneTime extends OneTime {
  because: string;
}

/** A clause with its notes, whose function (if any) carries its prose. */
export interface DocumentedClause extends Omit<Clause, "fn" | "oneTime"> {
  fn?: DocumentedFunction;
  categoryNote?: string;
  context?: string[];
  oneTime?: DocumentedOneTime;
}
