/**
 * What a generated native formula may contain (issue 14, docs/native-formulas.md), checked on every formula
 * the generator writes: only functions Excel 2010, LibreOffice Calc 7 and WPS all have, in forms Excel 2010
 * evaluates without Ctrl+Shift+Enter — so never IF over a range (only SUMPRODUCT takes arrays) — within
 * Excel's limits of 8,192 characters, 64 nested calls and 255-character text literals. No engine here
 * would fail on IF over a range (HyperFormula and LibreOffice both evaluate it as an array), hence a lint.
 */
import { type FormulaCall, scanFormula } from "../format/formula-calls";

export const NATIVE_FUNCTIONS: ReadonlySet<string> = new Set([
  "IF",
  "AND",
  "OR",
  "NOT",
  "MIN",
  "MAX",
  "ROUND",
  "ROUNDDOWN",
  "SUMPRODUCT",
  "INDEX",
  "ISNUMBER",
  "ISLOGICAL",
  "ISTEXT",
  "TRIM",
  "UPPER",
  "N",
  "NA",
]);

const LIMITS = { length: 8192, nesting: 64, text: 255 };
const RANGE = /\$?[A-Z]{1,3}\$?\d+:\$?[A-Z]{1,3}\$?\d+/;

/** The formula's text outside every SUMPRODUCT call (where a range may appear only as an array). */
function outsideSumproduct(formula: string, call: FormulaCall, calls: FormulaCall[]): string {
  let text = formula.slice(call.start, call.end);
  const inner = calls
    .filter((c) => c.name === "SUMPRODUCT" && c.start > call.start && c.end <= call.end)
    .sort((a, b) => b.start - a.start);
  for (const c of inner)
    text = text.slice(0, c.start - call.start) + text.slice(c.end - call.start);
  return text;
}

/**
 * Throws naming the first of Excel's limits a formula breaks: 8,192 characters, 64 nested calls,
 * 255-character text literals (also what a copied sheet's formulas are held to after substitution).
 */
export function checkExcelLimits(formula: string): void {
  if (formula.length > LIMITS.length)
    throw new Error(
      `native formula of ${formula.length} characters (Excel's limit: ${LIMITS.length})`
    );
  const { calls, texts } = scanFormula(formula);
  if (calls.some((c) => c.depth >= LIMITS.nesting))
    throw new Error(`native formula nests deeper than ${LIMITS.nesting}`);
  const long = texts.find((t) => t.length > LIMITS.text);
  if (long !== undefined)
    throw new Error(`native formula holds a text of ${long.length} characters`);
}

/** Throws naming the first rule a native formula breaks. */
export function lintNativeFormula(formula: string): void {
  if (!formula.startsWith("=")) throw new Error("a native formula starts with =");
  checkExcelLimits(formula);
  const { calls } = scanFormula(formula);
  for (const c of calls) {
    if (!NATIVE_FUNCTIONS.has(c.name)) throw new Error(`native formula calls ${c.name}`);
    if (c.name === "IF" && RANGE.test(outsideSumproduct(formula, c, calls)))
      throw new Error(
        "native formula takes IF over a range (Excel 2010 would need Ctrl+Shift+Enter)"
      );
  }
}
