/**
 * ExcelHost.readSheet against office-addin-mock: the used range's formulas, values and number formats, the
 * column widths back in characters, the frozen rows, the worksheet-scoped names over this sheet's cells and
 * (ExcelApi 1.12) the spills of formula cells; every property read is loaded and synced first (the mock
 * returns an error string for one read before load + sync), and nothing is written.
 */
import { OfficeMockObject } from "office-addin-mock";
import { ExcelHost } from "../../../taskpane/host/excel";
import { widthPoints } from "../../../taskpane/host/plan";

const USED = {
  rowIndex: 1,
  columnIndex: 1,
  rowCount: 3,
  columnCount: 2,
  formulas: [
    ["Investment", '=SUBSIDY.EACH("HZ_SCENARIO_AWARD",B3:B4)'],
    [1_000_000, ""],
    [6_000_000, ""],
  ],
  values: [
    ["Investment", 500_000],
    [1_000_000, 2_000_000],
    [6_000_000, ""],
  ],
  numberFormat: [
    ["General", "#,##0.00"],
    ["#,##0", "#,##0.00"],
    ["#,##0", "#,##0.00"],
  ],
};

interface Recorded {
  writes: string[];
  spillAsked: string[];
}

/** Marks a range mock as a null object or not, as Excel reports after sync (no load needed). */
function nullable(mock: any, isNull: boolean) {
  Object.defineProperty(mock, "isNullObject", { value: isNull });
  return mock;
}

function mockExcel(spillApi: boolean) {
  const rec: Recorded = { writes: [], spillAsked: [] };
  let n = 0;
  let ws: any;
  const child = (data: object, isNull = false) => {
    const k = `m${n++}`;
    ws.addMock(k);
    ws[k].populate(data);
    return nullable(ws[k], isNull);
  };
  const data = {
    context: {
      workbook: {
        worksheets: {
          getItem: function (name: string) {
            expect(name).toBe("Model");
            return ws;
          },
        },
      },
      sync: async function () {
        return OfficeMockObject.prototype.sync.call(this);
      },
    },
    run: async function (callback: (context: unknown) => Promise<unknown>) {
      return callback((this as any).context);
    },
  };
  const excel = new OfficeMockObject(data) as any;
  const worksheets = excel.context.workbook.worksheets;
  worksheets.addMock("model");
  ws = worksheets.model;
  ws.populate({
    name: "Model",
    getUsedRangeOrNullObject: () => {
      const used = child(USED);
      used.getCell = (i: number, j: number) => ({
        getSpillingToRangeOrNullObject: () => {
          rec.spillAsked.push(`${i},${j}`);
          // B2 (the EACH anchor) spills over B2:B4.
          return i === 0 && j === 1
            ? child({ rowIndex: 1, columnIndex: 1, rowCount: 3, columnCount: 1 })
            : child({ rowIndex: 0, columnIndex: 0, rowCount: 0, columnCount: 0 }, true);
        },
      });
      return used;
    },
    getRange: (address: string) => {
      const widths: Record<string, number> = {
        "A:A": widthPoints(10),
        "B:B": widthPoints(24),
        "C:C": widthPoints(16),
      };
      if (!(address in widths)) throw new Error(`unexpected range ${address}`);
      const column = child({ format: { columnWidth: widths[address] } });
      for (const p of ["formulas", "values", "numberFormat"])
        Object.defineProperty(column, p, {
          set: () => {
            rec.writes.push(p);
          },
        });
      return column;
    },
    freezePanes: {
      getLocationOrNullObject: () => child({ rowIndex: 0, rowCount: 2 }),
    },
    names: {
      load: function (props: string) {
        expect(props).toBe("items/name,items/type");
        const self = this as any;
        self.setValue("items", [
          {
            name: "invest",
            type: "Range",
            getRangeOrNullObject: () =>
              child({
                address: "Model!B3:B4",
                rowIndex: 2,
                columnIndex: 1,
                rowCount: 2,
                columnCount: 1,
              }),
          },
          {
            name: "elsewhere",
            type: "Range",
            getRangeOrNullObject: () =>
              child({
                address: "'Other'!A1",
                rowIndex: 0,
                columnIndex: 0,
                rowCount: 1,
                columnCount: 1,
              }),
          },
          {
            name: "rate",
            type: "Double",
            getRangeOrNullObject: () => {
              throw new Error("a constant name has no range");
            },
          },
        ]);
        return OfficeMockObject.prototype.load.call(self, "items");
      },
    },
  });
  (globalThis as any).Excel = excel;
  (globalThis as any).Office = {
    context: {
      requirements: {
        isSetSupported: (set: string, v: string) =>
          set === "ExcelApi" && (spillApi || v !== "1.12"),
      },
    },
  };
  return rec;
}

afterEach(() => {
  delete (globalThis as any).Excel;
  delete (globalThis as any).Office;
});

describe("ExcelHost.readSheet", () => {
  it("reads the used range, widths, frozen rows, this sheet's names and the spills, writing nothing", async () => {
    const rec = mockExcel(true);
    const snap = await new ExcelHost().readSheet("Model");
    expect(snap).toEqual({
      name: "Model",
      row: 1,
      col: 1,
      formulas: USED.formulas,
      values: USED.values,
      numberFormats: USED.numberFormat,
      // Columns A to C (the used range ends in C), back in characters.
      columnWidths: [10, 24, 16],
      spills: [{ row: 1, col: 1, rows: 3, cols: 1 }],
      spillsChecked: true,
      names: [{ name: "invest", row: 2, col: 1, rows: 2, cols: 1 }],
      freezeRows: 2,
    });
    // Only the one formula cell was asked for its spill.
    expect(rec.spillAsked).toEqual(["0,1"]);
    expect(rec.writes).toEqual([]);
  });

  it("without ExcelApi 1.12 spills are not read, and the snapshot says so", async () => {
    const rec = mockExcel(false);
    const snap = await new ExcelHost().readSheet("Model");
    expect(snap.spillsChecked).toBe(false);
    expect(snap.spills).toEqual([]);
    expect(rec.spillAsked).toEqual([]);
  });
});
