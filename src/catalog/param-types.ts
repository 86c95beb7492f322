/** Parameters: their kinds, units, codes and roles, and the validated arguments a function receives. */
import type { Text } from "./document-types";

export type ParamKind =
  | "amount" // yuan, finite, >= 0, <= MAX_AMOUNT
  | "quantity" // m², months, years: finite, >= 0
  | "rate" // ratio in [0, 1], optionally at most `max`
  | "count" // whole number >= `min` (default 0)
  | "yearIndex" // whole number >= 1
  | "code" // one of `codes`, trimmed and case-insensitive, Chinese aliases accepted
  | "boolean" // TRUE/FALSE or 1/0
  | "amounts"; // a range of amounts; blanks skipped

export type Unit =
  "yuan" | "ratio" | "count" | "m2" | "months" | "years" | "yuan/m2/month" | "code" | "boolean";

export interface CodeOption {
  /** Canonical English code, upper case. */
  value: string;
  /** Chinese (or other) spellings accepted for it. */
  aliases: string[];
  /**
   * What the code means in words, on a code that is a reading (the function's `readings`) only: EXPLAIN
   * names the alternative by it. Every other code's label is prose, in the clause's `<ID>.text.ts`
   * (`ClauseText.codes`); the documented view (`DocumentedCodeOption`) carries every code's.
   */
  label?: Text;
}

/** A code with its label: what functions.json, the pane and the docs show. */
export interface DocumentedCodeOption extends CodeOption {
  label: Text;
}

/**
 * What a parameter is to the scenario sheet's cross-year wiring and to the property tests (DESIGN.md):
 *  - received: an amount already received toward the cap, in the cap's scope (annual: the same year;
 *    cumulative: the policy term) — the sheet sums earlier years' awards into it; `per: "item"` when the
 *    cap is each item's (a project's), not the enterprise's under the clause (the default);
 *  - paid: what an earlier year already paid of the same project (phased awards);
 *  - yearIndex: which subsidy year (1, 2 …), counted from a start year;
 *  - previous: last year's value of the parameter `of` (e.g. R&D of the year before);
 *  - maxBefore: the highest earlier value of `of` (tiers newly crossed);
 *  - request: the amount applied for, up to the cap (blank = the maximum);
 *  - base: the amount the award grows with (the property tests' monotone argument).
 */
export type ParamRole =
  | { kind: "received"; scope: "annual" | "cumulative"; per?: "item" }
  | { kind: "paid" }
  | { kind: "yearIndex" }
  | { kind: "previous"; of: string }
  | { kind: "maxBefore"; of: string }
  | { kind: "request" }
  | { kind: "base" };

export interface ParamSpec<N extends string = string> {
  name: N;
  /**
   * A short name in words (2–12 characters in Chinese, no digits): the zh-CN functions.json shows it as the
   * parameter's name, since Excel on the web shows only names while typing.
   */
  label: Text;
  kind: ParamKind;
  unit: Unit;
  required: boolean;
  /** A literal default for an optional parameter. Absent on an optional one means "none", or a default the formula derives (say so in `description`). */
  default?: number | string | boolean;
  /** Policy maximum of a rate (「不超过/不高于 r」): above it → #NUM!. */
  max?: number;
  /** Smallest accepted count (default 0). */
  min?: number;
  codes?: CodeOption[];
  /**
   * The default is a cap the text sets only 「原则上」 (in principle; spec Revision 2): a larger value is an
   * approved exception, computed as given. The scenario sheet's note on the input says so.
   */
  inPrinciple?: true;
  role?: ParamRole;
}

/** A validated argument: numbers, a canonical code, a boolean, a list of amounts, or undefined when an optional argument was omitted without a literal default. */
export type ArgValue = number | string | boolean | number[] | undefined;
/**
 * Validated arguments in parameter order: a bound shape reads each by the index it resolved when the catalog
 * loaded (shape contract, docs/architecture.md), so no record keyed by name is built per call.
 */
export type Args = readonly ArgValue[];
/** The same arguments keyed by parameter name, for code off the hot path (a record's `remarks`). */
export type NamedArgs = Readonly<Record<string, ArgValue>>;
