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

const RANGE_PROPS = "address,rowIndex,columnIndex,rowCount,columnCount,values,valueTypes";

function reading(r: Excel.Range): ReferenceReading {
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
}

/**
 * Nothing is asked of an object before its existence is known (a worksheet or name may be missing):
 * first which sheets (and workbook names) exist, then the cells of each cell reference and the
 * worksheet-scoped names, then — only when names were asked — the ranges the names refer to.
 */
export function readReferences(
  sheet: string,
  refs: readonly string[]
): Promise<ReferenceReading[]> {
  return Excel.run(async (context) => {
    const parsed = refs.map((text) => parseReference(text, sheet));
    const sheets = new Map<string, Excel.Worksheet>();
    const globals = new Map<string, Excel.NamedItem>();
    for (const p of parsed) {
      if (!p) continue;
      if (!sheets.has(p.sheet)) {
        const ws = context.workbook.worksheets.getItemOrNullObject(p.sheet);
        ws.load("name");
        sheets.set(p.sheet, ws);
      }
      if (p.kind === "name" && !p.qualified && !globals.has(p.name)) {
        const item = context.workbook.names.getItemOrNullObject(p.name);
        item.load("name");
        globals.set(p.name, item);
      }
    }
    await context.sync();

    const out: (ReferenceReading | Excel.Range | Excel.NamedItem | undefined)[] = parsed.map(
      (p) => {
        if (!p) return { ok: false, reason: "invalid" };
        const ws = sheets.get(p.sheet)!;
        if (p.kind === "cells") {
          if (ws.isNullObject) return { ok: false, reason: "no-sheet" };
          return ws.getRange(localRange(p)).load(RANGE_PROPS);
        }
        if (ws.isNullObject) return p.qualified ? { ok: false, reason: "no-sheet" } : undefined;
        const scoped = ws.names.getItemOrNullObject(p.name);
        scoped.load("name");
        return scoped;
      }
    );
    if (parsed.some((p) => p?.kind === "name")) await context.sync();

    // Worksheet scope first, then the workbook's names, as Excel resolves a name in a formula.
    const ranges = out.map((o, i) => {
      const p = parsed[i];
      if (p?.kind !== "name" || (o !== undefined && "ok" in o))
        return o as ReferenceReading | Excel.Range;
      const scoped = o as Excel.NamedItem | undefined;
      const item =
        scoped && !scoped.isNullObject ? scoped : p.qualified ? undefined : globals.get(p.name);
      if (!item || item.isNullObject) return { ok: false, reason: "no-name" } as const;
      return item.getRangeOrNullObject().load(RANGE_PROPS);
    });
    await context.sync();
    return ranges.map((r) => ("ok" in r ? r : reading(r)));
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
