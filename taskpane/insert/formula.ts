/**
 * Formula text for a clause function's call, in either of the two forms the pane writes: the add-in's
 * SUBSIDY.* call, or its native twin (issue 14: an ordinary formula that Excel without the add-in,
 * LibreOffice and WPS compute; src/native). Office.js takes formulas in en-US syntax whatever the user's
 * locale: "," between arguments, ";" between the rows of an array constant.
 */
import {
  type ClauseFunction,
  type FormulaMode,
  YUAN_FORMAT,
  formulaLiteral,
  nativeFormula,
} from "../../src";
import type { Block } from "./plan";

/** =SUBSIDY.NAME(a,b,,d): omitted trailing arguments dropped, omitted middle ones left empty. */
export function callFormula(name: string, args: string[]): string {
  let end = args.length;
  while (end > 0 && args[end - 1] === "") end--;
  return `=SUBSIDY.${name}(${args.slice(0, end).join(",")})`;
}

/**
 * The formula of `fn` over argument expressions in declared order ("" for an omitted one): the SUBSIDY
 * call, or the native twin (nativeFormula takes an omitted argument as undefined). The native form throws
 * when the twin would break Excel's limits (8,192 characters, 64 nested calls, 255-character texts).
 */
export function clauseFormula(fn: ClauseFunction, args: string[], formulas: FormulaMode): string {
  if (formulas === "addin") return callFormula(fn.name, args);
  return nativeFormula(
    fn.name,
    args.map((a) => (a === "" ? undefined : a))
  );
}

/** The calculator's values as literal arguments: numbers, texts, TRUE/FALSE, a range as an array constant. */
const literalArgs = (fn: ClauseFunction, rawArgs: readonly unknown[]): string[] =>
  fn.params.map((_, i) => formulaLiteral(rawArgs[i]));

/**
 * Why the native twin over the calculator's values cannot be written as one formula, or undefined when it
 * can. The twin repeats an argument wherever its guard and shape read it, so a long list of amounts as an
 * array constant can pass Excel's 8,192 characters; the input block, whose twin refers to cells, still fits.
 */
export function nativeLiteralProblem(
  fn: ClauseFunction,
  rawArgs: readonly unknown[]
): string | undefined {
  try {
    clauseFormula(fn, literalArgs(fn, rawArgs), "native");
    return undefined;
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
}

/** The calculator's values as literal arguments, in one cell (throws as clauseFormula does). */
export function formulaBlock(
  fn: ClauseFunction,
  rawArgs: readonly unknown[],
  formulas: FormulaMode = "addin"
): Block {
  const formula = clauseFormula(fn, literalArgs(fn, rawArgs), formulas);
  return { rows: 1, cols: 1, cellsAt: () => [[{ formula, numberFormat: YUAN_FORMAT }]] };
}
