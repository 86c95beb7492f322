/**
 * The scenario document (src/workbook/document.ts, docs/scenario-document.md): the example in
 * docs/examples/scenario.json parses, every malformed field is refused by name, and the native sheet it
 * generates has the inputs in the cells the layout gives them, computing the awards worked out by hand.
 */
import { readFileSync } from "fs";
import { join } from "path";
import { HyperFormula } from "hyperformula";
import {
  ADDIN_VERSION,
  SPEC_REVISION,
  parseScenarioDocument,
  scenarioDocument,
  scenarioDocumentPlans,
} from "../../src/workbook";
import { checkNativeCells } from "../../src/workbook/scenario/dialect";
import { planToGrid } from "../../src/workbook/plan";
import { HF_CONFIG } from "../support/hyperformula";
import { award, hfNamedExpressions, yearly } from "./fixtures";

const EXAMPLE = join(__dirname, "../../docs/examples/scenario.json");
const example = () => JSON.parse(readFileSync(EXAMPLE, "utf8"));

describe("the example document (docs/examples/scenario.json)", () => {
  const doc = parseScenarioDocument(example());
  const { plans, scenario } = scenarioDocumentPlans(doc);
  const s = scenario;
  const hf = HyperFormula.buildFromSheets(
    { [s.plan.sheetName]: planToGrid(s.plan) as never },
    { ...HF_CONFIG, useArrayArithmetic: true },
    hfNamedExpressions(s.plan, 0)
  );

  it("parses, is stamped with this add-in's version and spec revision 2", () => {
    expect(doc.format).toBe("subsidy-scenario");
    expect(doc.addinVersion).toBe(ADDIN_VERSION);
    expect(ADDIN_VERSION).toBe(require("../../package.json").version);
    expect(doc.specRevision).toBe(2);
    expect(SPEC_REVISION).toBe(2);
    expect(doc.inputs.length).toBeGreaterThan(20);
  });

  it("generates native sheets only: the scenario and its audit report", () => {
    expect(plans.map((p) => p.sheetName)).toEqual(["Scenario", "Audit"]);
    for (const p of plans) expect(() => checkNativeCells(p.sheetName, p.cells)).not.toThrow();
  });

  it("puts each input into its row and year column", () => {
    const at = (clauseId: string, param: string, year: number) => {
      const l = s.layout.inputs.find((i) => i.clauseId === clauseId && i.param === param)!;
      return hf.getCellValue({ sheet: 0, row: l.row, col: s.layout.firstYearCol + year - 2026 });
    };
    expect(at("HLJ-ROBOT-04", "total_investment", 2027)).toBe(50_000_000);
    expect(at("HLJ-AI-06a", "claimed", 2026)).toBe(true);
    expect(at("HLJ-AI-06a", "claimed", 2027)).toBeNull(); // left out: blank
    const key = (id: string) =>
      hf.getCellValue({ sheet: 0, row: award(s, id).row, col: s.layout.historyCol });
    expect([key("HLJ-ROBOT-04"), key("HLJ-AI-04"), key("HLJ-AI-13b")]).toEqual([
      "P1",
      " p1 ",
      "BASE",
    ]);
  });

  /*
   * The same inputs as test/workbook/native-scenario.test.ts, whose comment works every award by hand
   * (HLJ-ROBOT-04's blank 2027 rate is its default 30%, here the pre-filled literal):
   * stacked 2026 9,000,000 + 800,000 + 150,000 + 2,000,000 = 11,950,000;
   *         2027 10,000,000 + 300,000 + 2,000,000 = 12,300,000;  2028 27,000 + 2,000,000 = 2,027,000;
   * total 26,277,000.
   */
  it("computes the stacked totals worked out by hand", () => {
    expect(yearly(hf, s, s.layout.stackRow)).toEqual([11_950_000, 12_300_000, 2_027_000]);
    expect(hf.getCellValue({ sheet: 0, row: s.layout.totalRow, col: s.layout.firstYearCol })).toBe(
      26_277_000
    );
  });
});

