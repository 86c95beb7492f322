/**
 * Shared test fixtures: the three-year Harbin robot profile and helpers to fill a generated scenario's
 * inputs and read its cells back from HyperFormula.
 */
import { HyperFormula, type SerializedNamedExpression } from "hyperformula";
import type { ParamSpec } from "../../src/catalog/types";
import { functionByName } from "../../src/policies";
import type { ScenarioProfile } from "../../src/workbook/scenario/profile";
import { range, sheetPrefix } from "../../src/format/a1";
import { type SheetPlan, planToGrid } from "../../src/workbook/plan";
import { type FormulaMode, type ScenarioSheet, generateScenario } from "../../src/workbook";
import { HF_CONFIG, registerSubsidyFunctions } from "../support/hyperformula";

export type Grid = (string | number | boolean | null)[][];

/**
 * One profile per location, each over years its documents are in force (Shandong's draft never is: tests that
 * need its awards apply it by hand, as a user may).
 */
export const EVERY_LOCATION: ScenarioProfile[] = [
  {
    company: "A",
    location: "HEILONGJIANG",
    sectors: ["ROBOTS", "AI"],
    firstYear: 2026,
    lastYear: 2028,
    locale: "en",
  },
  {
    company: "B",
    location: "HANGZHOU",
    sectors: ["HUMANOID"],
    firstYear: 2025,
    lastYear: 2027,
    locale: "zh",
  },
  {
    company: "C",
    location: "SHANDONG",
    sectors: ["ROBOTS"],
    firstYear: 2025,
    lastYear: 2027,
    locale: "en",
  },
  {
    company: "D",
    location: "BEIJING",
    sectors: ["ROBOTS"],
    firstYear: 2023,
    lastYear: 2025,
    locale: "en",
  },
];

export const HARBIN: ScenarioProfile = {
  company: "Harbin Robotics Co.",
  location: "HEILONGJIANG",
  sectors: ["ROBOTS"],
  firstYear: 2026,
  lastYear: 2028,
  clauses: [
    "HLJ-ROBOT-01",
    "HLJ-AI-03",
    "HLJ-ROBOT-09",
    "HLJ-ROBOT-11",
    "HLJ-ROBOT-13b",
    "HLJ-AI-06c",
  ],
  locale: "en",
};

/** Writes an input row: the history cell (if given) and one value per year. */
export function setInput(
  s: ScenarioSheet,
  grid: Grid,
  clauseId: string,
  param: string,
  history: number | undefined,
  perYear: unknown[]
): void {
  const inp = s.layout.inputs.find((i) => i.clauseId === clauseId && i.param === param);
  if (!inp) throw new Error(`no input ${clauseId} ${param}`);
  if (history !== undefined) grid[inp.row][s.layout.historyCol] = history;
  perYear.forEach((v, k) => (grid[inp.row][s.layout.firstYearCol + k] = v as never));
}

export const award = (s: ScenarioSheet, clauseId: string) =>
  s.layout.awards.find((a) => a.clauseId === clauseId)!;

/**
 * The Harbin inputs, on the add-in sheet or the native one (illustrative base ratios, not official, as in spec §5):
 *  HLJ-ROBOT-01 R&D (last year's R&D): history 100M; 150M, 160M, 170M; ratios 2% / 10%
 *  HLJ-AI-03   the same R&D; ratios 1% / 5%
 *  HLJ-ROBOT-09 revenue: highest before 2026 8M; 30M, 120M, 110M
 *  HLJ-ROBOT-11 launch event cost: 400,000; 1,500,000; 0
 *  HLJ-ROBOT-13b data transactions (item "A"): 6M, 3M, 12M
 *  HLJ-AI-06c  data transactions (item "B"): 5M, 4M, 2M
 */
export function harbin(formulas: FormulaMode = "addin"): { s: ScenarioSheet; grid: Grid } {
  const s = generateScenario(HARBIN, { formulas });
  const grid = planToGrid(s.plan) as Grid;
  setInput(
    s,
    grid,
    "HLJ-ROBOT-01",
    "rd_last_year",
    100_000_000,
    [150_000_000, 160_000_000, 170_000_000]
  );
  setInput(s, grid, "HLJ-ROBOT-01", "base_stock_ratio", undefined, [0.02, 0.02, 0.02]);
  setInput(s, grid, "HLJ-ROBOT-01", "base_increment_ratio", undefined, [0.1, 0.1, 0.1]);
  setInput(
    s,
    grid,
    "HLJ-AI-03",
    "rd_last_year",
    100_000_000,
    [150_000_000, 160_000_000, 170_000_000]
  );
  setInput(s, grid, "HLJ-AI-03", "base_stock_ratio", undefined, [0.01, 0.01, 0.01]);
  setInput(s, grid, "HLJ-AI-03", "base_increment_ratio", undefined, [0.05, 0.05, 0.05]);
  setInput(
    s,
    grid,
    "HLJ-ROBOT-09",
    "annual_revenue",
    8_000_000,
    [30_000_000, 120_000_000, 110_000_000]
  );
  setInput(s, grid, "HLJ-ROBOT-11", "actual_cost", undefined, [400_000, 1_500_000, 0]);
  setInput(
    s,
    grid,
    "HLJ-ROBOT-13b",
    "annual_transaction_amount",
    undefined,
    [6_000_000, 3_000_000, 12_000_000]
  );
  setInput(
    s,
    grid,
    "HLJ-AI-06c",
    "annual_transaction_amount",
    undefined,
    [5_000_000, 4_000_000, 2_000_000]
  );
  grid[award(s, "HLJ-ROBOT-13b").row][s.layout.historyCol] = "A";
  grid[award(s, "HLJ-AI-06c").row][s.layout.historyCol] = "B";
  return { s, grid };
}

