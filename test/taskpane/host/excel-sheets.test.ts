/**
 * The Excel host's sheet methods against office-addin-mock: a new sheet gets a name no sheet has, a
 * plan is written into that sheet only (values, formulas, number formats, styles, notes, column widths,
 * frozen rows), and every property read is loaded and synced first (the mock returns an error string
 * for a property read before load + sync).
 */
import { OfficeMockObject } from "office-addin-mock";
import { ExcelHost } from "../../../taskpane/host/excel";
import { SheetWriteError } from "../../../taskpane/host/sheet-write-error";
import { STYLE_FORMATS, widthPoints } from "../../../taskpane/host/plan";
import type { SheetPlan } from "../../../src/workbook/plan";

interface SheetRecord {
  name: string;
  ranges: { address: string; range: any }[];
  /** Defined names added on the sheet, with the address of the range each refers to, and when. */
  names: { name: string; address: string; beforeFormulas: boolean }[];
  /** The ranges handed to names.add (not formatted or written). */
  namedRanges: unknown[];
  frozenRows?: number;
  activated: number;
}

/**
 * A workbook mock: its sheets (by name), what each range handed out received, and the active sheet.
 * `failSync` makes the n-th sync (1-based) reject, as a dropped connection or a refused request does.
 */
function mockWorkbook(names: string[], active = names[0], failSync?: (n: number) => boolean) {
  const sheets = new Map<string, SheetRecord>();
  const syncs: string[] = [];
  let n = 0;
  const workbook: any = {};

  function sheetMock(parent: any, key: string, record: SheetRecord) {
    parent.addMock(key);
    const ws = parent[key];
    ws.populate({
      name: record.name,
      getRange: function (address: string) {
        const k = `range${n++}`;
        ws.addMock(k);
        ws[k].populate({
          address: `${record.name}!${address}`,
          format: {
            font: {},
            fill: {},
            columnWidth: 0,
            borders: {
              getItem: function (edge: string) {
                const b = this as any;
                if (!b[edge]) b.addMock(edge);
                return b[edge];
              },
            },
          },
          dataValidation: {},
        });
        record.ranges.push({ address, range: ws[k] });
        return ws[k];
      },
      freezePanes: {
        freezeRows: function (count: number) {
          record.frozenRows = count;
        },
      },
      names: {
        add: function (name: string, range: any) {
          record.namedRanges.push(range);
          record.names.push({
            name,
            address: `${record.name}!${record.ranges.find((r) => r.range === range)!.address}`,
            beforeFormulas: record.ranges.every((r) => r.range.formulas === undefined),
          });
        },
      },
      delete: function () {
        sheets.delete(record.name);
      },
      activate: function () {
        record.activated += 1;
        active = record.name;
      },
    });
    return ws;
  }

  const data = {
    context: {
      workbook: {
        worksheets: {
          items: names.map((name) => ({ name })),
          // As Office.js's collection load, checked: the host asks for the sheets' names only.
          load: function (props: string) {
            expect(props).toBe("items/name");
            const self = this as any;
            self.setValue(
              "items",
              [...sheets.keys()].map((name) => ({ name }))
            );
            return OfficeMockObject.prototype.load.call(self, "items");
          },
          add: function (name: string) {
            const self = this as any;
            if ([...sheets.keys()].some((s) => s.toUpperCase() === name.toUpperCase()))
              throw new Error(`A sheet named ${name} exists`);
            const record: SheetRecord = {
              name,
              ranges: [],
              names: [],
              namedRanges: [],
              activated: 0,
            };
            sheets.set(name, record);
            return sheetMock(self, `sheet_${sheets.size}`, record);
          },
          getItem: function (name: string) {
            const self = this as any;
            const record = sheets.get(name);
            if (!record) throw new Error(`ItemNotFound: ${name}`);
            const key = `item_${name.replace(/\W/g, "_")}_${n++}`;
            return sheetMock(self, key, record);
          },
          getActiveWorksheet: function () {
            const self = this as any;
            const key = `active_${n++}`;
            return sheetMock(self, key, sheets.get(active)!);
          },
        },
      },
      sync: async function () {
        syncs.push("sync");
        if (failSync?.(syncs.length)) throw new Error("RichApi.Error: the request failed");
        return OfficeMockObject.prototype.sync.call(this);
      },
    },
    run: async function (callback: (context: unknown) => Promise<unknown>) {
      return callback((this as any).context);
    },
  };
  for (const name of names)
    sheets.set(name, { name, ranges: [], names: [], namedRanges: [], activated: 0 });
  const excel = new OfficeMockObject(data) as any;
  Object.assign(workbook, excel.context.workbook);
  return { excel, sheets, syncs };
}

