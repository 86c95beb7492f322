/**
 * Clauses and the clause functions the runtime registers. A policy number (rate, cap, threshold) lives only
 * in a clause function's `constants`.
 */
import type { Calc, Num } from "../engine/calc";
import type { PlainArgs } from "../engine/plain/args";
import type { DocId, Text } from "./document-types";
import type { Args, NamedArgs, ParamSpec } from "./param-types";

export type ClauseType = "Q" | "Q-R" | "Q-X" | "Q-K" | "N" | "N-$";

export type Category =
  | "R&D"
  | "innovation-platform"
  | "key-tech"
  | "pilot-platform"
  | "industrialization"
  | "land-space"
  | "investment"
  | "digital-factory"
  | "revenue-milestone"
  | "scenario"
  | "launch-event"
  | "first-set"
  | "data"
  | "compute"
  | "model"
  | "loan-interest"
  | "leasing"
  | "standards"
  | "ip"
  | "talent"
  | "listing-finance"
  | "other";

/**
 * A clause as the functions runtime needs it: what SUBSIDY.CLAUSE returns and what the rules read. Its
 * prose beside the quote (category note, verbatim context, the words its `oneTime` rests on) is in its
 * `<ID>.text.ts` (`ClauseNotes`); `DocumentedClause` is the two joined (src/policies/documented.ts).
 */
export interface Clause {
  /** Catalog id, e.g. "HLJ-ROBOT-01" or "HLJ-ROBOT-02a". */
  id: string;
  document: DocId;
  /** The measure's number exactly as the document writes it, e.g. "二（一）1". */
  numberAsWritten: string;
  category: Category;
  type: ClauseType;
  /** Verbatim fragments of the source text (each checked against source.txt by a test). */
  quotes: string[];
  summary: Text;
  /** A quantitative clause's summary as a function of its constants (policies/builders/clause.ts). */
  summaryOf?(constants: Record<string, unknown>): Text;
  /** The measure's 责任单位 line, or "none stated". */
  departments: string;
  /** The clause function, for quantitative rows. */
  fn?: ClauseFunction;
  /**
   * The figures a clause without a function states or cites (an eligibility threshold, another scheme's
   * cap), each named once: its summary is written from them and the health check accepts them.
   */
  figures?: Readonly<Record<string, number>>;
  /** How often the award is paid across the years of a scenario (spec Revision 2); every row with `fn` declares it. */
  oneTime?: OneTime;
}

/**
 * How a clause pays across years (spec Revision 2, "Scenarios and stacking"):
 *  - "row": paid once, in the first year whose counted amount is > 0, 0 after (一次性, and every per-project
 *    award without phasing: the project's figure belongs to the year it is claimed);
 *  - "code": once per value of the code parameter `param` (e.g. once per honour);
 *  - "units": the count parameter `param` is the number newly recognised that year (blank = 0);
 *  - "tiers": already once by construction (tiers newly crossed, via an earlier maximum);
 *  - "ranges": already once by construction (each year's range holds that year's new items);
 *  - "phases": already once by construction (one project in tranches: paid_in_prior deducts earlier years);
 *  - "annual": paid each year the facts of that year qualify.
 */
export type OneTimeKind = "row" | "code" | "units" | "tiers" | "ranges" | "phases" | "annual";

export interface OneTime {
  kind: OneTimeKind;
  /** The code parameter ("code") or the count parameter ("units"). */
  param?: string;
}

/**
 * A code argument that selects between readings and the codes that are readings (runtime: EXPLAIN and the
 * calculator evaluate the same function with each other value in place of the one in effect).
 */
export interface Reading {
  param: string;
  values: readonly string[];
}

/** Resolves a parameter name to its index in the record's `params`; called only while binding, at load. */
export type IndexOf<N extends string> = (name: N) => number;

/**
 * A record's fused fast path (src/engine/plain): the award — floored at 0 and rounded to the fen, identical
 * to the full path's — computed on plain doubles from the raw arguments, once the record's `PlainArgs` has
 * accepted them (each one validation would pass on unchanged). Throws NEEDS_EXACT where its error bound
 * cannot decide; the engine then takes the full path.
 */