/** A row's values across the model years. */
export function yearly(hf: HyperFormula, s: ScenarioSheet, row: number, sheet = 0): unknown[] {
  return s.layout.years.map((_, k) =>
    hf.getCellValue({ sheet, row, col: s.layout.firstYearCol + k })
  );
}

/** A plan's defined names as HyperFormula named expressions, scoped to the sheet (its id) they belong to. */
export function hfNamedExpressions(plan: SheetPlan, scope: number): SerializedNamedExpression[] {
  return (plan.names ?? []).map((n) => ({
    name: n.name,
    expression: `=${range(n.row, n.col, n.row + n.rows - 1, n.col + n.cols - 1, { row: true, col: true }, plan.sheetName)}`,
    scope,
  }));
}

/**
 * HyperFormula over named sheets, the first of which is the scenario sheet `s` with its defined names.
 * Later sheets (an audit) refer to the scenario's names sheet-qualified ('Scenario'!s_…): HyperFormula
 * cannot parse that form (Excel and the preview workbook can), so `withNamesResolved` turns each such
 * reference into the address the name points to in this instance — after any row inserted since, as
 * Excel resolves a name when it evaluates it.
 */
export function hfScenario(s: ScenarioSheet, grid: Grid, others: Record<string, Grid> = {}) {
  registerSubsidyFunctions();
  return HyperFormula.buildFromSheets(
    { [s.plan.sheetName]: grid, ...others },
    // Array arithmetic: SUMPRODUCT's mask arguments (the missing-inputs flag, native stacking) are arrays
    // in Excel, LibreOffice and the preview; HyperFormula computes them so only with it.
    { ...HF_CONFIG, useArrayArithmetic: true },
    hfNamedExpressions(s.plan, 0)
  );
}

/** A grid whose formulas refer to `sheet`'s names, with each name replaced by its current address in `hf`. */
export function withNamesResolved(hf: HyperFormula, sheet: string, grid: Grid): Grid {
  const scope = hf.getSheetId(sheet)!;
  const prefix = sheetPrefix(sheet).replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const qualified = new RegExp(`${prefix}(s_[A-Za-z0-9_]+)`, "g");
  return grid.map((line) =>
    line.map((v) =>
      typeof v === "string" && v.startsWith("=")
        ? v.replace(qualified, (_, name: string) => {
            const target = hf.getNamedExpressionFormula(name, scope);
            if (!target) throw new Error(`no name ${name} on ${sheet}`);
            return target.slice(1);
          })
        : v
    )
  );
}

/** Adds a sheet of `plan` (an audit) to `hf`, its references to the scenario's names resolved as now. */
export function hfAddSheet(hf: HyperFormula, s: ScenarioSheet, plan: SheetPlan): number {
  const name = hf.addSheet(plan.sheetName);
  const id = hf.getSheetId(name)!;
  hf.setSheetContent(id, withNamesResolved(hf, s.plan.sheetName, planToGrid(plan) as Grid));
  return id;
}

/** Fills every blank required input (and history cell) with a plausible figure for its kind. */
export function fillBlanks(s: ScenarioSheet, grid: Grid): void {
  const sample = (p: ParamSpec): unknown => {
    switch (p.kind) {
      case "amount":
      case "amounts":
        return 8_000_000;
      case "rate":
        return 0.1;
      case "code":
        return p.codes![0].value;
      case "count":
      case "yearIndex":
        return 1;
      case "quantity":
        return 12;
      case "boolean":
        return false;
    }
  };
  for (const inp of s.layout.inputs) {
    if (inp.param === "start_year") continue;
    const p = functionByName.get(inp.fn)!.fn.params.find((q) => q.name === inp.param)!;
    if (inp.history && grid[inp.row][s.layout.historyCol] === null)
      grid[inp.row][s.layout.historyCol] = 1_000_000;
    if (!inp.required) continue;
    for (let k = 0; k < inp.rows; k++)
      s.layout.years.forEach((_, y) => {
        const c = s.layout.firstYearCol + y;
        if (grid[inp.row + k][c] === null) grid[inp.row + k][c] = sample(p) as never;
      });
  }
}
