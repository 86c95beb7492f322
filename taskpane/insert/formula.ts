/**
 * Formula text for SUBSIDY.* calls. Office.js takes formulas in en-US syntax whatever the user's locale:
 * "," between arguments, ";" between the rows of an array constant.
 */
import { type ClauseFunction, formulaLiteral } from "../../src";
import type { Block } from "./plan";

/** =SUBSIDY.NAME(a,b,,d): omitted trailing arguments dropped, omitted middle ones left empty. */
export function callFormula(name: string, args: string[]): string {
  let end = args.length;
  while (end > 0 && args[end - 1] === "") end--;
  return `=SUBSIDY.${name}(${args.slice(0, end).join(",")})`;
}

/** The calculator's values as literal arguments, in one cell. */
export function formulaBlock(fn: ClauseFunction, rawArgs: readonly unknown[]): Block {
  const formula = callFormula(
    fn.name,
    fn.params.map((_, i) => formulaLiteral(rawArgs[i]))
  );
  return { rows: 1, cols: 1, cellsAt: () => [[{ formula, numberFormat: AMOUNT_FORMAT }]] };
}

/** Number formats of the cells the pane writes. */
export const AMOUNT_FORMAT = "#,##0.00";
export const RATE_FORMAT = "0.00%";
export const COUNT_FORMAT = "0";