export type PlainFast = (raw: readonly unknown[], args: PlainArgs) => number;

/**
 * A bound shape's fused fast path, made once per record for its constants (when it loads): what depends on
 * the constants alone — their reading bounds — is worked out then, and the constants are read from the
 * closure rather than from records' constants objects of many shapes.
 */
export type FastAward<C> = (constants: C) => PlainFast;

/**
 * What a bound shape computes per call: the award before the engine's floor at 0 and rounding; and, for the
 * shapes that have one, its fused fast path on the same parameter indexes.
 */
export type Compute<C> = ((args: Args, constants: C, calc: Calc) => Num) & {
  readonly fast?: FastAward<C>;
};

/**
 * A formula shape as a clause record declares it (the shape contract, docs/architecture.md): typed over the
 * record's parameter names, and bound once when the record is made (`clauseFunction`) to the indexes of the
 * parameters it reads — integers captured in the returned closure. A name the record lacks fails to compile.
 */
export type Shape<C, N extends string = string> = ((at: IndexOf<N>) => Compute<C>) & {
  /** The factory call that made it, for its native twin (src/engine/shapes/spec.ts). */
  readonly spec?: ShapeSpec;
};

/** A shape as its native twin looks it up: by the call that made it, or (a shape constant) by identity. */
export interface ShapeRef {
  readonly spec?: ShapeSpec;
}

/** A shape factory and the arguments a record called it with (src/engine/shapes/spec.ts). */
export interface ShapeSpec {
  readonly factory: (...args: never[]) => unknown;
  readonly args: readonly unknown[];
}

/**
 * A clause function as the functions runtime needs it: what it computes or returns. Its prose (description,
 * formula in words, parameter help, ambiguities, worked examples) lives in the clause's `<ID>.text.ts`
 * (`ClauseText`), which only the pane, the docs and the build import; `DocumentedFunction` is the two
 * joined (src/policies/texts.ts).
 */
export interface ClauseFunction<
  C extends Record<string, unknown> = Record<string, unknown>,
  N extends string = string,
> {
  /** Excel name without the namespace, e.g. "HLJ_RD_SUBSIDY". */
  name: string;
  params: readonly ParamSpec<N>[];
  /** Every policy number the formula uses: rates, caps, thresholds, tiers. */
  constants: C;
  /** Validates arguments as Excel passes them (spec §2.4) into `Args` for `compute`: prepared at load. */
  validate(raw: readonly unknown[]): Args;
  /**
   * Computes the award (before the final floor and rounding, which the engine does once): the record's shape
   * bound to its parameter indexes. Declared as a method so a record with its own constants type is a
   * ClauseFunction too.
   */
  compute(args: Args, constants: C, calc: Calc): Num;
  /**
   * The award by the shape's fused fast path, or undefined when the call takes the full path (validate,
   * compute, floor and rounding): prepared at load, absent when the record's shape has none.
   */
  fast?(raw: readonly unknown[]): number | undefined;
  /** The shape `compute` was bound from, with its `spec`: what the native twin is generated from. */
  shape: ShapeRef;
  /**
   * What the award rests on that the steps cannot show, said in words (spec Revision 2): a 「原则上」 cap
   * overridden above the text's figure, a cap the text does not state. Read from the validated arguments
   * and the constants, so every number in it is one of theirs. EXPLAIN and the calculator show it.
   */
  remarks?(args: NamedArgs, constants: C): Text[];
  /**
   * Constants the text does not write as such, each with the words it derives from (「上浮50%」 for an
   * uplift of 1.5): the health check accepts these instead of finding the number in the quote.
   */
  derivedConstants?: Partial<Record<keyof C & string, string>>;
  /** Code arguments that select between readings: EXPLAIN and the calculator show the award under each other value. */
  readings?: readonly Reading[];
  /** True for in-kind values (not cash): STACK counts them as 0. */
  inKind?: boolean;
  /** "Up to" award whose `requested` defaults to the cap: scenario sheets label an omitted request "maximum". */
  upTo?: boolean;
}
