/**
 * Defined names in preview formulas: fast-formula-parser looks a name up before it knows the sheet
 * that qualifies it ('Scenario'!s_total), so names are replaced by the absolute address they refer to
 * now before the formula is parsed — as Excel resolves a name each time it evaluates it. An unqualified
 * name is looked up on the formula's own sheet. Only names the workbook defines are replaced; text
 * inside string literals, function names and cell references are left as they are.
 */
import type { NamedRange } from "../host/memory";

const colName = (col: number): string => {
  let n = col + 1;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
};

const absolute = (row: number, col: number) => `$${colName(col)}$${row + 1}`;

/** A1 text of a named range: $F$10, or $F$10:$F$12. */
export function namedAddress(n: NamedRange): string {
  const first = absolute(n.row, n.col);
  return n.rows === 1 && n.cols === 1
    ? first
    : `${first}:${absolute(n.row + n.rows - 1, n.col + n.cols - 1)}`;
}

// A string literal, or an optional sheet prefix ('quoted'! or plain!) followed by an identifier.
const TOKEN =
  /"(?:[^"]|"")*"|(?:'((?:[^']|'')+)'!|([A-Za-z_][A-Za-z0-9_.]*)!)?([A-Za-z_\\][A-Za-z0-9_.]*)/g;

export function resolveNames(
  formula: string,
  sheet: string,
  lookup: (sheet: string, name: string) => NamedRange | undefined
): string {
  return formula.replace(
    TOKEN,
    (
      match,
      quoted: string | undefined,
      plain: string | undefined,
      id: string | undefined,
      at: number
    ) => {
      if (id === undefined) return match; // a string literal
      const before = formula[at - 1];
      if (before !== undefined && /[A-Za-z0-9_.$\]]/.test(before)) return match; // inside another token
      if (formula[at + match.length] === "(") return match; // a function name
      const target = quoted !== undefined ? quoted.replace(/''/g, "'") : (plain ?? sheet);
      const n = lookup(target, id);
      if (!n) return match;
      return `${match.slice(0, match.length - id.length)}${namedAddress(n)}`;
    }
  );
}
