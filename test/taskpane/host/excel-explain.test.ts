/**
 * The Excel host's reads for "explain the selected cell", against office-addin-mock (a property read
 * before load() and sync() throws): the cell's formula and value, references (cells, ranges, another
 * sheet, worksheet-scoped and workbook names, a missing sheet or name), and the selection and
 * calculation events with their removal; without ExcelApi 1.9 no events are registered.
 */
import { OfficeMockObject } from "office-addin-mock";
import { ref as a1 } from "../../../src/format/a1";
import { parseA1 } from "../../../taskpane/host/address";
import { ExcelHost } from "../../../taskpane/host/excel";

type Cell = { value?: unknown; formula?: string; type?: string };
type Sheets = Record<string, Record<string, Cell>>;

function nullable(mock: any, isNull: boolean) {
  Object.defineProperty(mock, "isNullObject", { value: isNull });
  return mock;
}

/** A mock Excel over `sheets`; `names` maps "Sheet!Name" (worksheet scope) or "Name" (workbook) to an address. */
function mockExcel(sheets: Sheets, names: Record<string, string> = {}, apiVersion = "1.9") {
  const asked: string[] = [];
  const events = {
    added: [] as string[],
    removed: [] as string[],
    handlers: [] as (() => unknown)[],
  };
  let n = 0;
  let root: any;
  const child = (data: object, isNull = false) => {
    const k = `m${n++}`;
    root.addMock(k);
    root[k].populate(data);
    return nullable(root[k], isNull);
  };
  const rangeOf = (sheet: string, address: string) => {
    asked.push(`${sheet}!${address}`);
    const [from, to = from] = address.split(":");
    const a = parseA1(from);
    const b = parseA1(to);
    const grid = Array.from({ length: b.row - a.row + 1 }, (_, r) =>
      Array.from({ length: b.col - a.col + 1 }, (_, c) => sheets[sheet][a1(a.row + r, a.col + c)])
    );
    const quoted = /^[A-Za-z0-9_]+$/.test(sheet) ? sheet : `'${sheet}'`;
    return child({
      address: `${quoted}!${address}`,
      rowIndex: a.row,
      columnIndex: a.col,
      rowCount: b.row - a.row + 1,
      columnCount: b.col - a.col + 1,
      values: grid.map((l) => l.map((x) => x?.value ?? "")),
      formulas: grid.map((l) => l.map((x) => x?.formula ?? x?.value ?? "")),
      valueTypes: grid.map((l) =>
        l.map((x) => x?.type ?? (x?.value === undefined || x.value === "" ? "Empty" : "Double"))
      ),
    });
  };
  const namedItem = (address: string | undefined) => {
    if (!address) return child({ name: "" }, true);
    const [sheet, local] = address.split("!");
    return child({ name: "n", getRangeOrNullObject: () => rangeOf(sheet, local) });
  };
  const worksheet = (name: string) =>
    child(
      {
        name,
        getRange: (address: string) => rangeOf(name, address),
        names: { getItemOrNullObject: (n: string) => namedItem(names[`${name}!${n}`]) },
      },
      !(name in sheets)
    );
  const eventSource = (kind: string) => ({
    add: (handler: () => unknown) => {
      events.added.push(kind);
      events.handlers.push(handler);
      return {
        context: { kind },
        remove: () => events.removed.push(kind),
      };
    },
  });
  const data = {
    context: {
      workbook: {
        worksheets: {
          getItem: (name: string) => worksheet(name),
          getItemOrNullObject: (name: string) => worksheet(name),
          onSelectionChanged: eventSource("selection"),
          onCalculated: eventSource("calculated"),
        },
        names: { getItemOrNullObject: (n: string) => namedItem(names[n]) },
      },
    },
    run: async function (a: unknown, b?: (context: unknown) => Promise<unknown>) {
      // Excel.run(callback) or Excel.run(object, callback): the mock has one context either way.
      const callback = (b ?? a) as (context: unknown) => Promise<unknown>;
      return callback((this as any).context);
    },
  };
  const excel = new OfficeMockObject(data) as any;
  root = excel.context;
  (globalThis as any).Excel = excel;
  (globalThis as any).Office = {
    context: {
      requirements: {
        isSetSupported: (set: string, v: string) =>
          set === "ExcelApi" && Number(v) <= Number(apiVersion),
      },
    },
  };
  return { asked, events };
}

