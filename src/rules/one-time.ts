/**
 * Paying once (spec Revision 2, "Scenarios and stacking"; each clause record's `oneTime`): how an award is
 * paid across the years of a scenario. A "row" award of year y is 0 once an earlier year counted it (> 0);
 * a "code" award is 0 once an earlier year counted the same code value; a "units" count is the number
 * newly recognised that year, blank = 0 (never pre-filled); an annual "up to" award counts only in a year
 * marked claimed or with a typed request. Every other kind pays each year it is computed.
 *
 * The decisions are predicates over the clause record; the conditions are Excel expressions over defined
 * names (as item-key.ts writes its rule), so the scenario sheet applies them in the workbook. Each reads
 * earlier years' counted amounts only, so the chain across years stays acyclic.
 */
import type { Clause, ClauseFunction, OneTimeKind, ParamSpec } from "../catalog/types";
import { formulaLiteral } from "../format/formula-literal";

/** How a clause's award is paid across years: its record's kind, "annual" when it declares none. */
export const oneTimeKind = (c: Clause): OneTimeKind => c.oneTime?.kind ?? "annual";

/**
 * The request of an "up to" award (its role "request"), left blank so the award is the cap (spec §2.2,
 * Revision 1 "maximum").
 */
export const isMaximumRequest = (fn: ClauseFunction, p: Pick<ParamSpec, "name">): boolean =>
  fn.upTo === true && fn.params.some((q) => q.name === p.name && q.role?.kind === "request");

/** An "up to" award with a request left blank by default: the sheet shows it as a maximum. */
export const hasMaximumRequest = (fn: ClauseFunction): boolean =>
  fn.upTo === true && fn.params.some((p) => isMaximumRequest(fn, p));

/** The count of newly recognised units of a "units" clause: blank = 0, never pre-filled. */
export const isUnitsCount = (c: Clause, p: ParamSpec): boolean =>
  c.oneTime?.kind === "units" && c.oneTime.param === p.name;

/** An annual "up to" award: it is paid only in a year it is claimed, not at its maximum every year. */
export const needsClaim = (c: Clause): boolean =>
  oneTimeKind(c) === "annual" && hasMaximumRequest(c.fn!);

/** A code value as a number in the sheet (its position among the options, 0 if none), aliases included. */
export function codeIndexFormula(p: ParamSpec, cell: string): string {
  const k = `UPPER(TRIM(${cell}))`;
  return (p.codes ?? []).reduceRight(
    (rest, option, i) =>
      `IF(OR(${[option.value, ...option.aliases].map((v) => `${k}=${formulaLiteral(v.toUpperCase())}`).join(",")}),${i + 1},${rest})`,
    "0"
  );
}

/** A "code" award's code parameter and the names of its input cells, one per year. */
export interface CodeInput {
  param: ParamSpec;
  names: string[];
}

/**
 * The condition (or undefined) under which an award pays 0 in year `yi` because an earlier year paid it:
 * `paid` names what each year paid of it; `code` is the code input of a "code" award; `sum` writes a sum
 * of those names (a native sheet has no SUM: workbook/scenario/dialect.ts).
 */
export function paidBeforeFormula(
  kind: OneTimeKind,
  yi: number,
  paid: string[],
  code?: CodeInput,
  sum: (terms: string[]) => string = (terms) => `SUM(${terms.join(",")})`
): string | undefined {
  if (yi === 0) return undefined;
  if (kind === "row") return `${sum(paid.slice(0, yi))}>0`;
  if (kind === "code") {
    const { param, names } = code!;
    const now = codeIndexFormula(param, names[yi]);
    const before = names
      .slice(0, yi)
      .map((n, k) => `AND(${codeIndexFormula(param, n)}=${now},${paid[k]}>0)`);
    return `OR(${before.join(",")})`;
  }
  return undefined;
}

/**
 * An annual "up to" award counts in a year marked claimed (TRUE or a non-zero number) or with a typed
 * request: `claimed` names that year's claimed cell, `requests` that year's request cells.
 */
export function claimedFormula(claimed: string, requests: string[]): string {
  // claimed*1 is 1 for TRUE or 1, 0 for a blank or FALSE, an error (→ not claimed) for other text.
  return `OR(IFERROR(${claimed}*1,0)<>0,${requests.map((r) => `${r}<>""`).join(",")})`;
}
