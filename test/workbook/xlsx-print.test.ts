/**
 * The .xlsx writer's print settings and charts (issue 15): the scenario and audit plans' page setup read
 * back with ExcelJS (landscape, fit to one page wide, print titles), the worksheet-scoped names still
 * there beside the print titles, and no chart in the file (ExcelJS writes none).
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { generateAudit, generateScenario } from "../../src/workbook";
import { writeXlsx } from "../../src/workbook/xlsx/write";
import { HARBIN } from "./fixtures";

describe("writeXlsx: print settings, no chart", () => {
  const scenario = generateScenario(HARBIN);
  const audit = generateAudit(scenario).plan;
  const bare = { ...scenario.plan, sheetName: "Bare", print: undefined, names: [] };
  let book: ExcelJS.Workbook;
  let zip: JSZip;
  beforeAll(async () => {
    const bytes = await writeXlsx([scenario.plan, audit, bare]);
    book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(bytes) as never);
    zip = await JSZip.loadAsync(bytes);
  });

  it("the scenario prints landscape, one page wide, rows 1–2 (title, column headers) atop every page", () => {
    expect(book.getWorksheet("Scenario")!.pageSetup).toMatchObject({
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: "1:2",
    });
  });

  it("the audit: landscape, one page wide, rows 1–3 (title, subtitle, the build) atop every page", () => {
    expect(book.getWorksheet("Audit")!.pageSetup).toMatchObject({
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: "1:3",
    });
  });

  it("a plan without print settings keeps the defaults (portrait, no fitting, no titles)", () => {
    const setup = book.getWorksheet("Bare")!.pageSetup;
    expect(setup.orientation).toBe("portrait");
    expect(setup.fitToPage).toBeFalsy();
    expect(setup.printTitlesRow).toBeUndefined();
  });

  it("the print titles sit beside the sheet's scoped names, each scoped to its sheet", async () => {
    const workbookXml = await zip.file("xl/workbook.xml")!.async("string");
    expect(workbookXml).toContain(
      `<definedName name="_xlnm.Print_Titles" localSheetId="0">&apos;Scenario&apos;!$1:$2</definedName>`
    );
    expect(workbookXml).toContain(
      `<definedName name="_xlnm.Print_Titles" localSheetId="1">&apos;Audit&apos;!$1:$3</definedName>`
    );
    expect(workbookXml).toMatch(/<definedName name="s_total" localSheetId="0">/);
  });

  it("writes no chart: the plan's chart is Excel's and the preview's only", async () => {
    expect(scenario.plan.charts).toHaveLength(1);
    // Chart parts and the DrawingML drawings that would anchor them (the VML drawings hold the notes).
    const parts = Object.keys(zip.files);
    expect(parts.filter((f) => /^xl\/(charts\/|drawings\/drawing\d+\.xml)/.test(f))).toEqual([]);
    expect(parts.some((f) => f.endsWith(".vml"))).toBe(true);
  });
});