afterEach(() => {
  delete (globalThis as any).Excel;
  delete (globalThis as any).Office;
});

describe("ExcelHost explain reads", () => {
  it("readCell: the formula as Range.formulas shows it and the value; an empty cell is null", async () => {
    mockExcel({
      Model: { B5: { formula: "=SUBSIDY.HZ_SCENARIO_AWARD(B4)", value: 2_000_000 }, B6: {} },
    });
    const host = new ExcelHost();
    expect(await host.readCell({ sheet: "Model", row: 4, col: 1 })).toEqual({
      formula: "=SUBSIDY.HZ_SCENARIO_AWARD(B4)",
      value: 2_000_000,
    });
    expect(await host.readCell({ sheet: "Model", row: 5, col: 1 })).toEqual({
      formula: "",
      value: null,
    });
  });

  it("readReferences: a cell, a range with a blank and an error, another sheet, names, and what is missing", async () => {
    const { asked } = mockExcel(
      {
        Model: {
          B4: { value: 6_000_000 },
          C2: { value: 100 },
          C3: {},
          C4: { value: "#DIV/0!", type: "Error" },
        },
        "Q1 plan": { D7: { value: "TOP_UP", type: "String" } },
      },
      { "Model!Rate": "Model!C2", Investment: "Model!B4" }
    );
    const read = await new ExcelHost().readReferences("Model", [
      "B4",
      "$C$2:$C$4",
      "'Q1 plan'!D7",
      "Rate",
      "Investment",
      "Nowhere",
      "'No such sheet'!A1",
    ]);
    expect(read).toEqual([
      {
        ok: true,
        range: { sheet: "Model", row: 3, col: 1, rows: 1, cols: 1 },
        values: [[6_000_000]],
      },
      {
        ok: true,
        range: { sheet: "Model", row: 1, col: 2, rows: 3, cols: 1 },
        values: [[100], [null], [{ error: "#DIV/0!" }]],
      },
      {
        ok: true,
        range: { sheet: "Q1 plan", row: 6, col: 3, rows: 1, cols: 1 },
        values: [["TOP_UP"]],
      },
      // Worksheet scope first, then the workbook's names.
      { ok: true, range: { sheet: "Model", row: 1, col: 2, rows: 1, cols: 1 }, values: [[100]] },
      {
        ok: true,
        range: { sheet: "Model", row: 3, col: 1, rows: 1, cols: 1 },
        values: [[6_000_000]],
      },
      { ok: false, reason: "no-name" },
      { ok: false, reason: "no-sheet" },
    ]);
    // Only the cells the references cover are asked for (no whole-sheet read).
    expect(asked).toEqual(["Model!B4", "Model!C2:C4", "Q1 plan!D7", "Model!C2", "Model!B4"]);
  });

  it("watchSelection: one handler on every worksheet's selection change and calculation, removed together", async () => {
    const { events } = mockExcel({ Model: {} });
    const listener = jest.fn();
    const stop = await new ExcelHost().watchSelection(listener);
    expect(events.added).toEqual(["selection", "calculated"]);
    await events.handlers[0]();
    await events.handlers[1]();
    expect(listener).toHaveBeenCalledTimes(2);
    stop!();
    await new Promise((r) => setTimeout(r, 0));
    expect(events.removed).toEqual(["selection", "calculated"]);
  });

  it("without ExcelApi 1.9 it registers nothing and says so (the pane shows a refresh button)", async () => {
    const { events } = mockExcel({ Model: {} }, {}, "1.8");
    expect(await new ExcelHost().watchSelection(jest.fn())).toBeUndefined();
    expect(events.added).toEqual([]);
  });
});
