/**
 * (f) The chart of the yearly totals stacked by document (issue 15). Below the legend, the chart's data:
 * a row of years, then one row per document with awards on the sheet, each year its rows' counted
 * amounts summed (so a year's rows add up to its STACK total, and an error in one shows there too).
 * The chart plan points at those cells and is anchored beside the stacking block, in columns right of
 * every cell the sheet uses, so it covers nothing.
 */
import { COUNT_FORMAT, YUAN_FORMAT } from "../../format/number-formats";
import { type ChartPlan, type PlanRange, planBounds } from "../plan";
import { t } from "../strings";
import type { ScenarioContext } from "./context";
import { type AwardLayout, COL_FIRST_YEAR, COL_LABEL, type TableRows } from "./layout";

/** The chart's size in cells: about 7 default columns (64 px each) by 16 rows (20 px each). */
const CHART_COLS = 7;
const CHART_ROWS = 16;

/** Where the chart's data went: its year row and, per document, its row of totals. */
export interface ChartData {
  categories: PlanRange;
  values: PlanRange;
  documents: string[];
}

/** The data block from `row` (its section heading); none when the sheet has no award. */
export function writeChartData(
  ctx: ScenarioContext,
  awards: AwardLayout[],
  row: number
): ChartData | undefined {
  const { L, out, years, yearCols, dialect } = ctx;
  const documents = [...new Set(awards.map((a) => a.document))];
  if (documents.length === 0) return undefined;
  out.put(row, COL_LABEL, { value: t("sectionByDocument", L), style: "section" });
  const yearRow = row + 1;
  years.forEach((y, yi) =>
    out.put(yearRow, yearCols[yi], { value: y, style: "header", format: COUNT_FORMAT })
  );
  documents.forEach((doc, d) => {
    const r = yearRow + 1 + d;
    out.put(r, COL_LABEL, { value: doc, style: "label" });
    const ofDocument = awards.filter((a) => a.document === doc);
    yearCols.forEach((col, yi) =>
      out.put(r, col, {
        formula: `=${dialect.sum(ofDocument.map((a) => a.countedNames[yi]))}`,
        style: "formula",
        format: YUAN_FORMAT,
      })
    );
  });
  const cols = years.length;
  return {
    categories: { row: yearRow, col: COL_FIRST_YEAR, rows: 1, cols },
    values: { row: yearRow + 1, col: COL_FIRST_YEAR, rows: documents.length, cols },
    documents,
  };
}

/**
 * The chart plan over the data block, written last: its anchor starts one free column right of the
 * widest row the sheet uses, level with the stacking block's heading.
 */
export function chartPlan(ctx: ScenarioContext, rows: TableRows, data: ChartData): ChartPlan {
  const { cols } = planBounds(ctx.out);
  return {
    type: "columnStacked",
    title: t("chartByDocument", ctx.L),
    values: data.values,
    seriesNames: data.documents,
    categories: data.categories,
    anchor: { row: rows.stackRow - 1, col: cols + 1, rows: CHART_ROWS, cols: CHART_COLS },
  };
}
