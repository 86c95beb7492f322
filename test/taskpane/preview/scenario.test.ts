/**
 * The Harbin robot scenario (Heilongjiang, robots, 2026–2028; test/scenario/fixtures.ts) written into
 * the preview workbook as the pane writes it, its blank inputs typed in as a user would, then evaluated
 * by the preview's formula engine (fast-formula-parser + calculate). Every cell of the scenario sheet
 * and of its audit report must match HyperFormula (the test oracle) on the same plan, and the yearly
 * totals must be the hand-computed ones of test/scenario/harbin.test.ts.
 */
import type { HyperFormula } from "hyperformula";
import { generateAudit } from "../../../src/workbook/audit/sheet";
import { planToGrid } from "../../../src/workbook/plan";
import { generateScenario } from "../../../src/workbook/scenario/sheet";
import { type Computed, MemoryWorkbook } from "../../../taskpane/host/memory";
import { createEvaluator } from "../../../taskpane/preview/formulas";
import { type Grid, HARBIN, harbin, hfAddSheet, hfScenario } from "../../workbook/fixtures";

/** What the fixture fills in: every cell where its grid differs from the bare plan, as a user types it. */
function userEntries(sheetName: string): { row: number; col: number; text: string }[] {
  const bare = planToGrid(generateScenario(HARBIN, { sheetName }).plan);
  const { grid } = harbin();
  const out: { row: number; col: number; text: string }[] = [];
  grid.forEach((line, row) =>
    line.forEach((v, col) => {
      if (v === (bare[row]?.[col] ?? null)) return;
      // Rates as a person types them (2%), amounts with separators (150,000,000), keys as text.
      const text =
        typeof v === "number"
          ? v < 1 && v > 0
            ? `${Math.round(v * 10000) / 100}%`
            : v.toLocaleString("en-US")
          : String(v);
      out.push({ row, col, text });
    })
  );
  return out;
}

/** A HyperFormula value in the preview's terms. */
function hfComputed(v: unknown): { value: unknown } | { error: string } {
  if (v !== null && typeof v === "object" && "type" in v) {
    const type = (v as { type: string }).type;
    const codes: Record<string, string> = { NA: "#N/A", DIV_BY_ZERO: "#DIV/0!" };
    return { error: codes[type] ?? `#${type}!` };
  }
  return { value: v ?? null };
}

function previewComputed(c: Computed): { value: unknown } | { error: string } {
  if (c.kind === "error") return { error: c.code };
  if (c.kind === "pending") return { error: "pending" };
  return { value: c.value };
}

function expectSameValues(
  wb: MemoryWorkbook,
  hf: HyperFormula,
  sheetName: string,
  rows: number,
  cols: number
) {
  const sheet = hf.getSheetId(sheetName)!;
  const mismatches: string[] = [];
  let compared = 0;
  for (let row = 0; row < rows; row++)
    for (let col = 0; col < cols; col++) {
      const expected = hfComputed(hf.getCellValue({ sheet, row, col }));
      const actual = previewComputed(wb.value(row, col, sheetName));
      compared++;
      const same =
        "value" in expected && "value" in actual
          ? typeof expected.value === "number" && typeof actual.value === "number"
            ? Math.abs(expected.value - actual.value) <=
              1e-6 * Math.max(1, Math.abs(expected.value))
            : expected.value === actual.value
          : JSON.stringify(expected) === JSON.stringify(actual);
      if (!same)
        mismatches.push(
          `${sheetName}!R${row + 1}C${col + 1}: ${JSON.stringify(actual)} ≠ ${JSON.stringify(expected)}`
        );
    }
  expect(mismatches).toEqual([]);
  return compared;
}

