/**
 * (c) The assumptions and inputs: per ticked clause a heading, the row stating its one-time rule, then one
 * row per input its function needs (input-rows.ts), one column per year, literal defaults pre-filled,
 * blanks where the user must supply a figure, and a history column (the year before the first) for
 * inputs whose earlier values feed a later year.
 */
import type { Clause } from "../../catalog/types";
import { needsClaim } from "../../rules/one-time";
import { t } from "../strings";
import { type ScenarioContext, cite } from "./context";
import { writeClaimedInput, writeParamInput, writeStartYearInput } from "./input-rows";
import { COL_LABEL, InputIndex } from "./layout";
import { wiringOf } from "./wiring";

/** The block from `row`. Returns every input row and the next free row. */
export function writeInputs(
  ctx: ScenarioContext,
  clauses: Clause[],
  row: number
): { inputs: InputIndex; row: number } {
  ctx.out.put(row++, COL_LABEL, { value: t("sectionAssumptions", ctx.L), style: "section" });
  const inputs = new InputIndex();
  for (const c of clauses) row = writeClauseInputs(ctx, c, row, inputs);
  return { inputs, row: row + 1 };
}

/** The assumption row that states a clause's one-time rule, with the quote fragment it rests on. */
function ruleText(c: Clause, { L }: ScenarioContext): string | undefined {
  const o = c.oneTime;
  if (!o) return undefined;
  const vars = { id: c.id, because: o.because, param: o.param ?? "" };
  if (o.kind === "row") return t("ruleRow", L, vars);
  if (o.kind === "code") return t("ruleCode", L, vars);
  if (o.kind === "units") return t("ruleUnits", L, vars);
  if (needsClaim(c)) return t("ruleClaimed", L, vars);
  return undefined;
}

/** One clause's heading, rule and input rows from `row`. Returns the next free row. */
function writeClauseInputs(
  ctx: ScenarioContext,
  c: Clause,
  row: number,
  inputs: InputIndex
): number {
  const fn = c.fn!;
  ctx.out.put(row, COL_LABEL, { value: `${c.id} · ${fn.name}`, style: "label" });
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
      inputs.add(writeStartYearInput(ctx, c, p, row));
      row++;
    } else if (w.kind === "input") {
      const layout = writeParamInput(ctx, c, p, historyOf.get(p.name), row);
      inputs.add(layout);
      row += layout.rows;
    }
  }
  if (needsClaim(c)) {
    inputs.add(writeClaimedInput(ctx, c, row));
    row++;
  }
  return row;
}
