/**
 * The labelled input block: one row per parameter (label, value, unit; a range parameter as a vertical
 * list of values starting on its label's row), then the award row whose formula refers to those cells,
 * so the model stays live in the sheet. The award is the SUBSIDY call or its native twin over the same cells
 * (issue 14), which computes without the add-in.
 */
import {
  COUNT_FORMAT,
  type ClauseFunction,
  type FormulaMode,
  type ParamSpec,
  RATE_FORMAT,
  YUAN_FORMAT,
  ref,
} from "../../src";
import type { CellContent, CellRef } from "../host/types";
import { clauseFormula } from "./formula";
import type { Block } from "./plan";

/** The words the block writes into the sheet, in the pane's language. */
export interface BlockText {
  unit(p: ParamSpec): string;
  award: string;
  yuan: string;
  /** Unit-column note for an omitted optional argument the formula leaves out. */
  omitted: string;
}

function numberFormat(p: ParamSpec): string | undefined {
  switch (p.kind) {
    case "amount":
    case "amounts":
      return YUAN_FORMAT;
    case "rate":
      return RATE_FORMAT;
    case "count":
    case "yearIndex":
      return COUNT_FORMAT;
    default:
      return undefined;
  }
}

interface ParamRows {
  p: ParamSpec;
  /** Values, one per row (a range parameter has one per item, at least one row). */
  values: (string | number | boolean | undefined)[];
  /** False for an omitted optional argument without a literal default: the formula leaves it out. */
  referenced: boolean;
}

function paramRows(p: ParamSpec, raw: unknown): ParamRows {
  if (p.kind === "amounts") {
    const items = Array.isArray(raw) ? (raw.flat() as (string | number)[]) : [];
    return { p, values: items.length > 0 ? items : [undefined], referenced: true };
  }
  if (raw !== undefined) return { p, values: [raw as string | number | boolean], referenced: true };
  // An omitted optional argument: write its default, which is what the function uses. Without a literal
  // default, leave the cell empty and the argument out of the formula: Excel on Windows passes 0 for a
  // blank referenced cell, which is not the same as omitting the argument.
  if (p.default !== undefined) return { p, values: [p.default], referenced: true };
  return { p, values: [undefined], referenced: p.required };
}

export function inputBlock(
  fn: ClauseFunction,
  rawArgs: readonly unknown[],
  text: BlockText,
  formulas: FormulaMode = "addin"
): Block {
  const groups = fn.params.map((p, i) => paramRows(p, rawArgs[i]));
  const rows = groups.reduce((n, g) => n + g.values.length, 0) + 1;
  return {
    rows,
    cols: 3,
    cellsAt(at: CellRef): CellContent[][] {
      const cells: CellContent[][] = [];
      const args: string[] = [];
      for (const g of groups) {
        const first = at.row + cells.length;
        const last = first + g.values.length - 1;
        const valueCol = at.col + 1;
        args.push(
          !g.referenced
            ? ""
            : g.p.kind === "amounts"
              ? `${ref(first, valueCol)}:${ref(last, valueCol)}`
              : ref(first, valueCol)
        );
        const unit = g.referenced ? text.unit(g.p) : `${text.unit(g.p)} (${text.omitted})`;
        g.values.forEach((value, k) => {
          cells.push([
            { value: k === 0 ? g.p.name : undefined },
            { value, numberFormat: numberFormat(g.p) },
            { value: k === 0 ? unit : undefined },
          ]);
        });
      }
      cells.push([
        { value: text.award },
        { formula: clauseFormula(fn, args, formulas), numberFormat: YUAN_FORMAT },
        { value: text.yuan },
      ]);
      return cells;
    },
  };
}
