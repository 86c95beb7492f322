/**
 * nativeSteps (src/native/steps.ts) against nativeFormula, for every clause function: the steps laid out as
 * cells after the call's argument cells, each computed from the cells before it, give in HyperFormula the
 * very award the one-cell native formula gives (an error where it errs), on generated valid and bad inputs;
 * every step formula passes the native lint. The steps are the twin's own stages, so they cannot give
 * another award; this proves the cells are wired as the formula composes them.
 */
import { DetailedCellError, HyperFormula } from "hyperformula";
import { columnName } from "../../src/format/a1";
import { lintNativeFormula } from "../../src/native/lint";
import { nativeSteps } from "../../src/native/steps";
import { clauses } from "../../src/policies";
import { BOOLEAN_CONSTANTS, HF_CONFIG } from "../support/hyperformula";
import { badCalls, validCalls } from "./calls";
import { type Cell, argRefs, layout, rowCells } from "./parity";

const hfCell = (c: Cell): unknown =>
  typeof c === "string"
    ? `'${c}`
    : c !== null && typeof c === "object"
      ? c.error === "#N/A"
        ? "=NA()"
        : "=1/0"
      : c;

const fns = clauses.filter((c) => c.fn).map((c) => c.fn!);
const value = (v: unknown) => (v instanceof DetailedCellError ? "error" : v);

describe("native steps give nativeFormula's award", () => {
  it.each(fns.map((fn) => ({ name: fn.name, fn })))("$name", ({ fn }) => {
    const calls = [...validCalls(fn, 60), ...badCalls(fn)];
    const formulaCol = layout(fn).formulaColumn;
    const awardCols: number[] = [];
    const rows = calls.map((call, r) => {
      const cells = rowCells(fn, call, r + 1, hfCell);
      const { steps, body, award } = nativeSteps(fn.name, argRefs(fn, call, r + 1));
      const cell = (k: number) => `${columnName(formulaCol + 1 + k)}${r + 1}`;
      const bodyCell = cell(steps.length);
      const formulas = [
        ...steps.map((s) => `=${s.value(cell)}`),
        `=${body(cell)}`,
        `=${award(bodyCell)}`,
      ];
      for (const s of steps) if (s.without) formulas.push(`=${s.without(cell)}`);
      formulas.forEach((f) => expect(() => lintNativeFormula(f)).not.toThrow());
      awardCols.push(formulaCol + 1 + steps.length + 1);
      return [...cells, ...formulas];
    });
    // TRUE and FALSE as constants: a step over a literal argument may be decided when it is written.
    const hf = HyperFormula.buildFromArray(
      rows as never,
      { ...HF_CONFIG, useArrayArithmetic: true, smartRounding: false },
      BOOLEAN_CONSTANTS
    );
    calls.forEach((_, r) => {
      const formula = value(hf.getCellValue({ sheet: 0, row: r, col: formulaCol }));
      const steps = value(hf.getCellValue({ sheet: 0, row: r, col: awardCols[r] }));
      expect([r, steps]).toEqual([r, formula]);
    });
    hf.destroy();
  });
});
