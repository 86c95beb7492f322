/**
 * Every clause function's native twin, evaluated by HyperFormula (built with useArrayArithmetic, without
 * which mask formulas silently return 0), equals `calculate` on at least 1,000 generated inputs clustered at
 * thresholds, caps and ties, and is an error for every kind of input the add-in refuses. Ties (the exact
 * award within a hair of a half fen, or bound by a cap ending in a fraction of a fen) may differ by a fen:
 * counted and printed, never hidden.
 */
import { DetailedCellError, HyperFormula } from "hyperformula";
import type { ClauseFunction } from "../../src/catalog/types";
import { clauses } from "../../src/policies";
import { BOOLEAN_CONSTANTS, HF_CONFIG } from "../support/hyperformula";
import { badCalls, blankOptionalCalls, validCalls } from "./calls";
import { type Call, type Cell, judge, layout, rowCells } from "./parity";

const VALID = 1_000;

/** A cell for HyperFormula: text kept as text (an apostrophe stops it being read as a number or TRUE). */
function hfCell(c: Cell): unknown {
  if (typeof c === "string") return `'${c}`;
  if (c !== null && typeof c === "object") return c.error === "#N/A" ? "=NA()" : "=1/0";
  return c;
}

function runInHyperFormula(fn: ClauseFunction, calls: readonly Call[]) {
  const rows = calls.map((call, r) => rowCells(fn, call, r + 1, hfCell));
  const hf = HyperFormula.buildFromArray(
    rows as never,
    {
      ...HF_CONFIG,
      useArrayArithmetic: true,
      // HyperFormula otherwise shows a value rounded to 10 significant digits (1,692,845,989,504.35 as
      // 1,692,845,989,500); Excel and LibreOffice keep 15.
      smartRounding: false,
    },
    BOOLEAN_CONSTANTS
  );
  const col = layout(fn).formulaColumn;
  const verdict = judge(
    fn,
    calls,
    (r) => hf.getCellValue({ sheet: 0, row: r, col }),
    (v) => v instanceof DetailedCellError
  );
  hf.destroy();
  return verdict;
}

const fns = clauses.filter((c) => c.fn).map((c) => c.fn!);
const ties: string[] = [];

afterAll(() => {
  if (ties.length)
    console.log(`native twins in HyperFormula, ties (a fen apart / all):\n${ties.join("\n")}`);
});

describe("native twins equal the engine in HyperFormula", () => {
  it.each(fns.map((fn) => ({ name: fn.name, fn })))("$name", ({ fn }) => {
    const calls = [...validCalls(fn, VALID), ...blankOptionalCalls(fn), ...badCalls(fn)];
    const verdict = runInHyperFormula(fn, calls);
    if (verdict.ties) ties.push(`${fn.name}: ${verdict.tieFenOff} / ${verdict.ties}`);
    expect(verdict.disagreements.slice(0, 5)).toEqual([]);
    expect(verdict.rows).toBeGreaterThanOrEqual(VALID);
  });
});
