/**
 * @jest-environment jsdom
 */
/**
 * The preview workbook's memory (taskpane/host/memory/persist.ts and MemoryWorkbook's scenario methods):
 * saveScenario marks the sheet and keeps the document, listScenarios finds it again under a new sheet
 * name; "Save in this browser" then a new workbook restoring from localStorage gives back every sheet's
 * cells (formulas, typed values, formats, styles, notes), layout, names, the active sheet and the stored
 * scenario, and computes the same values; a saved state that does not read restores nothing.
 */
import { generateScenario, scenarioDocument } from "../../../src";
import { MemoryWorkbook } from "../../../taskpane/host/memory";
import { PREVIEW_STORAGE_KEY } from "../../../taskpane/host/memory/persist";
import { createEvaluator } from "../../../taskpane/preview/formulas";

const profile = {
  company: "Harbin Robotics Co.",
  location: "HEILONGJIANG" as const,
  sectors: ["ROBOTS" as const],
  firstYear: 2026,
  lastYear: 2027,
  locale: "en" as const,
  clauses: ["HLJ-ROBOT-04"],
};

function workbook() {
  const wb = new MemoryWorkbook();
  wb.setEvaluator(createEvaluator());
  return wb;
}

async function scenarioWorkbook() {
  const wb = workbook();
  const sheet = await wb.addWorksheet("Scenario");
  const scenario = generateScenario(profile, { sheetName: sheet });
  await wb.writePlan(sheet, scenario.plan);
  const row = scenario.layout.inputs.find((l) => l.param === "total_investment")!.row;
  wb.activateSheet(sheet);
  wb.enter(row, scenario.layout.firstYearCol, "20,000,000");
  const id = await wb.saveScenario(sheet, scenarioDocument(profile), "addin");
  return { wb, sheet, scenario, row, id };
}

beforeEach(() => localStorage.clear());

describe("scenarios the preview workbook remembers", () => {
  it("lists the marked sheet with its document and formulas", async () => {
    const { wb, id } = await scenarioWorkbook();
    expect(await wb.listScenarios()).toEqual([
      {
        sheet: "Scenario",
        id,
        formulas: "addin",
        document: scenarioDocument(profile),
        storedIn: "memory",
      },
    ]);
  });
});

describe("Save in this browser", () => {
  it("round trip: cells, values, layout, names, active sheet and stored scenarios", async () => {
    const { wb, sheet, scenario, row, id } = await scenarioWorkbook();
    // 20,000,000 × 0.30 = 6,000,000 (under the 10,000,000 cap): HLJ-ROBOT-04's 2026 award.
    const award = scenario.layout.awards[0].row;
    const col = scenario.layout.firstYearCol;
    expect(wb.value(award, col, sheet)).toEqual({ kind: "value", value: 6_000_000 });
    wb.saveInBrowser();
    expect(localStorage.getItem(PREVIEW_STORAGE_KEY)).toContain('"version":1');

    const back = workbook();
    expect(back.restoreFromBrowser()).toBe(true);
    expect(back.sheetNames()).toEqual(["Sheet1", "Scenario"]);
    expect(back.activeSheet()).toBe("Scenario");
    expect(back.content(row, col, sheet)).toEqual(wb.content(row, col, sheet));
    expect(back.content(row, col, sheet)?.value).toBe(20_000_000);
    expect(back.content(0, 0, sheet)).toEqual(wb.content(0, 0, sheet));
    expect(back.content(award, col, sheet)?.formula).toBe(wb.content(award, col, sheet)?.formula);
    expect(back.layout(sheet)).toEqual(wb.layout(sheet));
    expect((await back.readSheet(sheet)).names).toEqual((await wb.readSheet(sheet)).names);
    expect(back.value(award, col, sheet)).toEqual({ kind: "value", value: 6_000_000 });
    expect(await back.listScenarios()).toEqual(await wb.listScenarios());
    expect((await back.listScenarios())[0].id).toBe(id);
  });

  it("nothing saved, or a state that does not read: nothing restored, the workbook unchanged", async () => {
    const wb = workbook();
    expect(wb.restoreFromBrowser()).toBe(false);
    localStorage.setItem(PREVIEW_STORAGE_KEY, JSON.stringify({ version: 99, sheets: [] }));
    const warn = jest.spyOn(console, "warn").mockImplementation(() => undefined);
    expect(wb.restoreFromBrowser()).toBe(false);
    localStorage.setItem(PREVIEW_STORAGE_KEY, "{not json");
    expect(wb.restoreFromBrowser()).toBe(false);
    expect(warn).toHaveBeenCalledTimes(2);
    warn.mockRestore();
    expect(wb.sheetNames()).toEqual(["Sheet1"]);
  });
});
