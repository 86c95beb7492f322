/**
 * Formula text for SUBSIDY.* calls. Office.js takes formulas in en-US syntax whatever the user's locale:
 * "," between arguments, ";" between the rows of an array constant.
 */
import { type ClauseFunction, YUAN_FORMAT, formulaLiteral } from "../../src";
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
  return { rows: 1, cols: 1, cellsAt: () => [[{ formula, numberFormat: YUAN_FORMAT }]] };
}
