/**
 * Values in a copied sheet: SUBSIDY.IN_FORCE and SUBSIDY.CLAUSE computed now and written as literals, and
 * the values a cell shows (EXPLAIN's) written as constants. A value inside a formula is a literal within
 * Excel's 255-character limit on a text: a longer text (a clause's quote) is joined from pieces with &.
 */
import { formulaLiteral } from "../format/formula-literal";
import { parseCellRange } from "./native-copy-refs";

/**
 * How a SUBSIDY function computes: `calculate` from src (the sheet plans may not import the sheet
 * functions, so the caller hands it in). Throws an error with an Excel `code` as calculate does.
 */
export type SheetFunctionCall = (name: string, args: readonly unknown[]) => unknown;

const TEXT_LIMIT = 255;

/** Excel's error values as Range.values shows them. */
export const isErrorText = (v: unknown): v is string =>
  typeof v === "string" && /^#(?:N\/A|VALUE!|REF!|DIV\/0!|NUM!|NAME\?|NULL!|SPILL!|CALC!)$/.test(v);

/** A value as a formula operand: a number, TRUE/FALSE, a quoted text (pieces joined with &), NA(). */
export function valueLiteral(v: unknown): string {
  if (isErrorText(v)) return v === "#N/A" ? "NA()" : v;
  if (typeof v === "string" && v.length > TEXT_LIMIT) {
    const pieces: string[] = [];
    // A piece ends before a lone high surrogate, so no character is cut in two.
    for (let i = 0; i < v.length;) {
      let end = Math.min(i + TEXT_LIMIT, v.length);
      if (end < v.length && /[\uD800-\uDBFF]/.test(v[end - 1])) end -= 1;
      pieces.push(formulaLiteral(v.slice(i, end)));
      i = end;
    }
    return `(${pieces.join("&")})`;
  }
  return formulaLiteral(v === null || v === undefined ? "" : v);
}

/** What a cell shows, as the content of a copied cell: a constant, or =NA() and the like for an error. */
export function valueContent(v: unknown): { value?: string | number | boolean; formula?: string } {
  if (isErrorText(v)) return { formula: `=${valueLiteral(v)}` };
  if (typeof v === "number" || typeof v === "boolean") return { value: v };
  if (v === null || v === undefined || v === "") return {};
  return { value: String(v) };
}

/** The value of an argument known without a formula engine: a literal, or a cell of this sheet. */
export type ArgumentReader = (text: string) => { known: true; value: unknown } | { known: false };

/** Reads literals and single cells of this sheet (`valueAt` gives a sheet cell's shown value). */
export function argumentReader(valueAt: (row: number, col: number) => unknown): ArgumentReader {
  return (raw) => {
    const t = raw.trim();
    if (/^"(?:[^"]|"")*"$/.test(t))
      return { known: true, value: t.slice(1, -1).replace(/""/g, '"') };
    if (/^\d+(?:\.\d*)?(?:[eE][+-]?\d+)?$/.test(t)) return { known: true, value: Number(t) };
    if (/^(TRUE|FALSE)$/i.test(t)) return { known: true, value: t.toUpperCase() === "TRUE" };
    const r = parseCellRange(t);
    if (r && !r.sheet && r.rows === 1 && r.cols === 1)
      return { known: true, value: valueAt(r.row, r.col) };
    return { known: false };
  };
}

/** IN_FORCE or CLAUSE of known arguments, as the add-in computes it now (an error as its code). */
export function factNow(
  compute: SheetFunctionCall,
  name: string,
  args: readonly unknown[]
): unknown {
  try {
    return compute(name, args);
  } catch (e) {
    const code = (e as { code?: unknown }).code;
    return isErrorText(code) ? code : "#VALUE!";
  }
}