const plan: SheetPlan = {
  sheetName: "Scenario",
  names: [
    { name: "s_HZ_HUMANOID_06_actual_investment_2026", row: 2, col: 1, rows: 1, cols: 1 },
    { name: "s_years", row: 1, col: 1, rows: 1, cols: 2 },
  ],
  cells: [
    { row: 0, col: 0, value: "Subsidy scenario: Harbin", style: "title" },
    { row: 1, col: 0, value: "Item", style: "header" },
    { row: 1, col: 1, value: 2026, style: "header", format: "0" },
    { row: 1, col: 2, value: 2027, style: "header", format: "0" },
    { row: 2, col: 0, value: "'=not a formula", style: "label" },
    {
      row: 2,
      col: 1,
      value: 1_500_000,
      format: "#,##0.00",
      style: "input-required",
      note: "Required.",
    },
    {
      row: 3,
      col: 1,
      formula: "=SUBSIDY.HZ_SCENARIO_AWARD(B3)",
      format: "#,##0.00",
      style: "total",
    },
  ],
  freezeRows: 2,
  columnWidths: [48, 16, 16],
  legend: [],
  warnings: [],
};

beforeEach(() => {
  (globalThis as any).Office = {
    context: {
      requirements: {
        isSetSupported: (set: string, v: string) => set === "ExcelApi" && v === "1.8",
      },
    },
  };
});
afterEach(() => {
  delete (globalThis as any).Excel;
  delete (globalThis as any).Office;
});

