/**
 * Values written as literals inside an Excel formula, in the en-US syntax Office.js and the docs use
 * whatever the user's locale: text in double quotes (a quote inside doubled), TRUE/FALSE, numbers as
 * Excel parses them, and array constants with "," between columns and ";" between rows.
 */

/** A number as Excel parses it in a formula (1e+21 → 1E+21). */
const numberLiteral = (n: number): string => String(n).toUpperCase();

/**
 * A value as a formula literal; undefined or null (an omitted argument) → "". A list of rows (a range,
 * as Excel passes it) is an array constant row by row; a flat list is one column, as a range of items is.
 */
export function formulaLiteral(v: unknown): string {
  if (v === undefined || v === null) return "";
  if (typeof v === "number") return numberLiteral(v);
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (Array.isArray(v)) {
    const rows = v.map((row) => (Array.isArray(row) ? row : [row]));
    return `{${rows.map((row) => row.map(formulaLiteral).join(",")).join(";")}}`;
  }
  return `"${String(v).replace(/"/g, '""')}"`;
}
