/**
 * "Copy sheet with native formulas" (issue 14) through the host: reads the active sheet (changing nothing),
 * makes its native copy (src/workbook/native-copy.ts: clause calls → twins, IN_FORCE and CLAUSE → literals,
 * EACH → one twin per cell, EXPLAIN → its values with a note), adds a new sheet, writes the copy there and
 * opens it. The original is only read; the report says what still calls SUBSIDY.*.
 */
import {
  type NativeCopyReport,
  calculate,
  copyWithNativeFormulas,
  nativeCopyPlan,
} from "../../src";
import type { WorkbookHost } from "../host/types";

export interface NativeCopyText {
  /** The new sheet's base name from the original's ("Scenario" → "Scenario (native)"). */
  sheetName(original: string): string;
  /** The note on each cell whose values were copied from EXPLAIN, in the pane's language. */
  valuesNote: string;
}

export interface NativeCopyDone {
  sheet: string;
  original: string;
  report: NativeCopyReport;
}

export async function copyActiveSheetNatively(
  host: WorkbookHost,
  text: NativeCopyText
): Promise<NativeCopyDone> {
  const original = await host.getActiveWorksheet();
  const snapshot = await host.readSheet(original);
  // IN_FORCE and CLAUSE inside larger formulas become their values now, as the add-in computes them.
  const copy = copyWithNativeFormulas(snapshot, calculate);
  const sheet = await host.addWorksheet(text.sheetName(original));
  await host.writePlan(sheet, nativeCopyPlan(snapshot, copy, sheet, text.valuesNote));
  await host.activateWorksheet(sheet);
  return { sheet, original, report: copy.report };
}