describe("the Harbin scenario in the preview workbook", () => {
  const wb = new MemoryWorkbook();
  wb.setEvaluator(createEvaluator());
  let name: string;
  let auditName: string;
  let s: ReturnType<typeof generateScenario>;

  beforeAll(async () => {
    // The user already has a sheet called "Scenario": the pane must not touch it.
    await wb.writeBlock({ sheet: "Sheet1", row: 0, col: 0 }, [[{ value: "mine" }]]);
    wb.activateSheet(await wb.addWorksheet("Scenario"));
    wb.enter(0, 0, "my own scenario");
    name = await wb.addWorksheet("Scenario");
    s = generateScenario(HARBIN, { sheetName: name });
    await wb.writePlan(name, s.plan);
    await wb.activateWorksheet(name);
    for (const e of userEntries(name)) {
      wb.setActiveCell(e.row, e.col);
      wb.enter(e.row, e.col, e.text);
    }
    auditName = await wb.addWorksheet("Audit");
    await wb.writePlan(auditName, generateAudit(s).plan);
  });

  it("gets its own sheets, and existing ones keep their contents", () => {
    expect(name).toBe("Scenario (2)");
    expect(auditName).toBe("Audit");
    expect(wb.sheetNames()).toEqual(["Sheet1", "Scenario", "Scenario (2)", "Audit"]);
    expect(wb.content(0, 0, "Sheet1")).toEqual({ value: "mine" });
    expect(wb.content(0, 0, "Scenario")).toEqual({ value: "my own scenario" });
    expect(wb.extent("Scenario")).toEqual({ rows: 1, cols: 1 });
  });

  it("the yearly totals are the hand-computed ones: 12,120,000 / 8,500,000 / 1,000,000 (21,620,000 in all)", () => {
    const year = (row: number) =>
      s.layout.years.map((_, k) => wb.value(row, s.layout.firstYearCol + k, name));
    expect(year(s.layout.stackRow)).toEqual([
      { kind: "value", value: 12_120_000 },
      { kind: "value", value: 8_500_000 },
      { kind: "value", value: 1_000_000 },
    ]);
    expect(wb.value(s.layout.totalRow, s.layout.firstYearCol, name)).toEqual({
      kind: "value",
      value: 21_620_000,
    });
    // The counted amounts are STACK_ROWS's spill: the AI R&D row is dropped every year.
    const aiRd = s.layout.awards.find((a) => a.clauseId === "HLJ-AI-03")!;
    expect(year(aiRd.countedRow).map((c) => (c.kind === "value" ? c.value : c))).toEqual([0, 0, 0]);
    expect(wb.spillAt(s.layout.countedStartRow, s.layout.firstYearCol, name)).toEqual({
      rows: s.layout.awards.length,
      cols: 1,
    });
  });

  it("every cell of the scenario sheet and of the audit report equals HyperFormula's value", () => {
    const { grid } = harbin();
    const hf = hfScenario(
      s,
      planToGrid(s.plan).map((line, r) => line.map((v, c) => grid[r]?.[c] ?? v)) as Grid
    );
    hfAddSheet(hf, s, generateAudit(s).plan);
    const scenario = wb.extent(name);
    const audit = wb.extent(auditName);
    const hfAudit = hf.getSheetDimensions(hf.getSheetId(auditName)!);
    expect(expectSameValues(wb, hf, name, scenario.rows, scenario.cols)).toBeGreaterThan(500);
    expect(
      expectSameValues(
        wb,
        hf,
        auditName,
        Math.max(audit.rows, hfAudit.height),
        Math.max(audit.cols, hfAudit.width)
      )
    ).toBeGreaterThan(1000);
    hf.destroy();
  });

  it("the audit report's stacked total and binding caps read the scenario sheet", () => {
    const a = generateAudit(s).layout;
    expect([3, 4, 5].map((c) => wb.value(a.stackRow, c, auditName))).toEqual([
      { kind: "value", value: 12_120_000 },
      { kind: "value", value: 8_500_000 },
      { kind: "value", value: 1_000_000 },
    ]);
    expect(wb.value(a.bindingRow["HLJ-ROBOT-01"], 4, auditName)).toEqual({
      kind: "value",
      value: "Cumulative cap (room left): 4,500,000 left [binding]",
    });
  });

  it("stays live: a changed input in the scenario sheet moves the totals and the audit", () => {
    const launch = s.layout.inputs.find((i) => i.clauseId === "HLJ-ROBOT-11")!;
    wb.enter(launch.row, s.layout.firstYearCol + 2, "200,000"); // 2028 launch event: 200,000 × 30% = 60,000
    expect(wb.value(s.layout.stackRow, s.layout.firstYearCol + 2, name)).toEqual({
      kind: "value",
      value: 1_060_000,
    });
    expect(wb.value(generateAudit(s).layout.stackRow, 5, auditName)).toEqual({
      kind: "value",
      value: 1_060_000,
    });
    wb.enter(launch.row, s.layout.firstYearCol + 2, "0");
  });

  it("item keys compare regardless of case, as in Excel: keys A and a are one data-voucher item", () => {
    const voucher = s.layout.awards.find((a) => a.clauseId === "HLJ-AI-06c")!;
    wb.enter(voucher.row, s.layout.historyCol, "a");
    // harbin.test.ts: neither shrinks the other's room (B: 500,000, 400,000, 200,000), and only the
    // larger counts: max(600,000, 500,000); max(300,000, 400,000); max(1,000,000, 200,000)
    expect(
      s.layout.years.map((_, k) => wb.value(voucher.row, s.layout.firstYearCol + k, name))
    ).toEqual([500_000, 400_000, 200_000].map((value) => ({ kind: "value", value })));
    expect(
      s.layout.years.map((_, k) => wb.value(s.layout.stackRow, s.layout.firstYearCol + k, name))
    ).toEqual([
      { kind: "value", value: 11_720_000 },
      { kind: "value", value: 8_200_000 },
      { kind: "value", value: 1_000_000 },
    ]);
  });
});
