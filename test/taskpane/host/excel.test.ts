/**
 * The Excel host against office-addin-mock: every property must be loaded and synced before it is
 * read (the mock throws otherwise). Insert's planning against a stateful Excel is excel-insert.test.ts.
 */
import { OfficeMockObject } from "office-addin-mock";
import { ref as a1 } from "../../../src/format/a1";
import { parseA1 } from "../../../taskpane/host/address";
import { ExcelHost } from "../../../taskpane/host/excel";

type Grid = Record<string, { value?: unknown; formula?: string }>;

/** A mock Excel whose ranges read from `grid`; every range handed out is kept with its address, so writes can be inspected. */
function mockExcel(grid: Grid, selected = "Sheet1!B2:C4") {
  const ranges: { address: string; range: any }[] = [];
  let n = 0;
  const rangeData = (sheet: string, address: string) => {
    const [from, to = from] = address.split(":");
    const a = parseA1(from);
    const b = parseA1(to);
    const rows = Array.from({ length: b.row - a.row + 1 }, (_, r) =>
      Array.from({ length: b.col - a.col + 1 }, (_, c) => grid[a1(a.row + r, a.col + c)])
    );
    return {
      address: `${sheet}!${address}`,
      values: rows.map((line) => line.map((x) => x?.value ?? "")),
      formulas: rows.map((line) => line.map((x) => x?.formula ?? x?.value ?? "")),
      numberFormat: rows.map((line) => line.map(() => "General")),
      format: { autofitColumns: function () {} },
      select: function () {},
    };
  };
  const data = {
    context: {
      workbook: {
        selection: {
          cell: { address: selected.split(":")[0] },
          getCell: function () {
            return (this as any).cell;
          },
        },
        getSelectedRange: function () {
          return (this as any).selection;
        },
        worksheets: {
          getItem: function (sheet: string) {
            const self = this as any;
            const key = `sheet_${sheet}`;
            if (!self[key]) {
              self.addMock(key);
              self[key].populate({
                getRange: function (address: string) {
                  const me = this as any;
                  const k = `range${n++}`;
                  me.addMock(k);
                  me[k].populate(rangeData(sheet, address));
                  ranges.push({ address: `${sheet}!${address}`, range: me[k] });
                  return me[k];
                },
              });
            }
            return self[key];
          },
        },
      },
    },
    run: async function (callback: (context: unknown) => Promise<unknown>) {
      return callback((this as any).context);
    },
  };
  return { excel: new OfficeMockObject(data) as any, ranges };
}

afterEach(() => delete (globalThis as any).Excel);

describe("ExcelHost", () => {
  it("reads the active cell (the selection's first cell) after load and sync", async () => {
    const { excel } = mockExcel({});
    (globalThis as any).Excel = excel;
    expect(await new ExcelHost().getActiveCell()).toEqual({ sheet: "Sheet1", row: 1, col: 1 });
  });

  it('inspects a range after load and sync: a value, a formula (even one showing "") blocks; an empty cell is free', async () => {
    const { excel } = mockExcel({
      B2: { value: 5 },
      C2: { value: "", formula: '=""' },
      B3: { value: 0 },
    });
    (globalThis as any).Excel = excel;
    const inspection = await new ExcelHost().inspectRange({
      sheet: "Sheet1",
      row: 1,
      col: 1,
      rows: 2,
      cols: 2,
    });
    expect(inspection.cells).toEqual([
      [
        { by: "content", lastRow: 1 },
        { by: "content", lastRow: 1 },
      ],
      [{ by: "content", lastRow: 2 }, null],
    ]);
    // Without office.js's requirement check (no Office here) neither API is assumed.
    expect(inspection.unchecked.sort()).toEqual(["merge", "spill"]);
  });

  it("writes a block's contents in one range and number formats only where the block sets one, then selects it", async () => {
    const { excel, ranges } = mockExcel({});
    (globalThis as any).Excel = excel;
    await new ExcelHost().writeBlock({ sheet: "Sheet1", row: 1, col: 3 }, [
      [
        { value: "rd_last_year" },
        { value: 8_000_000, numberFormat: "#,##0.00" },
        { value: "yuan" },
      ],
      [
        { value: "Award" },
        { formula: "=SUBSIDY.HLJ_RD_SUBSIDY(E2)", numberFormat: "#,##0.00" },
        {},
      ],
    ]);
    const { address, range: written } = ranges[ranges.length - 1];
    expect(address).toBe("Sheet1!D2:F3");
    expect(written.formulas).toEqual([
      ["rd_last_year", 8_000_000, "yuan"],
      ["Award", "=SUBSIDY.HLJ_RD_SUBSIDY(E2)", ""],
    ]);
    // No format was assigned to the block's range (the mock answers a property neither set nor loaded
    // with an error text): its label and unit cells keep the formats they had.
    expect(written.numberFormat).toBe("Error, property was not loaded");
    // One run down column E, set before the contents.
    const formatted = ranges.filter((r) => r.address !== "Sheet1!D2:F3");
    expect(formatted.map((r) => r.address)).toEqual(["Sheet1!E2:E3"]);
    expect(formatted[0].range.numberFormat).toEqual([["#,##0.00"], ["#,##0.00"]]);
  });
});
