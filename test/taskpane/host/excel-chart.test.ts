/**
 * writePlan's charts and print settings against office-addin-mock: the scenario plan's chart is added as
 * a stacked column over the totals by document (series by rows, named, the years as categories) and
 * placed over its anchor; page layout is set where ExcelApi 1.9 is supported and skipped where not.
 */
import { OfficeMockObject } from "office-addin-mock";
import { generateAudit, generateScenario } from "../../../src/workbook";
import { ExcelHost } from "../../../taskpane/host/excel";
import { HARBIN } from "../../workbook/fixtures";

interface ChartRecord {
  type: string;
  source: string;
  seriesBy: string;
  chart: any;
  seriesNames: Record<number, string>;
  categories?: string;
  position?: [string, string];
}

/** One sheet's mock: ranges know their address; charts.add and pageLayout record what they were given. */
function mockExcel(sheet: string) {
  const charts: ChartRecord[] = [];
  const layouts: any[] = [];
  let titleRows: string | undefined;
  /** Each range handed out, with the address it was asked for (reading .address would need a load). */
  const addresses = new WeakMap<object, string>();
  let n = 0;
  const range = (address: string) => ({
    address,
    format: {
      font: {},
      fill: {},
      columnWidth: 0,
      borders: { getItem: () => ({}) },
    },
    dataValidation: {},
  });
  const data = {
    context: {
      workbook: {
        worksheets: {
          getItem: function (name: string) {
            expect(name).toBe(sheet);
            const self = this as any;
            const key = `sheet${n++}`;
            self.addMock(key);
            self[key].populate({
              getRange: function (address: string) {
                const me = this as any;
                const k = `range${n++}`;
                me.addMock(k);
                me[k].populate(range(address));
                addresses.set(me[k], address);
                return me[k];
              },
              names: { add: () => undefined },
              freezePanes: { freezeRows: () => undefined },
              charts: {
                add: (type: string, source: any, seriesBy: string) => {
                  const record: ChartRecord = {
                    type,
                    source: addresses.get(source)!,
                    seriesBy,
                    seriesNames: {},
                    chart: undefined,
                  };
                  record.chart = {
                    title: {},
                    series: {
                      getItemAt: (i: number) =>
                        Object.defineProperty({}, "name", {
                          set: (v: string) => (record.seriesNames[i] = v),
                        }),
                    },
                    axes: {
                      categoryAxis: {
                        setCategoryNames: (r: any) => (record.categories = addresses.get(r)),
                      },
                    },
                    setPosition: (start: string, end: string) => (record.position = [start, end]),
                  };
                  charts.push(record);
                  return record.chart;
                },
              },
              pageLayout: {
                setPrintTitleRows: (rows: string) => (titleRows = rows),
              },
            });
            layouts.push(self[key].pageLayout);
            return self[key];
          },
        },
      },
    },
    run: async function (callback: (context: unknown) => Promise<unknown>) {
      return callback((this as any).context);
    },
  };
  /** What the page layout was given (a property never set reads as the mock's "not loaded" text). */
  const pageLayout = () => {
    const set = layouts.filter(
      (l) => typeof l.orientation === "string" && !/not loaded/.test(l.orientation)
    );
    return set.map((l) => ({ orientation: l.orientation, zoom: l.zoom, titleRows }));
  };
  return { excel: new OfficeMockObject(data) as any, charts, pageLayout };
}

/** Office's requirement check, answering for ExcelApi up to `max` (1.8 or 1.9 here). */
function officeWithExcelApi(max: number) {
  (globalThis as any).Office = {
    context: {
      requirements: {
        isSetSupported: (set: string, v: string) => set === "ExcelApi" && Number(v) <= max,
      },
    },
  };
}

afterEach(() => {
  delete (globalThis as any).Excel;
  delete (globalThis as any).Office;
  jest.restoreAllMocks();
});

describe("ExcelHost.writePlan: charts and print settings", () => {
  const scenario = generateScenario(HARBIN);

  it("adds the stacked column chart over the totals by document, its series named, the years as categories, placed on its anchor", async () => {
    officeWithExcelApi(1.9);
    const { excel, charts } = mockExcel("Scenario");
    (globalThis as any).Excel = excel;
    await new ExcelHost().writePlan("Scenario", scenario.plan);

    // Harbin: the legend's last line on row 71, a blank row 72, the data heading on row 73, the years on
    // row 74, HLJ-ROBOT and HLJ-AI on rows 75–76; the years 2026–2028 in columns F:H.
    const { values, categories, anchor } = scenario.plan.charts![0];
    expect([values.row + 1, categories.row + 1]).toEqual([75, 74]);
    expect(charts).toHaveLength(1);
    const [c] = charts;
    expect(c.type).toBe("ColumnStacked"); // Excel.ChartType.columnStacked
    expect(c.seriesBy).toBe("Rows"); // Excel.ChartSeriesBy.rows
    expect(c.source).toBe("F75:H76");
    expect(c.categories).toBe("F74:H74");
    expect(c.seriesNames).toEqual({ 0: "HLJ-ROBOT", 1: "HLJ-AI" });
    expect(c.chart.title.text).toBe("Yearly totals by document");
    // The anchor: level with the stacking heading (stack row 49, 1-based, so row 48), from column L (one
    // free column K after the last used column J, the item rows' "Missing inputs"), 7 columns × 16 rows:
    // L48:R63.
    expect([anchor.row + 1, anchor.col]).toEqual([scenario.layout.stackRow, 11]);
    expect(c.position).toEqual(["L48", "R63"]);
  });

  it("sets the page layout where ExcelApi 1.9 is supported: landscape, one page wide, the title rows on every page", async () => {
    officeWithExcelApi(1.9);
    const { excel, pageLayout } = mockExcel("Audit");
    (globalThis as any).Excel = excel;
    await new ExcelHost().writePlan("Audit", generateAudit(scenario).plan);
    expect(pageLayout()).toEqual([
      {
        orientation: "Landscape",
        zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
        titleRows: "$1:$3", // title, subtitle, the add-in version and spec revision
      },
    ]);
  });

  it("skips the page layout, with a note, where ExcelApi 1.9 is not supported; the chart is still added", async () => {
    officeWithExcelApi(1.8);
    const info = jest.spyOn(console, "info").mockImplementation(() => undefined);
    const { excel, charts, pageLayout } = mockExcel("Scenario");
    (globalThis as any).Excel = excel;
    await new ExcelHost().writePlan("Scenario", scenario.plan);
    expect(pageLayout()).toEqual([]);
    expect(info).toHaveBeenCalledWith(
      "Scenario: print settings skipped (Worksheet.pageLayout needs ExcelApi 1.9)."
    );
    expect(charts).toHaveLength(1);
  });

  it("a chart Excel refuses leaves the written sheet and says so", async () => {
    officeWithExcelApi(1.9);
    const warn = jest.spyOn(console, "warn").mockImplementation(() => undefined);
    const { excel, charts } = mockExcel("Scenario");
    (globalThis as any).Excel = excel;
    const sheet = excel.context.workbook.worksheets;
    const getItem = sheet.getItem.bind(sheet);
    sheet.getItem = (name: string) => {
      const ws = getItem(name);
      ws.charts.add = () => {
        throw new Error("InvalidArgument");
      };
      return ws;
    };
    await expect(new ExcelHost().writePlan("Scenario", scenario.plan)).resolves.toBeUndefined();
    expect(charts).toHaveLength(0);
    expect(warn).toHaveBeenCalledWith("The chart on Scenario was not added:", expect.any(Error));
  });
});
