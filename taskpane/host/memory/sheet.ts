/** One sheet of the preview workbook: its cells, layout, names and selection, and what was computed from them. */
import { type SheetPlan, planCells } from "../plan";
import type { Computed, MemoryCell, NamedRange, SheetLayout, Spill } from "./types";

export class Sheet {
  readonly cells = new Map<string, MemoryCell>();
  layout: SheetLayout = { freezeRows: 0, columnWidths: [] };
  /** Worksheet-scoped defined names, by upper-case name. */
  readonly names = new Map<string, NamedRange>();
  selection = { row: 0, col: 0 };
  /** The scenario id of its worksheet-scoped SUBSIDY_SCENARIO_ID name (a value, not a range). */
  scenarioId?: string;
  // Derived, cleared at every change:
  computed = new Map<string, Computed>();
  /** Anchor key → its spill's size. */
  spills = new Map<string, Spill>();
  /** Cell key → the anchor whose spill covers it. */
  spilledFrom = new Map<string, string>();
  spillCandidates: { row: number; col: number }[] | undefined;
  constructor(public readonly name: string) {}

  reset(): void {
    this.computed = new Map();
    this.spills = new Map();
    this.spilledFrom = new Map();
    this.spillCandidates = undefined;
  }

  /** Writes a plan's cells (with their formats, styles and notes), layout (charts and print settings too) and defined names. */
  writePlan(plan: SheetPlan): void {
    for (const c of planCells(plan)) {
      const cell: MemoryCell = {};
      if (c.formula !== undefined) cell.formula = c.formula;
      // A leading apostrophe marks text (a value starting with = + - @), as in Excel: it is not shown.
      else if (c.value !== undefined)
        cell.value =
          typeof c.value === "string" && c.value.startsWith("'") ? c.value.slice(1) : c.value;
      if (c.format !== undefined) cell.numberFormat = c.format;
      if (c.style !== undefined) cell.style = c.style;
      if (c.note !== undefined) cell.note = c.note;
      this.cells.set(key(c.row, c.col), cell);
    }
    this.layout = {
      freezeRows: plan.freezeRows,
      columnWidths: [...plan.columnWidths],
      ...(plan.charts?.length ? { charts: plan.charts } : {}),
      ...(plan.print ? { print: plan.print } : {}),
    };
    for (const n of plan.names ?? [])
      this.names.set(n.name.toUpperCase(), { row: n.row, col: n.col, rows: n.rows, cols: n.cols });
  }

  /** The last row from `fromRow` on holding content or a known spill in columns col … col + cols − 1, or −1. */
  lastUsedRow(fromRow: number, col: number, cols: number): number {
    const inColumns = (c: number, width: number) => c < col + cols && c + width > col;
    let last = -1;
    for (const [k, c] of this.cells) {
      const [r, cc] = k.split(",").map(Number);
      if (r >= fromRow && hasContent(c) && inColumns(cc, 1)) last = Math.max(last, r);
    }
    for (const [k, s] of this.spills) {
      const [r, cc] = k.split(",").map(Number);
      const end = r + s.rows - 1;
      if (end >= fromRow && inColumns(cc, s.cols)) last = Math.max(last, end);
    }
    return last;
  }

  /** Rows and columns in use, spills known so far included. */
  extent(): { rows: number; cols: number } {
    let rows = 0;
    let cols = 0;
    for (const k of this.cells.keys()) {
      const [r, c] = k.split(",").map(Number);
      rows = Math.max(rows, r + 1);
      cols = Math.max(cols, c + 1);
    }
    for (const [k, s] of this.spills) {
      const [r, c] = k.split(",").map(Number);
      rows = Math.max(rows, r + s.rows);
      cols = Math.max(cols, c + s.cols);
    }
    return { rows, cols };
  }
}

/** A cell's key in a sheet's maps. */
export const key = (row: number, col: number): string => `${row},${col}`;

export const BLANK: Computed = { kind: "value", value: null };

export const hasContent = (c: MemoryCell | undefined): boolean =>
  c !== undefined && (c.formula !== undefined || c.value !== undefined);

/** What a cell keeps when its contents are written or cleared: its number format, style and note (as in Excel). */
export function kept({ numberFormat, style, note }: MemoryCell): MemoryCell {
  return {
    ...(numberFormat !== undefined ? { numberFormat } : {}),
    ...(style !== undefined ? { style } : {}),
    ...(note !== undefined ? { note } : {}),
  };
}

export const isBare = (c: MemoryCell): boolean => Object.keys(c).length === 0;
