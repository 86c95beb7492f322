/**
 * (c) The assumptions and inputs: per ticked clause a heading, the row stating its one-time rule, then one
 * row per input its function needs (input-rows.ts), one column per year, literal defaults pre-filled,
 * blanks where the user must supply a figure, and a history column (the year before the first) for
 * inputs whose earlier values feed a later year.
 */
import type { Clause } from "../../catalog/types";
import { documented } from "../../policies/texts";
import { needsClaim } from "../../rules/one-time";
import { t } from "../strings";
import { type ScenarioContext, cite } from "./context";
import { writeClaimedInput, writeParamInput, writeStartYearInput } from "./input-rows";
import { COL_LABEL, InputIndex } from "./layout";
import type { ItemRow } from "./profile";
import { wiringOf } from "./wiring";

/** The block from `row`. Returns every input row and the next free row. */
export function writeInputs(
  ctx: ScenarioContext,
  items: ItemRow[],
  row: number
): { inputs: InputIndex; row: number } {
  ctx.out.put(row++, COL_LABEL, { value: t("sectionAssumptions", ctx.L), style: "section" });
  const inputs = new InputIndex();
  for (const it of items) row = writeClauseInputs(ctx, it, row, inputs);
  return { inputs, row: row + 1 };
}

/** The assumption row that states a clause's one-time rule, with the quote fragment it rests on. */
function ruleText(c: Clause, { L }: ScenarioContext): string | undefined {
  const o = documented.clauseOf(c).oneTime;
  if (!o) return undefined;
  const vars = { id: c.id, because: o.because, param: o.param ?? "" };
  if (o.kind === "row") return t("ruleRow", L, vars);
  if (o.kind === "code") return t("ruleCode", L, vars);
  if (o.kind === "units") return t("ruleUnits", L, vars);
  if (needsClaim(c)) return t("ruleClaimed", L, vars);
  return undefined;
}

/**
 * One item row's heading ("· item 2" after the first), its clause's rule and its input rows from `row`.
 * Returns the next free row.
 */
function writeClauseInputs(
  ctx: ScenarioContext,
  it: ItemRow,
  row: number,
  inputs: InputIndex
): number {
  const c = it.clause;
  const fn = c.fn!;
  ctx.out.put(row, COL_LABEL, { value: itemHeading(ctx, it), style: "label" });
  cite(ctx, row, c);
  row++;
  const rule = ruleText(c, ctx);
  if (rule) ctx.out.put(row++, COL_LABEL, { value: rule, style: "note" });
  // An input whose earlier years another argument reads gets the history column.
  const historyOf = new Map<string, "previous" | "maxBefore">();
  for (const p of fn.params) {
    const w = wiringOf(p);
    if (w.kind === "previous" || w.kind === "maxBefore") historyOf.set(w.source, w.kind);
  }
  for (const p of fn.params) {
    const w = wiringOf(p);
    if (w.kind === "yearIndex") {
      inputs.add(writeStartYearInput(ctx, it, p, row));
      row++;
    } else if (w.kind === "input") {
      const layout = writeParamInput(ctx, it, p, historyOf.get(p.name), row);
      inputs.add(layout);
      row += layout.rows;
    }
  }
  if (needsClaim(c)) {
    inputs.add(writeClaimedInput(ctx, it, row));
    row++;
  }
  return row;
}

/** "HLJ-ROBOT-11 · HLJ_LAUNCH_EVENT_AWARD", then " · item 2" / " · 第2项" for a clause's next item rows. */
export function itemHeading({ L }: ScenarioContext, { clause, item }: ItemRow): string {
  const base = `${clause.id} · ${clause.fn!.name}`;
  return item === 1 ? base : t("itemRowOf", L, { label: base, k: item });
}
