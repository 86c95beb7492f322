/**
 * The preview workbook's side of "explain the selected cell": references read as a formula on a sheet
 * reads them (host/reference.ts), worksheet-scoped names only (the preview has no workbook names), values
 * as computed. Whole rows and columns are cut to the sheet's used area, as a formula over them sees it.
 */
import type { ReadValue } from "../../../src";
import { MAX_COLS, MAX_ROWS } from "../address";
import { parseReference } from "../reference";
import type { ReferenceReading } from "../types";
import type { Computed, WorkbookView } from "./types";

/** A computed value as explain reads it: blank (or a formula still waiting for the evaluator) null. */
export function readValue(c: Computed): ReadValue {
  if (c.kind === "error") return { error: c.code };
  if (c.kind === "pending") return null;
  return c.value === "" ? null : c.value;
}

export function readReferences(
  view: WorkbookView,
  sheetExists: (name: string) => boolean,
  sheet: string,
  refs: readonly string[]
): ReferenceReading[] {
  return refs.map((text): ReferenceReading => {
    const parsed = parseReference(text, sheet);
    if (!parsed) return { ok: false, reason: "invalid" };
    if (!sheetExists(parsed.sheet)) return { ok: false, reason: "no-sheet" };
    const area = parsed.kind === "cells" ? parsed : view.name(parsed.sheet, parsed.name);
    if (!area) return { ok: false, reason: "no-name" };
    const used = view.extent(parsed.sheet);
    const rows = area.rows === MAX_ROWS ? Math.max(1, used.rows) : area.rows;
    const cols = area.cols === MAX_COLS ? Math.max(1, used.cols) : area.cols;
    const values = Array.from({ length: rows }, (_, r) =>
      Array.from({ length: cols }, (_, c) =>
        readValue(view.value(parsed.sheet, area.row + r, area.col + c))
      )
    );
    return {
      ok: true,
      range: { sheet: parsed.sheet, row: area.row, col: area.col, rows, cols },
      values,
    };
  });
}
