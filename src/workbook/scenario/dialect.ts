/**
 * The two ways a scenario sheet writes its formulas (ScenarioOptions.formulas): "addin" calls the SUBSIDY.*
 * functions; "native" writes ordinary Excel formulas that Excel 2010, LibreOffice Calc and WPS compute
 * without the add-in (issue 14, docs/native-formulas.md): each award the clause's native twin, and only the
 * functions src/native/lint.ts allows (no SUM, IFERROR, ISBLANK, DATE). Every block asks its dialect for
 * the few pieces that differ, so both modes wire the very same cells.
 */
import { nativeFormula } from "../../native";
import { lintNativeFormula } from "../../native/lint";
import { claimedFormula } from "../../rules/one-time";
import type { PlanCell } from "../plan";

export type FormulaMode = "addin" | "native";

export interface Dialect {
  readonly mode: FormulaMode;
  /** Σ of scalar references (each a number): SUM(a,b) on the add-in, (a+b) natively. */
  sum(terms: readonly string[]): string;
  /**
   * A scalar input passed so that a blank stays a blank: the add-in needs IF(r="","",r) (Excel on Windows
   * hands a custom function 0 for an empty cell, spec §2.4); a native twin reads the cell itself, where
   * an empty cell already equals "".
   */
  blankable(ref: string): string;
  /** The award of clause function `fn` over `args` (no leading "="). */
  award(fn: string, args: readonly string[]): string;
  /** An annual "up to" award is claimed in a year: its claimed cell TRUE or non-zero, or a typed request. */
  claimed(claimed: string, requests: readonly string[]): string;
}

const addin: Dialect = {
  mode: "addin",
  sum: (terms) => `SUM(${terms.join(",")})`,
  blankable: (r) => `IF(${r}="","",${r})`,
  award: (fn, args) => `SUBSIDY.${fn}(${args.join(",")})`,
  claimed: claimedFormula,
};

const native: Dialect = {
  mode: "native",
  sum: (terms) => (terms.length === 1 ? terms[0] : `(${terms.join("+")})`),
  blankable: (r) => r,
  award: (fn, args) => nativeFormula(fn, args).slice(1),
  // N() is 1 for TRUE, the number for a number, 0 for a blank or text. Unlike the add-in's
  // IFERROR(claimed*1,0), numeric text ("1") reads as not claimed: IFERROR and VALUE are not native.
  claimed: (claimed, requests) =>
    `OR(N(${claimed})<>0${requests.map((r) => `,${r}<>""`).join("")})`,
};

export const dialectOf = (mode: FormulaMode = "addin"): Dialect =>
  mode === "native" ? native : addin;

/**
 * Checks every formula of a native sheet: the lint (allowed functions, no IF over a range, Excel's
 * limits) and no SUBSIDY.* call anywhere. Throws naming the cell.
 */
export function checkNativeCells(sheet: string, cells: readonly PlanCell[]): void {
  for (const c of cells) {
    if (c.formula === undefined) continue;
    try {
      if (c.formula.includes("SUBSIDY.")) throw new Error("it calls the add-in (SUBSIDY.)");
      lintNativeFormula(c.formula);
    } catch (e) {
      throw new Error(
        `native ${sheet} sheet, row ${c.row + 1} column ${c.col + 1}: ${(e as Error).message}`
      );
    }
  }
}
