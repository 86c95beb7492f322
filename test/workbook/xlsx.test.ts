/**
 * The .xlsx writer (src/workbook/xlsx/write.ts): a small plan pair written, then read back twice — by
 * ExcelJS (cells, formats, styles, notes, widths, frozen rows) and as the raw XML a reader sees
 * (worksheet-scoped names, formulas without a cached value, full recalculation on load).
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import type { SheetPlan } from "../../src/workbook/plan";
import { writeXlsx } from "../../src/workbook/xlsx/write";

const scenario: SheetPlan = {
  sheetName: "Scenario",
  cells: [
    { row: 0, col: 0, value: "Title", style: "title" },
    { row: 1, col: 0, value: "Year", style: "header" },
    { row: 2, col: 0, value: 1_000_000, format: "#,##0.00", style: "input", note: "Typed." },
    { row: 2, col: 1, value: 0.3, format: "0.00%" },
    { row: 3, col: 0, formula: "=ROUND(s_cost*s_rate,2)", style: "total" },
    { row: 4, col: 0, value: "'=not a formula" },
    { row: 5, col: 0, value: true },
    { row: 6, col: 0, value: "old" },
    { row: 6, col: 0, value: "new" }, // the later write wins
  ],
  names: [
    { name: "s_cost", row: 2, col: 0, rows: 1, cols: 1 },
    { name: "s_rate", row: 2, col: 1, rows: 1, cols: 1 },
    { name: "s_both", row: 2, col: 0, rows: 1, cols: 2 },
  ],
  freezeRows: 2,
  columnWidths: [30, 12],
  legend: [],
  warnings: [],
};
const audit: SheetPlan = {
  sheetName: "Audit report",
  cells: [{ row: 0, col: 0, formula: "='Scenario'!s_cost+1" }],
  names: [{ name: "s_cost", row: 0, col: 0, rows: 1, cols: 1 }],
  freezeRows: 0,
  columnWidths: [],
  legend: [],
  warnings: [],
};

describe("writeXlsx", () => {
  let bytes: Uint8Array;
  let book: ExcelJS.Workbook;
  let zip: JSZip;
  beforeAll(async () => {
    bytes = await writeXlsx([scenario, audit]);
    book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(bytes) as never);
    zip = await JSZip.loadAsync(bytes);
  });
  const xml = (path: string) => zip.file(path)!.async("string");

  it("is a zip (an .xlsx starts with PK) with the sheets in order", () => {
    expect(String.fromCharCode(bytes[0], bytes[1])).toBe("PK");
    expect(book.worksheets.map((w) => w.name)).toEqual(["Scenario", "Audit report"]);
  });

  it("writes values, formulas (no leading =), formats and the later of two writes", () => {
    const ws = book.getWorksheet("Scenario")!;
    expect(ws.getCell("A3").value).toBe(1_000_000);
    expect(ws.getCell("A3").numFmt).toBe("#,##0.00");
    expect(ws.getCell("B3").numFmt).toBe("0.00%");
    expect(ws.getCell("A4").value).toEqual({ formula: "ROUND(s_cost*s_rate,2)" });
    expect(ws.getCell("A5").value).toBe("=not a formula"); // the plan's text marker is not written
    expect(ws.getCell("A6").value).toBe(true);
    expect(ws.getCell("A7").value).toBe("new");
  });

  it("writes the styles, a note, the column widths and the frozen header rows", () => {
    const ws = book.getWorksheet("Scenario")!;
    expect(ws.getCell("A1").font).toMatchObject({
      bold: true,
      size: 14,
      color: { argb: "FF0F548C" },
    });
    expect(ws.getCell("A2").fill).toMatchObject({
      pattern: "solid",
      fgColor: { argb: "FFE6EDF5" },
    });
    expect(ws.getCell("A4").border?.top).toMatchObject({ style: "thin" });
    expect(ws.getCell("A3").note).toBe("Typed.");
    expect([ws.getColumn(1).width, ws.getColumn(2).width]).toEqual([30, 12]);
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 2 });
  });

  it("scopes each sheet's names to it (the same name on two sheets)", async () => {
    const workbook = await xml("xl/workbook.xml");
    const names = [
      ...workbook.matchAll(/<definedName name="([^"]+)" localSheetId="(\d)">([^<]+)</g),
    ];
    expect(names.map((m) => [m[1], m[2], m[3].replace(/&apos;/g, "'")])).toEqual([
      ["s_cost", "0", "'Scenario'!$A$3"],
      ["s_rate", "0", "'Scenario'!$B$3"],
      ["s_both", "0", "'Scenario'!$A$3:$B$3"],
      ["s_cost", "1", "'Audit report'!$A$1"],
    ]);
  });

  it("leaves formulas without a cached value and asks for a full recalculation on load", async () => {
    const sheet1 = await xml("xl/worksheets/sheet1.xml");
    const cell = /<c r="A4"[^>]*>(.*?)<\/c>/.exec(sheet1)![1];
    expect(cell).toBe("<f>ROUND(s_cost*s_rate,2)</f>");
    expect(await xml("xl/workbook.xml")).toMatch(/<calcPr [^>]*fullCalcOnLoad="1"/);
  });
});
