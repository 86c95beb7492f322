/**
 * The arguments of each award formula, per year, as formula text over the sheet's defined names.
 *
 * Wiring, and why there is no circular reference:
 *  - The counted amounts of year y (the STACK_ROWS spill of column y) depend on the awards of column y
 *    only. An award of column y reads counted amounts of EARLIER columns only, so the chain across years
 *    is acyclic by induction.
 *  - `received_to_date`, cumulative cap: Σ counted amounts of earlier years of every row sharing the cap
 *    (the row itself, the other item rows of its clause — the enterprise's cap under the clause, spec
 *    §2.3, unless the clause caps each item — plus the members of an overlap group with a shared cap,
 *    spec §7.5: HLJ-RD).
 * Each argument's wiring is its parameter's declared role (wiring.ts); the roles, by the names they carry today:
 *  - `received_to_date`, annual cap: nothing from earlier years. The counted amounts of the same year
 *    cannot be used (they depend on this very award through STACK_ROWS: a cycle), so a shared cap
 *    (HLJ-DATA-VOUCHER) takes the same year's RAW awards of the sharing rows ABOVE this one whose item key
 *    differs: rows with the same key are one item, where STACK keeps only the largest anyway, so their
 *    receipts must not shrink each other; rows with different keys fill the one cap in table order (the
 *    upper row first). Only rows above are read, so there is no cycle. The same same-year term is added
 *    for a shared cumulative cap. Conservative edge: a row above that STACK later drops within its own
 *    item still counts as received here. A cap no other row shares reads 0 for the same year.
 *  - `paid_in_prior_phases` / `paid_in_prior_years`: Σ the row's own counted amounts of earlier years.
 *  - `prior_max_revenue`: MAX(history, the revenue of earlier years); `rd_prior_year`: the previous
 *    year's R&D (the history column for the first year); `year_index`: counted from the loan's start
 *    year (an input), at least 1.
 *  - Every scalar input is passed as IF(cell="","",cell): a blank reaches the function as a blank on
 *    every host (Excel on Windows would otherwise pass 0 for an empty cell, spec §2.4), so a blank
 *    optional input takes its default and a blank required one shows "<param> is required". A native
 *    twin reads the cell itself (dialect.ts), sums are (a+b) instead of SUM: the same cells either way.
 * Item keys are compared by the one rule of rules/item-key.ts.
 */
import type { Clause, ClauseFunction, ParamSpec } from "../../catalog/types";
import { sameItemFormula } from "../../rules/item-key";
import { isUnitsCount } from "../../rules/one-time";
import { groupByClauseId } from "../../rules/overlap-groups";
import { qualifiedName } from "../plan";
import { functionByName } from "../../policies";
import type { Dialect } from "./dialect";
import type { AwardLayout, InputIndex } from "./layout";
import { capPerItem, capScopeOf, wiringOf } from "./wiring";

/** What the wiring reads: the year header names, the input rows and every award row. */
export interface ArgumentSources {
  yearNames: string[];
  inputs: InputIndex;
  awards: AwardLayout[];
  /** How the formulas are written (add-in or native); both read the same cells. */
  dialect: Dialect;
}

/** What an earlier year paid of award `a`: its counted amounts (its raw awards for an in-kind value, which counts 0). */
export const paidNames = (a: AwardLayout): string[] => (a.inKind ? a.names : a.countedNames);

/**
 * A row sharing a cap with award `a`, in table order: `a` itself; the other item rows of its clause (the
 * cap is the enterprise's under the clause, spec §2.3) — of the same item only when the cap is per item
 * (a project's cap: wiring.ts capPerItem); and the members of its overlap group with a shared cap.
 */
interface Sharer {
  row: AwardLayout;
  /** It shares the cap only while its item key is the same as `a`'s (a per-item cap). */
  sameItemOnly: boolean;
}

