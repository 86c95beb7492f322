/**
 * Defined names in preview formulas: fast-formula-parser looks a name up before it knows the sheet
 * that qualifies it ('Scenario'!s_total), so names are replaced by the absolute address they refer to
 * now before the formula is parsed — as Excel resolves a name each time it evaluates it. An unqualified
 * name is looked up on the formula's own sheet. Only names the workbook defines are replaced; text
 * inside string literals, function names and cell references are left as they are.
 */
import { blockRef } from "../../src";
import type { NamedRange } from "../host/memory";

/** A1 text of a named range: $F$10, or $F$10:$F$12. */
export function namedAddress(n: NamedRange): string {
  return blockRef(n.row, n.col, n.rows, n.cols, { row: true, col: true });
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
