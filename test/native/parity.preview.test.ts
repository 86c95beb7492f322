/**
 * Every clause function's native twin, evaluated by the preview workbook (fast-formula-parser with the
 * pane's array arithmetic and Excel functions, taskpane/preview/), equals `calculate` on at least 1,000
 * generated inputs clustered at thresholds, caps and ties, and is an error for every kind of input the
 * add-in refuses — the same calls and the same judge as the HyperFormula run (parity.property.test.ts).
 * Ties may differ by a fen: counted and printed, never hidden.
 *
 * The preview computes as Excel does where HyperFormula and LibreOffice do not — SUMPRODUCT counts TRUE as
 * 0 (Microsoft's documentation: "treats array entries that are not numeric as if they were zeros") — so a
 * twin can pass there and be wrong in Excel: this run found BJ_FIRST_TRIAL_AWARD's P*SUMPRODUCT(R>P)
 * (84.22 where the engine gives 500,084.22), since written SUMPRODUCT((R>P)*1) (engine/native/expr.ts).
 */
import type { ClauseFunction } from "../../src/catalog/types";
import { clauses } from "../../src/policies";
import { type Computed, MemoryWorkbook } from "../../taskpane/host/memory";
import type { CellContent } from "../../taskpane/host/types";
import { createEvaluator } from "../../taskpane/preview/formulas";
import { badCalls, blankOptionalCalls, validCalls } from "./calls";
import { type Call, type Cell, judge, layout, rowCells } from "./parity";

const VALID = 1_000;
const evaluator = createEvaluator();

/** A cell as the preview stores it: text stays text (never parsed), an error is a formula giving it. */
function previewCell(c: Cell): CellContent {
  if (c === null) return {};
  if (typeof c === "object") return { formula: c.error === "#N/A" ? "=NA()" : "=1/0" };
  return { value: c };
}

/** The row's cells: the arguments, then the native formula (rowCells gives it as text). */
function contents(fn: ClauseFunction, call: Call, row: number): CellContent[] {
  const cells = rowCells(fn, call, row, previewCell);
  const formula = cells.pop() as string;
  return [...(cells as (CellContent | null)[]).map((c) => c ?? {}), { formula }];
}

/** A computed value as the judge reads it: an error marked, anything else its value. */
const ERROR = Symbol("error");
const hostValue = (c: Computed): unknown => (c.kind === "value" ? c.value : ERROR);

async function runInPreview(fn: ClauseFunction, calls: readonly Call[]) {
  const wb = new MemoryWorkbook();
  wb.setEvaluator(evaluator);
  await wb.writeBlock(
    { sheet: "Sheet1", row: 0, col: 0 },
    calls.map((call, r) => contents(fn, call, r + 1))
  );
  const col = layout(fn).formulaColumn;
  return judge(
    fn,
    calls,
    (r) => hostValue(wb.value(r, col)),
    (v) => v === ERROR
  );
}

const fns = clauses.filter((c) => c.fn).map((c) => c.fn!);
const ties: string[] = [];

afterAll(() => {
  if (ties.length)
    console.log(`native twins in the preview, ties (a fen apart / all):\n${ties.join("\n")}`);
});

async function expectParity(fn: ClauseFunction) {
  const calls = [...validCalls(fn, VALID), ...blankOptionalCalls(fn), ...badCalls(fn)];
  const verdict = await runInPreview(fn, calls);
  if (verdict.ties) ties.push(`${fn.name}: ${verdict.tieFenOff} / ${verdict.ties}`);
  expect(verdict.disagreements.slice(0, 3)).toEqual([]);
  expect(verdict.rows).toBeGreaterThanOrEqual(VALID);
}

describe("native twins equal the engine in the preview workbook", () => {
  it.each(fns.map((fn) => ({ name: fn.name, fn })))("$name", ({ fn }) => expectParity(fn));
});
