/**
 * SUBSIDY.STACK and SUBSIDY.STACK_ROWS (spec §7.5): the total a set of awards adds up to under the
 * stacking rules, and the same decision row by row (0 where a row is dominated or in kind). Both call
 * one decision function (src/rules/stack.ts), so STACK = SUM(STACK_ROWS) always, summed in integer fen.
 */
import { stackRows, stackTotal } from "../rules/stack";
import type { SheetFunction, SheetParam } from "./types";

const params: SheetParam[] = [
  {
    name: "ids",
    label: { en: "Functions or clauses", zh: "函数名或条款编号" },
    optional: false,
    matrix: true,
  },
  {
    name: "awards",
    label: { en: "Awards", zh: "奖补金额" },
    optional: false,
    matrix: true,
  },
  {
    name: "item_keys",
    label: { en: "Items", zh: "所属项目" },
    optional: true,
    matrix: true,
  },
];

export const stackSheetFunction: SheetFunction = {
  name: "STACK",
  params,
  result: { type: "number", dimensionality: "scalar" },
  invoke: (args) => stackTotal(args[0], args[1], args[2]),
  helpAnchor: "STACK",
};

export const stackRowsSheetFunction: SheetFunction = {
  name: "STACK_ROWS",
  params,
  // "any": with no rows it returns [[""]] (a custom function cannot return an empty array).
  result: { type: "any", dimensionality: "matrix" },
  invoke: (args) => stackRows(args[0], args[1], args[2]),
  helpAnchor: "STACK_ROWS",
};
