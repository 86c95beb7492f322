/**
 * The "missing inputs" flag beside each award row (issue 15): while the row's award is an error in some
 * year, the required inputs of that item row left blank, by their short label in the sheet's language —
 * "missing: R&D last year" / "缺少：上年度研发投入". It is a formula over the input and award cells, so it
 * clears the moment the value is typed. A row whose awards are all numbers shows nothing, even with a
 * blank input in a year the award does not need it (the policy does not apply, a one-time award was paid).
 *
 * Only the row's own award is an error; the other rows compute, and the year's total (STACK, or natively
 * the SUMPRODUCT of the counted rows) is an error too, never a partial sum. The formula uses only
 * functions a native sheet may use (src/native/lint.ts): a scalar ISNUMBER per year for "the award is an
 * error" (no ISERROR or IFERROR), comparison masks in SUMPRODUCT for "blank in some year" (no function
 * over a range, which HyperFormula and Excel 2010 would not vectorise outside an array formula).
 */
import type { Clause } from "../../catalog/types";
import { formulaLiteral } from "../../format/formula-literal";
import { isMaximumRequest, isUnitsCount } from "../../rules/one-time";
import { definedName } from "../plan";
import { t } from "../strings";
import type { ScenarioContext } from "./context";
import { type AwardLayout, type InputLayout, itemNameParts } from "./layout";
import { wiringOf } from "./wiring";

/** One input that can be missing: its label and the condition (formula text) under which it is blank. */
interface Missing {
  label: string;
  when: string;
}

/**
 * A defined name over an input row's cells from the first year to the last (formulas that read another
 * row name it, test/workbook/references.test.ts): s_<clause>[_itemN]_<param>_years, "_item_k" for item k
 * of a range input.
 */
function yearsOf(ctx: ScenarioContext, l: InputLayout, k: number): string {
  const { out, yearCols } = ctx;
  const base = [l.clauseId, ...itemNameParts(l.item), l.param, "years"];
  const name = definedName(...base, ...(l.rows > 1 ? ["item", k + 1] : []));
  return out.name(name, l.row + k, yearCols[0], 1, yearCols.length);
}

/** Whether a blank in this input is an error (not a request left at its cap, not a count of new units). */
function blankIsError(c: Clause, l: InputLayout): boolean {
  if (!l.required || l.param === "claimed") return false;
  const p = c.fn!.params.find((x) => x.name === l.param);
  return !p || (!isMaximumRequest(c.fn!, p) && !isUnitsCount(c, p));
}

/** What can be missing among an item row's inputs, each with its "blank in some year" condition. */
function missingInputs(ctx: ScenarioContext, c: Clause, inputs: InputLayout[]): Missing[] {
  const { L } = ctx;
  const fn = c.fn!;
  const labelOf = (name: string) => fn.params.find((p) => p.name === name)?.label[L];
  const out: Missing[] = [];
  for (const l of inputs) {
    if (!blankIsError(c, l)) continue;
    if (l.history === "startYear") {
      out.push({ label: l.labels[0], when: `${l.beforeName}=""` });
      continue;
    }
    // ×1: SUMPRODUCT adds numbers only (a lone TRUE/FALSE mask sums to 0 in Excel).
    const blank = Array.from({ length: l.rows }, (_, k) => `(${yearsOf(ctx, l, k)}="")`);
    out.push({ label: labelOf(l.param) ?? l.param, when: `SUMPRODUCT(${blank.join("*")}*1)>0` });
    // The history cell feeds the first year's "previous" argument (rd_prior_year): flagged when that
    // argument is required.
    const previous = fn.params.find((p) => {
      const w = wiringOf(p);
      return w.kind === "previous" && w.source === l.param && p.required;
    });
    if (l.history === "previous" && previous && l.beforeName)
      out.push({
        label: t("missingHistory", L, {
          label: previous.label[L],
          history: t("colHistory", L, { first: ctx.profile.firstYear }),
        }),
        when: `${l.beforeName}=""`,
      });
  }
  return out;
}

/**
 * The flag's formula: while an award of the row is not a number, the prefix, then each blank input's
 * label, separated, in input order. Without MID or TEXTJOIN (not native), each label after the first is
 * preceded by the separator only when an earlier one is shown.
 */
export function missingFlagFormula(
  ctx: ScenarioContext,
  a: AwardLayout,
  missing: Missing[]
): string {
  const { L } = ctx;
  const sep = formulaLiteral(t("missingSeparator", L));
  const parts = missing.map((m, j) => {
    const before = missing.slice(0, j).map((e) => e.when);
    const lead = before.length ? `IF(OR(${before.join(",")}),${sep},"")&` : "";
    return `IF(${m.when},${lead}${formulaLiteral(m.label)},"")`;
  });
  const failed = a.names.map((n) => `NOT(ISNUMBER(${n}))`).join(",");
  const blank = missing.map((m) => m.when).join(",");
  const prefix = formulaLiteral(t("missingPrefix", L));
  return `=IF(AND(OR(${failed}),OR(${blank})),${prefix}&${parts.join("&")},"")`;
}

/** The flag cell of award `a` (clause `c`, its item row's `inputs`); none when no input can be missing. */
export function writeMissingFlag(
  ctx: ScenarioContext,
  c: Clause,
  a: AwardLayout,
  inputs: InputLayout[]
): void {
  const missing = missingInputs(ctx, c, inputs);
  if (missing.length)
    ctx.out.put(a.row, ctx.missingCol, {
      formula: missingFlagFormula(ctx, a, missing),
      style: "note",
    });
}
