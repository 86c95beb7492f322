/**
 * Where the scenario sheet put everything: its columns, and per block the rows and defined names a
 * caller (the audit, the pane, the tests) reads back.
 */
import type { DocId, OneTimeKind } from "../../catalog/types";
import type { SheetPlan } from "../plan";
import type { FormulaMode } from "./dialect";
import type { ScenarioProfile } from "./profile";

export const COL_LABEL = 0;
export const COL_CLAUSE = 1;
export const COL_DOCUMENT = 2;
export const COL_NUMBER = 3;
/** The history column (the year before the first) in the assumptions block; the item key in the awards table. */
export const COL_HISTORY = 4;
export const COL_FIRST_YEAR = 5;
/** Cells per range input (one per item, e.g. per first-set product), per year. */
export const ITEM_ROWS = 3;
export const HEADER_ROW = 1;

export interface InputLayout {
  clauseId: string;
  /** Which item row of the clause the input belongs to (1 for the first; profile.itemRows). */
  item: number;
  fn: string;
  /** The parameter, "start_year" for a loan's start year (year_index), or "claimed" (an annual "up to" award). */
  param: string;
  row: number;
  /** Rows the input spans (ITEM_ROWS for a range parameter, else 1). */
  rows: number;
  /** What the history column of this row holds, if anything. */
  history?: "previous" | "maxBefore" | "startYear";
  required: boolean;
  /** Per year: the input's defined name (over all its item rows for a range parameter); none for start_year. */
  names: string[];
  /** A range parameter: per item row, per year, the name of that item's cell. */
  itemNames?: string[][];
  /** The defined name of the history cell, if the row has one. */
  beforeName?: string;
  /** The label of each of its rows, as the sheet shows it. */
  labels: string[];
}

export interface AwardLayout {
  clauseId: string;
  /** Which item row of the clause this is (1 for the first; profile.itemRows): its own inputs and key. */
  item: number;
  fn: string;
  document: DocId;
  row: number;
  countedRow: number;
  inKind: boolean;
  /** An "up to" award whose request is left blank: shown as a maximum. */
  maximum: boolean;
  /** How the award is paid across years (the clause record's oneTime kind). */
  oneTime: OneTimeKind;
  /** An annual "up to" award: counted only in a year marked claimed (or with a typed request). */
  claimed: boolean;
  group?: string;
  /** Per year: the defined names of the award (before stacking) and of its counted amount. */
  names: string[];
  countedNames: string[];
  /** The defined name of its item-key cell. */
  keyName: string;
  /** The defined name of its "missing inputs" cell (in the missing column): the required inputs left blank. */
  missingName: string;
  /** The function's arguments per year as formula text, referring to this sheet's names (unqualified). */
  args: string[][];
  /** The same, every name qualified with the sheet name (for other sheets: the audit). */
  qualifiedArgs: string[][];
}

export interface DocumentLayout {
  id: DocId;
  inForceRow: number;
  applyRow: number;
  /** Per year: the defined names of the in-force and apply cells. */
  inForceNames: string[];
  applyNames: string[];
  /** Per year: null where IN_FORCE is known, else why the apply value is an assumption. */
  assumed: (null | "unknown" | "draft")[];
}

export interface ScenarioLayout {
  sheetName: string;
  /** How its formulas are written: SUBSIDY.* calls ("addin") or native formulas (dialect.ts). */
  formulas: FormulaMode;
  years: number[];
  headerRow: number;
  firstYearCol: number;
  historyCol: number;
  /** The column after the last year: the "One-time" note of each row / code award. */
  oneTimeCol: number;
  /** The column after it: each award row's "missing: …" flag (blank while its required inputs are filled). */
  missingCol: number;
  documents: DocumentLayout[];
  inputs: InputLayout[];
  awards: AwardLayout[];
  stackRow: number;
  totalRow: number;
  inKindRow: number;
  /** Per year: the defined name of the stacked total; and the name of the total over all years. */
  stackNames: string[];
  totalName: string;
  /** First row of the STACK_ROWS spill (one row per award, same order). */
  countedStartRow: number;
  legendRow: number;
}

export interface ScenarioSheet {
  profile: ScenarioProfile;
  plan: SheetPlan;
  layout: ScenarioLayout;
}

/**
 * The rows of the awards table and of what follows it (stacking, the counted rows, the legend), fixed
 * before any award formula is written so the wiring can refer to them. `awardStart` is the first row
 * after the table's header; `awards` is the number of award rows.
 */
export interface TableRows {
  awardStart: number;
  awardEnd: number;
  stackRow: number;
  totalRow: number;
  inKindRow: number;
  countedHeaderRow: number;
  /** First row of the STACK_ROWS spill. */
  countedStartRow: number;
  legendRow: number;
}

export function tableRows(awardStart: number, awards: number): TableRows {
  const awardEnd = awardStart + awards - 1;
  const stackRow = awardEnd + 2;
  const countedStartRow = stackRow + 5;
  return {
    awardStart,
    awardEnd,
    stackRow,
    totalRow: stackRow + 1,
    inKindRow: stackRow + 2,
    countedHeaderRow: stackRow + 4,
    countedStartRow,
    legendRow: countedStartRow + awards + 1,
  };
}

/**
 * How the audit and the pane key an award row: its clause id, "#2" … appended for a clause's next item
 * rows (so a sheet without item rows keys its awards by clause id, as before).
 */
export const awardKey = (a: { clauseId: string; item: number }): string =>
  a.item === 1 ? a.clauseId : `${a.clauseId}#${a.item}`;

/**
 * The parts an item row adds to its defined names: none for a clause's first item (the names a one-row
 * sheet always had, so version-1 documents' names still match), "item2" … for the next ones.
 */
export const itemNameParts = (item: number): string[] => (item === 1 ? [] : [`item${item}`]);

/**
 * The input rows in sheet order, and each by clause, item row and parameter ("start_year" and "claimed"
 * included).
 */
export class InputIndex {
  readonly list: InputLayout[] = [];
  private readonly byKey = new Map<string, InputLayout>();

  add(layout: InputLayout): void {
    this.list.push(layout);
    this.byKey.set(`${layout.clauseId} ${layout.item} ${layout.param}`, layout);
  }

  get(clauseId: string, param: string, item = 1): InputLayout {
    const layout = this.byKey.get(`${clauseId} ${item} ${param}`);
    if (!layout) throw new Error(`scenario: no input row for ${clauseId} item ${item} ${param}`);
    return layout;
  }

  /** The input rows of one item row of a clause, in sheet order. */
  of(clauseId: string, item: number): InputLayout[] {
    return this.list.filter((l) => l.clauseId === clauseId && l.item === item);
  }
}