describe("scenarioDocument: a new document for a profile", () => {
  it("records the sheet's defined names, and parses back to itself", () => {
    const doc = example();
    const made = scenarioDocument(doc.profile, { inputs: doc.inputs, itemKeys: doc.itemKeys });
    expect(made.names?.s_HLJ_ROBOT_04_total_investment_2026).toMatch(/^'?Scenario'?!\$F\$\d+$/);
    expect(parseScenarioDocument(JSON.parse(JSON.stringify(made)))).toEqual(made);
  });

  it("a name that moved (a document from another version) is refused", () => {
    const doc = example();
    const made = scenarioDocument(doc.profile, { inputs: [] });
    const names = { ...made.names, s_year_2026: "'Scenario'!$A$1" };
    expect(() => parseScenarioDocument({ ...made, names })).toThrow(
      /^names\.s_year_2026: is 'Scenario'!\$A\$1, but the sheet puts it at /
    );
  });

  it("a document of another spec revision still opens, with a warning", () => {
    const doc = parseScenarioDocument({ ...example(), specRevision: 1 });
    expect(scenarioDocumentPlans(doc).warnings.join(" ")).toMatch(/spec revision 1/);
  });
});

describe("parseScenarioDocument refuses a bad field by name", () => {
  const withInput = (input: Record<string, unknown>) => ({ ...example(), inputs: [input] });
  const cases: [string, unknown, RegExp][] = [
    ["not an object", [], /^document: must be an object/],
    ["a misspelt field", { ...example(), input: [] }, /^document: unknown field "input"/],
    ["another format", { ...example(), format: "x" }, /^format: must be "subsidy-scenario"/],
    ["version 2", { ...example(), version: 2 }, /^version: must be 1/],
    ["no addinVersion", { ...example(), addinVersion: undefined }, /^addinVersion: must be text/],
    [
      "a fractional revision",
      { ...example(), specRevision: 2.5 },
      /^specRevision: must be a whole/,
    ],
    ["inputs not a list", { ...example(), inputs: {} }, /^inputs: must be an array/],
    [
      "a profile's sectors not a list",
      { ...example(), profile: { ...example().profile, sectors: "AI" } },
      /^profile\.sectors: must be an array/,
    ],
    [
      "an unknown location",
      { ...example(), profile: { ...example().profile, location: "MARS" } },
      /^profile\.location must be one of/,
    ],
    [
      "a year as text",
      withInput({ clauseId: "HLJ-AI-04", param: "total_investment", year: "2026", value: 1 }),
      /^inputs\[0\]\.year: must be a whole number/,
    ],
    [
      "a clause not on the sheet",
      withInput({ clauseId: "HLJ-ROBOT-01", param: "rd_last_year", year: 2026, value: 1 }),
      /^inputs\[0\]\.clauseId: HLJ-ROBOT-01 has no input rows on this scenario/,
    ],
    [
      "an unknown parameter",
      withInput({ clauseId: "HLJ-AI-04", param: "investment", year: 2026, value: 1 }),
      /^inputs\[0\]\.param: HLJ-AI-04 has no input "investment" \(its inputs: total_investment/,
    ],
    [
      "a year outside the model",
      withInput({ clauseId: "HLJ-AI-04", param: "total_investment", year: 2029, value: 1 }),
      /^inputs\[0\]\.year: must be a model year, 2026 to 2028$/,
    ],
    [
      "the history year for an input without history",
      withInput({ clauseId: "HLJ-AI-04", param: "total_investment", year: 2025, value: 1 }),
      /^inputs\[0\]\.year: must be a model year/,
    ],
    [
      "an item on a scalar",
      withInput({
        clauseId: "HLJ-AI-04",
        param: "total_investment",
        year: 2026,
        item: 1,
        value: 1,
      }),
      /^inputs\[0\]\.item: total_investment is not a range/,
    ],
    [
      "a null value",
      withInput({ clauseId: "HLJ-AI-04", param: "total_investment", year: 2026, value: null }),
      /^inputs\[0\]\.value: must be a number, text or true\/false/,
    ],
    [
      "an unknown input field",
      withInput({ clauseId: "HLJ-AI-04", param: "total_investment", year: 2026, value: 1, x: 1 }),
      /^inputs\[0\]: unknown field "x"/,
    ],
    [
      "two inputs for one cell",
      {
        ...example(),
        inputs: [
          { clauseId: "HLJ-AI-04", param: "total_investment", year: 2026, value: 1 },
          { clauseId: "HLJ-AI-04", param: "total_investment", year: 2026, value: 2 },
        ],
      },
      /^inputs\[1\]: sets the same cell as inputs\[0\]/,
    ],
    [
      "an item key for a clause not ticked",
      { ...example(), itemKeys: [{ clauseId: "HLJ-ROBOT-01", value: "A" }] },
      /^itemKeys\[0\]\.clauseId: HLJ-ROBOT-01 has no award row/,
    ],
    [
      "an apply flag as text",
      { ...example(), apply: [{ document: "HLJ-AI", year: 2026, value: "yes" }] },
      /^apply\[0\]\.value: must be true or false/,
    ],
    [
      "an apply flag for a document not on the sheet",
      { ...example(), apply: [{ document: "BJ-ROBOT", year: 2026, value: true }] },
      /^apply\[0\]\.document: BJ-ROBOT is not on this scenario \(its documents: HLJ-ROBOT, HLJ-AI\)/,
    ],
    [
      "a bad defined name",
      { ...example(), names: { A1: "'Scenario'!$A$1" } },
      /^names\.A1: is not a valid defined name/,
    ],
  ];
  it.each(cases)("%s", (_, json, message) => {
    expect(() => parseScenarioDocument(json)).toThrow(message);
  });
});

describe("ranges, history and start years", () => {
  // HLJ-ROBOT-01 has a history column (last year's R&D); BJ-ROBOT-09's first-set sales are a range;
  // BJ-ROBOT-06b's loan has a start year.
  const profile = (location: string, clauses: string[], firstYear: number) => ({
    ...example().profile,
    location,
    sectors: ["ROBOTS"],
    clauses,
    firstYear,
    lastYear: firstYear + 2,
  });

  it("the year before the first fills the history column", () => {
    const doc = scenarioDocument(profile("HEILONGJIANG", ["HLJ-ROBOT-01"], 2026) as never, {
      inputs: [{ clauseId: "HLJ-ROBOT-01", param: "rd_last_year", year: 2025, value: 100_000_000 }],
    });
    const { scenario: s } = scenarioDocumentPlans(doc);
    const l = s.layout.inputs.find((i) => i.param === "rd_last_year")!;
    const cell = s.plan.cells.filter((c) => c.row === l.row && c.col === s.layout.historyCol).pop();
    expect(cell?.value).toBe(100_000_000);
  });

  it("a range parameter takes item 1 to 3, and needs one", () => {
    const p = profile("BEIJING", ["BJ-ROBOT-09"], 2023) as never;
    const s0 = scenarioDocumentPlans(scenarioDocument(p)).scenario;
    const range = s0.layout.inputs.find((i) => i.rows > 1)!;
    const input = (item?: number) => ({
      clauseId: "BJ-ROBOT-09",
      param: range.param,
      year: 2024,
      ...(item !== undefined ? { item } : {}),
      value: 500_000,
    });
    const { scenario: s } = scenarioDocumentPlans(scenarioDocument(p, { inputs: [input(2)] }));
    const cell = s.plan.cells
      .filter((c) => c.row === range.row + 1 && c.col === s.layout.firstYearCol + 1)
      .pop();
    expect(cell?.value).toBe(500_000);
    expect(() => scenarioDocument(p, { inputs: [input()] })).toThrow(
      new RegExp(`^inputs\\[0\\]\\.item: ${range.param} is a range: item must be 1 to 3`)
    );
    expect(() => scenarioDocument(p, { inputs: [input(4)] })).toThrow(/item must be 1 to 3/);
  });

  it("a loan's start year has one cell, addressed by the year before the first", () => {
    const p = profile("BEIJING", ["BJ-ROBOT-06b"], 2023) as never;
    const start = (year: number) => ({
      clauseId: "BJ-ROBOT-06b",
      param: "start_year",
      year,
      value: 2021,
    });
    const { scenario: s } = scenarioDocumentPlans(scenarioDocument(p, { inputs: [start(2022)] }));
    const l = s.layout.inputs.find((i) => i.param === "start_year")!;
    const cell = s.plan.cells.filter((c) => c.row === l.row && c.col === s.layout.historyCol).pop();
    expect(cell?.value).toBe(2021);
    expect(() => scenarioDocument(p, { inputs: [start(2023)] })).toThrow(
      /^inputs\[0\]\.year: start_year has one cell, the year before the first: 2022/
    );
  });
});
