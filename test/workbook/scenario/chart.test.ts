/**
 * The scenario sheet's chart plan (issue 15): its ranges point exactly at the counted totals by document
 * and the years, those totals add up to the stacked totals, and its anchor covers no cell the sheet uses;
 * and what every generated sheet states (add-in version, spec revision) and how it prints.
 */
import { version } from "../../../package.json";
import {
  type ChartPlan,
  type PlanRange,
  type ScenarioSheet,
  generateAudit,
  generateScenario,
  scenarioDocument,
  scenarioDocumentPlans,
} from "../../../src/workbook";
import type { ScenarioProfile } from "../../../src/workbook/scenario/profile";
import { HyperFormula } from "hyperformula";
import { HF_CONFIG, registerSubsidyFunctions } from "../../support/hyperformula";
import { EVERY_LOCATION, HARBIN, harbin, hfNamedExpressions } from "../fixtures";

const cellAt = (s: ScenarioSheet, row: number, col: number) =>
  s.plan.cells.filter((c) => c.row === row && c.col === col).pop();

const inside = (r: PlanRange, row: number, col: number) =>
  row >= r.row && row < r.row + r.rows && col >= r.col && col < r.col + r.cols;

const chartOf = (s: ScenarioSheet): ChartPlan => {
  expect(s.plan.charts).toHaveLength(1);
  return s.plan.charts![0];
};

/** Checks the chart against the layout: years, one row per document of the awards, each a sum of its counted names. */
function expectChartOnTotals(s: ScenarioSheet): ChartPlan {
  const chart = chartOf(s);
  const { years, firstYearCol, awards } = s.layout;
  const documents = [...new Set(awards.map((a) => a.document))];
  expect(chart.type).toBe("columnStacked");
  expect(chart.seriesNames).toEqual(documents);
  expect(chart.categories).toEqual({ ...chart.categories, col: firstYearCol, rows: 1 });
  expect(chart.categories.cols).toBe(years.length);
  expect(chart.values).toEqual({
    row: chart.categories.row + 1,
    col: firstYearCol,
    rows: documents.length,
    cols: years.length,
  });
  years.forEach((y, yi) =>
    expect(cellAt(s, chart.categories.row, firstYearCol + yi)!.value).toBe(y)
  );
  documents.forEach((doc, d) => {
    const row = chart.values.row + d;
    expect(cellAt(s, row, 0)!.value).toBe(doc);
    const counted = awards.filter((a) => a.document === doc);
    years.forEach((_, yi) => {
      const formula = cellAt(s, row, firstYearCol + yi)!.formula!;
      for (const a of counted) expect(formula).toContain(a.countedNames[yi]);
      // Only this document's awards: every name in the formula is one of its counted names.
      const names = formula.match(/s_[A-Za-z0-9_]+/g)!;
      expect(names.sort()).toEqual(counted.map((a) => a.countedNames[yi]).sort());
    });
  });
  return chart;
}

function expectAnchorFree(s: ScenarioSheet): void {
  const { anchor } = chartOf(s);
  for (const c of s.plan.cells) expect(inside(anchor, c.row, c.col)).toBe(false);
  // Beside the totals: level with the stacking block's heading, right of every used column.
  expect(anchor.row).toBe(s.layout.stackRow - 1);
  expect(anchor.col).toBeGreaterThan(Math.max(...s.plan.cells.map((c) => c.col)));
  expect(anchor.rows).toBeGreaterThan(0);
  expect(anchor.cols).toBeGreaterThan(0);
}

const ONE_DOCUMENT_FIVE_YEARS: ScenarioProfile = {
  ...HARBIN,
  clauses: ["HLJ-ROBOT-01", "HLJ-ROBOT-11"],
  firstYear: 2025,
  lastYear: 2029,
};

