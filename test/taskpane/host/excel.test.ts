/**
 * The Excel host against office-addin-mock: every property must be loaded and synced before it is
 * read (the mock throws otherwise), and "never overwrite" holds with Excel as the host.
 */
import { OfficeMockObject } from "office-addin-mock";
import { a1, parseA1 } from "../../../taskpane/host/address";
import { ExcelHost } from "../../../taskpane/host/excel";
import { insertBlock } from "../../../taskpane/insert/plan";

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

  it("reads values and formulas of a range", async () => {
    const { excel } = mockExcel({ B2: { value: 5 }, C2: { value: 10, formula: "=B2*2" } });
    (globalThis as any).Excel = excel;
    const read = await new ExcelHost().readRange({
      sheet: "Sheet1",
      row: 1,
      col: 1,
      rows: 1,
      cols: 2,
    });
    expect(read).toEqual({ values: [[5, 10]], formulas: [[5, "=B2*2"]] });
  });

  it("writes a block's formulas and number formats in one range, then selects it", async () => {
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
    expect(written.numberFormat).toEqual([
      ["General", "#,##0.00", "General"],
      ["General", "#,##0.00", "General"],
    ]);
  });

  it("never overwrites: a non-empty target is not written; the first empty block below is proposed", async () => {
    const { excel, ranges } = mockExcel({ B2: { value: "existing" }, B4: { formula: "=1" } });
    (globalThis as any).Excel = excel;
    const host = new ExcelHost();
    const block = {
      rows: 2,
      cols: 2,
      cellsAt: () => [
        [{ value: 1 }, { value: 2 }],
        [{ value: 3 }, { value: 4 }],
      ],
    };
    const plan = await insertBlock(host, await host.getActiveCell(), block);
    expect(plan).toEqual({
      kind: "occupied",
      at: { sheet: "Sheet1", row: 1, col: 1 },
      proposal: { sheet: "Sheet1", row: 4, col: 1 },
    });
    // Only reads happened: no range had its formulas assigned.
    for (const r of ranges)
      expect(r.range.formulas).not.toEqual([
        [1, 2],
        [3, 4],
      ]);
    const confirmed = await insertBlock(
      host,
      plan.kind === "occupied" ? plan.proposal! : plan.at,
      block
    );
    expect(confirmed.kind).toBe("free");
    expect(ranges[ranges.length - 1].address).toBe("Sheet1!B5:C6");
    expect(ranges[ranges.length - 1].range.formulas).toEqual([
      [1, 2],
      [3, 4],
    ]);
  });
});