function sharing(awards: AwardLayout[], a: AwardLayout, fn: ClauseFunction): Sharer[] {
  const g = groupByClauseId.get(a.clauseId);
  const perItem = capPerItem(fn);
  return awards.flatMap((b): Sharer[] => {
    if (b === a) return [{ row: b, sameItemOnly: false }];
    if (b.clauseId === a.clauseId) return [{ row: b, sameItemOnly: perItem }];
    const member = g?.sharedCap && g.members.some((m) => m.clauseId === b.clauseId);
    return member && capScopeOf(functionByName.get(b.fn)!.fn)
      ? [{ row: b, sameItemOnly: false }]
      : [];
  });
}

/**
 * The arguments of award `a` (clause `c`) in year `yi`, in the function's parameter order; with `sheet`,
 * every name is qualified by that sheet name (for formulas on other sheets).
 */
export function argumentsOf(
  src: ArgumentSources,
  c: Clause,
  a: AwardLayout,
  yi: number,
  sheet?: string
): string[] {
  const fn = c.fn!;
  const q = (name: string) => qualifiedName(name, sheet);
  const { sum, blankable } = src.dialect;
  const earlier = (names: string[]) => sum(names.slice(0, yi).map(q));
  return fn.params.map((p) => {
    const w = wiringOf(p);
    switch (w.kind) {
      case "input": {
        const input = src.inputs.get(c.id, p.name, a.item);
        return inputArgument(c, p, input.rows, q(input.names[yi]), blankable);
      }
      case "received":
        return receivedArgument(src, a, fn, yi, q, earlier);
      case "paid":
        return yi > 0 ? earlier(a.countedNames) : "0";
      case "yearIndex": {
        const start = src.inputs.get(c.id, "start_year", a.item);
        return `MAX(1,${q(src.yearNames[yi])}-${q(start.beforeName!)}+1)`;
      }
      case "previous": {
        const from = src.inputs.get(c.id, w.source, a.item);
        return blankable(q(yi > 0 ? from.names[yi - 1] : from.beforeName!));
      }
      case "maxBefore": {
        const from = src.inputs.get(c.id, w.source, a.item);
        return `MAX(${[q(from.beforeName!), ...from.names.slice(0, yi).map(q)].join(",")})`;
      }
    }
  });
}

/** A typed-in argument: a range as is, a blank count of newly recognised units as 0, else blank-preserving. */
function inputArgument(
  c: Clause,
  p: ParamSpec,
  rows: number,
  cell: string,
  blankable: (r: string) => string
): string {
  if (rows > 1) return cell;
  // A blank count of newly recognised units is 0 (not the function's default of 1).
  if (isUnitsCount(c, p)) return `IF(${cell}="",0,${cell})`;
  return blankable(cell);
}

/**
 * received_to_date: earlier years' counted amounts of every row sharing the cap (cumulative cap), plus
 * the same year's awards of the sharing rows above. A row above of a's overlap group with the same item
 * key is left out (STACK keeps only the larger of the two); a row above whose award is an error (a blank
 * required input) counts 0 here, so only its own row is an error — the year's total still is one.
 */
function receivedArgument(
  src: ArgumentSources,
  a: AwardLayout,
  fn: ClauseFunction,
  yi: number,
  q: (name: string) => string,
  earlier: (names: string[]) => string
): string {
  const terms: string[] = [];
  const shared = sharing(src.awards, a, fn);
  const same = (s: AwardLayout) => sameItemFormula(q(s.keyName), q(a.keyName));
  const group = groupByClauseId.get(a.clauseId);
  if (capScopeOf(fn) === "cumulative" && yi > 0)
    for (const s of shared) {
      const paid = earlier(s.row.countedNames);
      terms.push(s.sameItemOnly ? `IF(${same(s.row)},${paid},0)` : paid);
    }
  for (const { row: s, sameItemOnly } of shared) {
    if (s.row >= a.row) continue; // only rows above: no cycle
    const dropped = group !== undefined && groupByClauseId.get(s.clauseId) === group;
    if (dropped && sameItemOnly) continue; // the same item: STACK keeps one; another item: not shared
    const raw = `IF(ISNUMBER(${q(s.names[yi])}),${q(s.names[yi])},0)`;
    if (dropped) terms.push(`IF(${same(s)},0,${raw})`);
    else if (sameItemOnly) terms.push(`IF(${same(s)},${raw},0)`);
    else terms.push(raw);
  }
  return terms.length ? terms.join("+") : "0";
}