describe("ExcelHost: sheets", () => {
  it("adds a sheet under a name no sheet has: 'Scenario (2)' when 'Scenario' exists (in any case)", async () => {
    const { excel, sheets, syncs } = mockWorkbook(["Sheet1", "scenario"]);
    (globalThis as any).Excel = excel;
    const host = new ExcelHost();
    expect(await host.addWorksheet("Scenario")).toBe("Scenario (2)");
    expect(await host.addWorksheet("Scenario")).toBe("Scenario (3)");
    expect([...sheets.keys()]).toEqual(["Sheet1", "scenario", "Scenario (2)", "Scenario (3)"]);
    expect(syncs.length).toBeGreaterThanOrEqual(4); // names read only after load + sync
  });

  it("a base name Excel would refuse is made valid: ≤ 31 characters, none of []:*?/\\", async () => {
    const { excel } = mockWorkbook(["Sheet1"]);
    (globalThis as any).Excel = excel;
    const name = await new ExcelHost().addWorksheet("Scenario: [Harbin] 2026/2028 robots and AI?");
    expect(name).toBe("Scenario Harbin 2026 2028 robot");
    expect(name.length).toBeLessThanOrEqual(31);
  });

  it("writes the plan into its own sheet only: formulas and number formats in one range, then styles, widths, freeze", async () => {
    const { excel, sheets } = mockWorkbook(["Sheet1", "Scenario"]);
    (globalThis as any).Excel = excel;
    const host = new ExcelHost();
    const name = await host.addWorksheet("Scenario");
    await host.writePlan(name, plan);

    expect(sheets.get("Sheet1")!.ranges).toEqual([]);
    expect(sheets.get("Scenario")!.ranges).toEqual([]);
    const record = sheets.get(name)!;
    // The defined names, scoped to the new sheet, written before any formula refers to them.
    expect(record.names).toEqual([
      {
        name: "s_HZ_HUMANOID_06_actual_investment_2026",
        address: `${name}!B3`,
        beforeFormulas: true,
      },
      { name: "s_years", address: `${name}!B2:C2`, beforeFormulas: true },
    ]);
    const block = record.ranges.find((r) => r.address === "A1:C4")!;
    expect(block.range.formulas).toEqual([
      ["Subsidy scenario: Harbin", "", ""],
      ["Item", 2026, 2027],
      ["'=not a formula", 1_500_000, ""],
      ["", "=SUBSIDY.HZ_SCENARIO_AWARD(B3)", ""],
    ]);
    // Text constants are text ("@"); an apostrophe-marked text keeps General (the apostrophe makes it text).
    expect(block.range.numberFormat).toEqual([
      ["@", "General", "General"],
      ["@", "0", "0"],
      ["General", "#,##0.00", "General"],
      ["General", "#,##0.00", "General"],
    ]);

    const format = (address: string) =>
      record.ranges.find((r) => r.address === address && !record.namedRanges.includes(r.range))!
        .range.format;
    expect(format("A1").font.bold).toBe(true);
    expect(format("A1").font.size).toBe(STYLE_FORMATS.title.size);
    expect(format("A2:C2").font.bold).toBe(true); // one run for the header row
    expect(format("A2:C2").fill.color).toBe(STYLE_FORMATS.header.fill);
    expect(format("A2:C2").borders.EdgeBottom.style).toBe("Continuous");
    expect(format("B3").fill.color).toBe(STYLE_FORMATS["input-required"].fill);
    expect(format("B4").borders.EdgeTop.style).toBe("Continuous");
    expect(record.ranges.some((r) => r.address === "A3")).toBe(false); // "label" has nothing to apply
    expect(["A:A", "B:B", "C:C"].map((a) => format(a).columnWidth)).toEqual(
      [48, 16, 16].map(widthPoints)
    );
    expect(record.frozenRows).toBe(2);

    // The note as a data-validation prompt (ExcelApi 1.8), on its cell.
    const prompts = record.ranges.filter(
      (r) => r.address === "B3" && r.range.dataValidation.prompt
    );
    expect(prompts.map((r) => r.range.dataValidation.prompt)).toEqual([
      { showPrompt: true, title: "", message: "Required." },
    ]);
  });

  it("without ExcelApi 1.8 the notes are skipped and the sheet is still written", async () => {
    (globalThis as any).Office.context.requirements.isSetSupported = () => false;
    const { excel, sheets } = mockWorkbook(["Sheet1"]);
    (globalThis as any).Excel = excel;
    const host = new ExcelHost();
    const name = await host.addWorksheet("Scenario");
    await host.writePlan(name, plan);
    const record = sheets.get(name)!;
    expect(record.ranges.find((r) => r.address === "A1:C4")!.range.formulas[0][0]).toBe(
      "Subsidy scenario: Harbin"
    );
    expect(record.ranges.some((r) => r.range.dataValidation.prompt)).toBe(false);
  });

  it("a sync failing while the plan is written: the half-written sheet is removed and the error says so", async () => {
    // syncs 1–2 add the sheet, 3 is the plan's write (fails), 4 the removal
    const { excel, sheets } = mockWorkbook(["Sheet1"], "Sheet1", (n) => n === 3);
    (globalThis as any).Excel = excel;
    const host = new ExcelHost();
    const name = await host.addWorksheet("Scenario");
    const error = await host.writePlan(name, plan).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SheetWriteError);
    expect(error).toMatchObject({ sheet: name, removed: true });
    expect((error as Error).message).toContain("RichApi.Error: the request failed");
    expect([...sheets.keys()]).toEqual(["Sheet1"]);
  });

  it("…and when the removal's sync fails too, the error says the sheet is still there", async () => {
    const { excel } = mockWorkbook(["Sheet1"], "Sheet1", (n) => n >= 3);
    (globalThis as any).Excel = excel;
    const host = new ExcelHost();
    const warn = jest.spyOn(console, "warn").mockImplementation(() => undefined);
    const name = await host.addWorksheet("Scenario");
    const error = await host.writePlan(name, plan).catch((e: unknown) => e);
    expect(error).toMatchObject({ sheet: name, removed: false });
    expect(warn).toHaveBeenCalledWith(
      `The half-written sheet ${name} could not be removed:`,
      expect.any(Error)
    );
    warn.mockRestore();
  });

  it("activates a sheet, and reads the active sheet's name after load + sync", async () => {
    const { excel, sheets } = mockWorkbook(["Sheet1", "Scenario"], "Sheet1");
    (globalThis as any).Excel = excel;
    const host = new ExcelHost();
    expect(await host.getActiveWorksheet()).toBe("Sheet1");
    await host.activateWorksheet("Scenario");
    expect(sheets.get("Scenario")!.activated).toBe(1);
    expect(await host.getActiveWorksheet()).toBe("Scenario");
  });

  it("reading the sheets' names without load + sync would fail: the mock enforces it", async () => {
    const { excel } = mockWorkbook(["Sheet1"]);
    const sheets = excel.context.workbook.worksheets;
    expect(Array.isArray(sheets.items)).toBe(false); // not loaded: an error value, not the names
    sheets.load("items/name");
    await excel.context.sync();
    expect(sheets.items.map((s: { name: string }) => s.name)).toEqual(["Sheet1"]);
  });
});
