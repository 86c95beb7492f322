/**
 * (e) Per year the stacked total (STACK), the total over all years, the in-kind values apart, the counted
 * rows (STACK_ROWS), and the legend. A native sheet writes the counted rows and their sum as native
 * formulas (native-stack.ts).
 */
import { range } from "../../format/a1";
import { YUAN_FORMAT } from "../../format/number-formats";
import { definedName } from "../plan";
import { lines, t } from "../strings";
import type { ScenarioContext } from "./context";
import { nativeCountedFormula, nativeStackFormula } from "./native-stack";
import {
  type AwardLayout,
  COL_CLAUSE,
  COL_FIRST_YEAR,
  COL_HISTORY,
  COL_LABEL,
  type TableRows,
} from "./layout";

/** The names the block defines: the stacked total per year and the total over all years. */
export interface TotalNames {
  stackNames: string[];
  totalName: string;
}

/** The stacking block's labels, formulas and counted rows. */
export function writeTotals(
  ctx: ScenarioContext,
  rows: TableRows,
  awards: AwardLayout[]
): TotalNames {
  const { L, out, profile, years } = ctx;
  out.put(rows.stackRow - 1, COL_LABEL, { value: t("sectionStacking", L), style: "section" });
  out.put(rows.stackRow, COL_LABEL, { value: t("stackTotal", L), style: "total" });
  out.put(rows.totalRow, COL_LABEL, {
    value: t("totalAllYears", L, { first: profile.firstYear, last: profile.lastYear }),
    style: "total",
  });
  out.put(rows.inKindRow, COL_LABEL, { value: t("inKindTotal", L), style: "label" });
  out.put(rows.countedHeaderRow, COL_LABEL, { value: t("sectionCounted", L), style: "section" });
  const stackNames = years.map((y, yi) =>
    out.name(definedName("stack", y), rows.stackRow, ctx.yearCols[yi])
  );
  writeYearTotals(ctx, rows, awards);
  const totalName = out.name(definedName("total"), rows.totalRow, COL_FIRST_YEAR);
  out.put(rows.totalRow, COL_FIRST_YEAR, {
    formula: `=${ctx.dialect.sum(stackNames)}`,
    style: "total",
    format: YUAN_FORMAT,
  });
  awards.forEach((a) => {
    const label = a.item === 1 ? a.fn : t("itemRowOf", L, { label: a.fn, k: a.item });
    out.put(a.countedRow, COL_LABEL, { value: label, style: "label" });
    out.put(a.countedRow, COL_CLAUSE, { value: a.clauseId, style: "citation" });
  });
  return { stackNames, totalName };
}

/** Per year: STACK, the STACK_ROWS spill (formatted down its rows) and the sum of the in-kind awards. */
function writeYearTotals(ctx: ScenarioContext, rows: TableRows, awards: AwardLayout[]) {
  if (ctx.dialect.mode === "native") writeNativeStacking(ctx, rows, awards);
  else writeAddinStacking(ctx, rows, awards);
  const { out, yearCols } = ctx;
  const inKindRows = awards.filter((a) => a.inKind);
  yearCols.forEach((col, yi) =>
    out.put(rows.inKindRow, col, {
      ...(inKindRows.length
        ? { formula: `=${inKindRows.map((a) => a.names[yi]).join("+")}` }
        : { value: 0 }),
      style: "formula",
      format: YUAN_FORMAT,
    })
  );
}

/** Natively: one counted formula per row (native-stack.ts) and STACK as their sum. */
function writeNativeStacking(
  { out, yearCols }: ScenarioContext,
  rows: TableRows,
  awards: AwardLayout[]
) {
  yearCols.forEach((col, yi) => {
    if (!awards.length) {
      out.put(rows.stackRow, col, { value: 0, style: "total", format: YUAN_FORMAT });
      return;
    }
    out.put(rows.stackRow, col, {
      formula: nativeStackFormula(rows, awards.length, col),
      style: "total",
      format: YUAN_FORMAT,
    });
    awards.forEach((a, i) =>
      out.put(a.countedRow, col, {
        formula: nativeCountedFormula(rows, awards, i, col, a.names[yi]),
        style: "formula",
        format: YUAN_FORMAT,
      })
    );
  });
}

/** On the add-in: STACK and the STACK_ROWS spill, formatted down its rows. */
function writeAddinStacking(
  { out, yearCols }: ScenarioContext,
  rows: TableRows,
  awards: AwardLayout[]
) {
  const { awardStart, awardEnd, stackRow, countedStartRow } = rows;
  // STACK reads whole columns of this sheet's awards table: absolute ranges, which move with an inserted
  // row in every host (a formula engine sizes STACK_ROWS's spill from its range argument when it parses it).
  const ids = range(awardStart, COL_CLAUSE, awardEnd, COL_CLAUSE, { row: true, col: true });
  const keys = range(awardStart, COL_HISTORY, awardEnd, COL_HISTORY, { row: true, col: true });
  yearCols.forEach((col) => {
    if (awards.length) {
      const column = range(awardStart, col, awardEnd, col, { row: true });
      const stackArgs = `${ids},${column},${keys}`;
      out.put(stackRow, col, {
        formula: `=SUBSIDY.STACK(${stackArgs})`,
        style: "total",
        format: YUAN_FORMAT,
      });
      out.put(countedStartRow, col, {
        formula: `=SUBSIDY.STACK_ROWS(${stackArgs})`,
        style: "formula",
        format: YUAN_FORMAT,
      });
      for (let k = 1; k < awards.length; k++)
        out.put(countedStartRow + k, col, { format: YUAN_FORMAT });
    } else out.put(stackRow, col, { value: 0, style: "total", format: YUAN_FORMAT });
  });
}

/** The legend from `row`; returns its lines (the plan carries them too). */
export function writeLegend({ L, out, dialect }: ScenarioContext, row: number): string[] {
  out.put(row, COL_LABEL, { value: t("sectionLegend", L), style: "section" });
  const addin = lines("legendScenario", L);
  const native = lines("legendScenarioNative", L);
  // A native sheet's first lines say how its formulas differ; the rest read the same.
  const legend = dialect.mode === "native" ? [...native, ...addin.slice(native.length)] : addin;
  legend.forEach((line, k) => out.put(row + 1 + k, COL_LABEL, { value: line, style: "note" }));
  return legend;
}