describe("scenario chart plan", () => {
  it("Harbin (two documents, three years): ranges on the totals by document, anchor on free cells", () => {
    const s = generateScenario(HARBIN);
    expect(expectChartOnTotals(s).seriesNames).toEqual(["HLJ-ROBOT", "HLJ-AI"]);
    expectAnchorFree(s);
    expect(chartOf(s).title).toBe("Yearly totals by document");
  });

  it("one document over five years, in both formula modes", () => {
    for (const formulas of ["addin", "native"] as const) {
      const s = generateScenario(ONE_DOCUMENT_FIVE_YEARS, { formulas });
      const chart = expectChartOnTotals(s);
      expect(chart.seriesNames).toEqual(["HLJ-ROBOT"]);
      expect(chart.values.cols).toBe(5);
      expectAnchorFree(s);
    }
  });

  it("every location (one or two documents, Chinese and English)", () => {
    for (const p of EVERY_LOCATION) {
      const s = generateScenario(p);
      expectChartOnTotals(s);
      expectAnchorFree(s);
      expect(chartOf(s).title).toBe(
        p.locale === "zh" ? "各年度合计（按文件）" : "Yearly totals by document"
      );
    }
  });

  it("no award ticked: no chart", () => {
    const s = generateScenario({ ...HARBIN, clauses: [] });
    expect(s.plan.charts).toBeUndefined();
  });

  /*
   * Harbin's counted amounts (harbin.test.ts works them by hand), summed per document:
   *   HLJ-ROBOT 2026: 10,500,000 (R&D) + 500,000 (milestone) + 120,000 (launch) + 600,000 (voucher A) = 11,720,000
   *             2027:  4,500,000 + 3,000,000 + 300,000 + 300,000 = 8,100,000
   *             2028:          0 +         0 +       0 + 1,000,000 = 1,000,000
   *   HLJ-AI    2026: 0 (AI R&D dropped) + 400,000 (voucher B) = 400,000; 2027: 0 + 400,000 = 400,000; 2028: 0
   * Each year they add up to STACK: 12,120,000; 8,500,000; 1,000,000.
   */
  it("in HyperFormula the chart's values are the totals by document, adding up to STACK (add-in and native)", () => {
    for (const formulas of ["addin", "native"] as const) {
      const { s, grid } = harbin(formulas);
      registerSubsidyFunctions();
      // Array arithmetic: a native sheet's masks need it (native-scenario.test.ts).
      const hf = HyperFormula.buildFromSheets(
        { [s.plan.sheetName]: grid },
        { ...HF_CONFIG, useArrayArithmetic: true },
        hfNamedExpressions(s.plan, 0)
      );
      const { values } = chartOf(s);
      const at = (row: number) =>
        s.layout.years.map((_, k) => hf.getCellValue({ sheet: 0, row, col: values.col + k }));
      expect(at(values.row)).toEqual([11_720_000, 8_100_000, 1_000_000]);
      expect(at(values.row + 1)).toEqual([400_000, 400_000, 0]);
      expect(at(s.layout.stackRow)).toEqual([12_120_000, 8_500_000, 1_000_000]);
      hf.destroy();
    }
  });
});

describe("every generated sheet states its build; scenario and audit print one page wide", () => {
  const stamp = (rev: number) =>
    `Built with the subsidy add-in ${version} against clause spec revision ${rev}.`;

  it("the scenario sheet and its audit state the add-in version and spec revision (en, zh)", () => {
    const s = generateScenario(HARBIN);
    expect(cellAt(s, 2, 0)).toMatchObject({ value: stamp(2), style: "note" });
    const audit = generateAudit(s).plan;
    expect(audit.cells.find((c) => c.row === 2 && c.col === 0)!.value).toBe(stamp(2));
    const zh = generateScenario({ ...HARBIN, locale: "zh" });
    expect(cellAt(zh, 2, 0)!.value).toBe(`由补贴加载项 ${version} 生成，依据条款规格第2次修订。`);
    expect(generateAudit(zh).plan.cells.find((c) => c.row === 2 && c.col === 0)!.value).toBe(
      `由补贴加载项 ${version} 生成，依据条款规格第2次修订。`
    );
  });

  it("…so do the native sheets a scenario document generates", () => {
    const { plans } = scenarioDocumentPlans(scenarioDocument(ONE_DOCUMENT_FIVE_YEARS));
    expect(plans).toHaveLength(2);
    for (const plan of plans)
      expect(plan.cells.find((c) => c.row === 2 && c.col === 0)!.value).toBe(stamp(2));
  });

  it("print: landscape, one page wide, the title rows repeated (scenario: title and headers; audit: title, subtitle, stamp)", () => {
    const s = generateScenario(HARBIN);
    expect(s.plan.print).toEqual({
      orientation: "landscape",
      fitToWidth: true,
      repeatRows: { first: 0, count: 2 },
    });
    expect(generateAudit(s).plan.print).toEqual({
      orientation: "landscape",
      fitToWidth: true,
      repeatRows: { first: 0, count: 3 },
    });
  });
});
