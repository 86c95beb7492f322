/**
 * Writing a sheet plan into the sheet addWorksheet made for it: names, cells, styles, widths, frozen rows,
 * notes, then its charts and print settings (excel-chart.ts).
 */
import { columnName } from "../../src";
import { localRange } from "./address";
import { writePlanCharts, writePlanPrint } from "./excel-chart";
import {
  BORDER_COLOR,
  STYLE_FORMATS,
  type SheetPlan,
  type StyleFormat,
  planExtent,
  planGrids,
  planNotes,
  styleRuns,
  widthPoints,
} from "./plan";
import { supports } from "./requirements";
import { SheetWriteError } from "./sheet-write-error";

/** Excel's data-validation prompt: a title of at most 32 characters, a message of at most 255. */
const PROMPT_MESSAGE_MAX = 255;

/** Sets a plan style's font, fill and borders on a range (writes only: nothing to load). */
function applyFormat(range: Excel.Range, f: StyleFormat): void {
  if (f.bold) range.format.font.bold = true;
  if (f.italic) range.format.font.italic = true;
  if (f.size) range.format.font.size = f.size;
  if (f.color) range.format.font.color = f.color;
  if (f.fill) range.format.fill.color = f.fill;
  for (const [edge, on] of [
    ["EdgeTop", f.borderTop],
    ["EdgeBottom", f.borderBottom],
  ] as const) {
    if (!on) continue;
    const border = range.format.borders.getItem(edge);
    border.style = "Continuous";
    border.color = BORDER_COLOR;
  }
}

const promptSupported = () => supports("notePrompts");

/**
 * Writes the plan's defined names (worksheet-scoped, ExcelApi 1.4) first, then its cells, styles,
 * widths and frozen rows, in one batch. If that batch fails, the sheet addWorksheet created for it is
 * removed and a SheetWriteError says so: a failed write leaves no half sheet behind.
 */
export async function writePlan(sheet: string, plan: SheetPlan): Promise<void> {
  try {
    await writePlanContent(sheet, plan);
  } catch (e) {
    let removed = false;
    try {
      await Excel.run(async (context) => {
        context.workbook.worksheets.getItem(sheet).delete();
        await context.sync();
      });
      removed = true;
    } catch (cleanup) {
      console.warn(`The half-written sheet ${sheet} could not be removed:`, cleanup);
    }
    throw new SheetWriteError(sheet, removed, e);
  }
  await writePlanNotes(sheet, plan);
  await writePlanCharts(sheet, plan.charts ?? []);
  await writePlanPrint(sheet, plan.print);
}

async function writePlanContent(sheet: string, plan: SheetPlan): Promise<void> {
  await Excel.run(async (context) => {
    const ws = context.workbook.worksheets.getItem(sheet);
    // Names before formulas, so no formula is ever written referring to a name that is not there yet.
    for (const n of plan.names ?? [])
      ws.names.add(
        n.name,
        ws.getRange(localRange({ sheet, row: n.row, col: n.col, rows: n.rows, cols: n.cols }))
      );
    const { rows, cols } = planExtent(plan);
    if (rows > 0 && cols > 0) {
      const range = ws.getRange(localRange({ sheet, row: 0, col: 0, rows, cols }));
      const { formulas, numberFormat } = planGrids(plan);
      // Formats first: a text cell ("@") then keeps "2026–2028" or "0.5" as the text it is.
      range.numberFormat = numberFormat;
      range.formulas = formulas;
    }
    for (const run of styleRuns(plan))
      applyFormat(ws.getRange(localRange({ sheet, ...run, rows: 1 })), STYLE_FORMATS[run.style]);
    plan.columnWidths.forEach((chars, col) => {
      const letters = columnName(col);
      ws.getRange(`${letters}:${letters}`).format.columnWidth = widthPoints(chars);
    });
    if (plan.freezeRows > 0) ws.freezePanes.freezeRows(plan.freezeRows);
    await context.sync();
  });
}

async function writePlanNotes(sheet: string, plan: SheetPlan): Promise<void> {
  // Notes are help, not content: written apart, so an Excel without data-validation prompts (or one
  // that refuses a prompt) still gets the whole sheet.
  const notes = planNotes(plan);
  if (notes.length === 0 || !promptSupported()) return;
  try {
    await Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem(sheet);
      for (const n of notes) {
        const message =
          n.note.length > PROMPT_MESSAGE_MAX
            ? `${n.note.slice(0, PROMPT_MESSAGE_MAX - 1)}…`
            : n.note;
        ws.getRange(
          localRange({ sheet, row: n.row, col: n.col, rows: 1, cols: 1 })
        ).dataValidation.prompt = {
          showPrompt: true,
          title: "",
          message,
        };
      }
      await context.sync();
    });
  } catch (e) {
    console.warn("Cell notes were not written:", e);
  }
}
