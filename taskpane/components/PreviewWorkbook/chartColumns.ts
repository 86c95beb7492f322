/**
 * A sheet chart's columns as the preview draws them: per category (a year) the computed values of each
 * series, stacked from zero. A column with an error in any of its cells is not drawn (its code is shown,
 * as the year's total shows it on the sheet); one still computing waits.
 */
import type { ChartPlan } from "../../../src";
import type { Computed } from "../../host/memory";

export interface ChartSegment {
  series: string;
  value: number;
  /** Where the segment starts: the sum of the segments below it. */
  base: number;
}

export interface ChartColumn {
  category: string;
  segments: ChartSegment[];
  total: number;
  /** An error in one of its cells (the first, by series). */
  error?: string;
  pending: boolean;
}

/** Reads the chart's cells through `value` (row, col on the chart's sheet). */
export function chartColumns(
  chart: ChartPlan,
  value: (row: number, col: number) => Computed
): ChartColumn[] {
  const { values, categories, seriesNames } = chart;
  return Array.from({ length: values.cols }, (_, k) => {
    const label = value(categories.row, categories.col + k);
    const category = label.kind === "value" && label.value !== null ? String(label.value) : "";
    const column: ChartColumn = { category, segments: [], total: 0, pending: false };
    seriesNames.forEach((series, s) => {
      const v = value(values.row + s, values.col + k);
      if (v.kind === "pending") column.pending = true;
      else if (v.kind === "error") column.error ??= v.code;
      // A blank or text cell draws nothing, as in Excel; counted amounts are never negative.
      else if (typeof v.value === "number" && v.value > 0) {
        column.segments.push({ series, value: v.value, base: column.total });
        column.total += v.value;
      }
    });
    return column;
  });
}
