/**
 * "Download .xlsx" reads the preview workbook as sheet plans (taskpane/components/PreviewWorkbook/
 * workbookPlans.ts): a generated scenario sheet comes back as the plan it was written from — cells,
 * formats, styles, notes, names, frozen rows, widths — with what the user typed since; a text the preview
 * shows with a leading apostrophe (its formula bar keeps one as typed) reaches the file as shown.
 */
import ExcelJS from "exceljs";
import { generateScenario, writeXlsx } from "../../../src";
import { MemoryWorkbook } from "../../../taskpane/host/memory";
import { workbookPlans } from "../../../taskpane/components/PreviewWorkbook/workbookPlans";
import { planCells } from "../../../taskpane/host/plan";
import { HARBIN } from "../../workbook/fixtures";

describe("workbookPlans", () => {
  it("gives back a written scenario plan, plus what was typed", async () => {
    const s = generateScenario(HARBIN, { formulas: "native" });
    const workbook = new MemoryWorkbook();
    const sheet = await workbook.addWorksheet(s.plan.sheetName);
    await workbook.writePlan(sheet, s.plan);
    workbook.activateSheet("Sheet1");
    workbook.enter(0, 0, "'=x"); // the preview keeps the apostrophe: the cell shows '=x

    const [first, scenario] = await workbookPlans(workbook);
    // A plan marks text with one leading apostrophe, so the shown one is doubled.
    expect(first.cells).toEqual([{ row: 0, col: 0, value: "''=x" }]);
    expect(scenario.sheetName).toBe(s.plan.sheetName);
    expect(scenario.freezeRows).toBe(s.plan.freezeRows);
    expect(scenario.columnWidths).toEqual(s.plan.columnWidths);
    // Names compare regardless of case (as in Excel); the preview keeps them upper-case.
    expect(scenario.names).toEqual(
      s.plan.names!.map((n) => ({ ...n, name: n.name.toUpperCase() }))
    );
    const byAddress = (cells: typeof scenario.cells) =>
      Object.fromEntries(cells.map((c) => [`${c.row},${c.col}`, c]));
    const expected = byAddress(
      planCells(s.plan)
        .map(({ format, ...c }) => ({
          ...c,
          ...(format && format !== "General" ? { format } : {}),
        }))
        .filter((c) => Object.keys(c).length > 2)
    );
    expect(byAddress(scenario.cells)).toEqual(expected);

    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(await writeXlsx([first])) as never);
    expect(book.getWorksheet("Sheet1")!.getCell("A1").value).toBe("'=x");
  });
});
