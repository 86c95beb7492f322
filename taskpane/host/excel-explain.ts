/**
 * What "explain the selected cell" reads in Excel (host/excel.ts delegates here): one cell's formula and
 * value; the values of the references its arguments name (cells, ranges, defined names — worksheet-scoped
 * first, as Excel resolves them); and the selection and calculation events that keep the explanation
 * current. Requirement sets: getItemOrNullObject and names 1.4; WorksheetCollection.onSelectionChanged
 * 1.9 and onCalculated 1.8, checked through host/requirements.ts ("selectionEvents"); where they are
 * missing watchSelection resolves to undefined and the pane offers a refresh button.
 */
import type { ReadValue } from "../../src";
import { localRange } from "./address";
import { parseReference } from "./reference";
import { supports } from "./requirements";
import type { CellReading, CellRef, ReferenceReading } from "./types";

/** Range.values with Range.valueTypes: an empty cell is null, an error its text ("#DIV/0!") marked as one. */
function readValues(values: unknown[][], types: string[][]): ReadValue[][] {
  return values.map((line, r) =>
    line.map((v, c) => {
      const type = types[r]?.[c];
      if (type === "Empty") return null;
      if (type === "Error") return { error: String(v) };
      return v as ReadValue;
    })
  );
}

export function readCell(cell: CellRef): Promise<CellReading> {
  return Excel.run(async (context) => {
    const range = context.workbook.worksheets
      .getItem(cell.sheet)
      .getRange(localRange({ ...cell, rows: 1, cols: 1 }));
    range.load("formulas,values,valueTypes");
    await context.sync();
    return {
      formula: range.formulas[0][0] as CellReading["formula"],
      value: readValues(range.values, range.valueTypes as string[][])[0][0],
    };
  });
}

type Pending =
  | { ok: false; reason: "invalid" }
  | {
      ok: true;
      ws: Excel.Worksheet;
      scoped?: Excel.NamedItem;
      global?: Excel.NamedItem;
      local?: string;
    };

export function readReferences(
  sheet: string,
  refs: readonly string[]
): Promise<ReferenceReading[]> {
  return Excel.run(async (context) => {
    // First round trip: which sheets and names exist (null objects, so a missing one fails nothing).
    const pending: Pending[] = refs.map((text) => {
      const parsed = parseReference(text, sheet);
      if (!parsed) return { ok: false, reason: "invalid" };
      const ws = context.workbook.worksheets.getItemOrNullObject(parsed.sheet);
      ws.load("name");
      if (parsed.kind === "cells") return { ok: true, ws, local: localRange(parsed) };
      const scoped = ws.names.getItemOrNullObject(parsed.name);
      scoped.load("name");
      if (parsed.qualified) return { ok: true, ws, scoped };
      const global = context.workbook.names.getItemOrNullObject(parsed.name);
      global.load("name");
      return { ok: true, ws, scoped, global };
    });
    await context.sync();
    // Second: the cells each reference covers.
    const ranges = pending.map((p): Excel.Range | ReferenceReading => {
      if (!p.ok) return p;
      if (p.local !== undefined) {
        if (p.ws.isNullObject) return { ok: false, reason: "no-sheet" };
        return p.ws.getRange(p.local);
      }
      const item = p.scoped && !p.ws.isNullObject && !p.scoped.isNullObject ? p.scoped : p.global;
      if (!item || item.isNullObject) return { ok: false, reason: "no-name" };
      return item.getRangeOrNullObject();
    });
    for (const r of ranges)
      if ("load" in r)
        r.load("address,rowIndex,columnIndex,rowCount,columnCount,values,valueTypes");
    await context.sync();
    return ranges.map((r): ReferenceReading => {
      if (!("load" in r)) return r;
      if (r.isNullObject) return { ok: false, reason: "no-name" };
      const sheetName = r.address.slice(0, r.address.lastIndexOf("!")).replace(/^'|'$/g, "");
      return {
        ok: true,
        range: {
          sheet: sheetName.replace(/''/g, "'"),
          row: r.rowIndex,
          col: r.columnIndex,
          rows: r.rowCount,
          cols: r.columnCount,
        },
        values: readValues(r.values, r.valueTypes as string[][]),
      };
    });
  });
}

/**
 * Listens to every worksheet's selection changes and recalculations. The handlers are registered in one
 * Excel.run and removed through their own request context, as Office.js requires.
 */
export async function watchSelection(listener: () => void): Promise<(() => void) | undefined> {
  if (!supports("selectionEvents")) return undefined;
  return Excel.run(async (context) => {
    const handler = async () => listener();
    const selected = context.workbook.worksheets.onSelectionChanged.add(handler);
    const calculated = context.workbook.worksheets.onCalculated.add(handler);
    await context.sync();
    return () =>
      void Excel.run(selected.context, async (ctx) => {
        selected.remove();
        calculated.remove();
        await ctx.sync();
      }).catch(() => undefined); // the pane is closing or the workbook is gone: nothing left to stop
  });
}
