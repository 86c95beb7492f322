/**
 * A sheet plan's charts and print settings, written after its cells (excel-plan.ts). Both are layout,
 * not content: each is its own batch, and a failure leaves the sheet as written and says so in the
 * console. Charts: Worksheet.charts.add (ExcelApi 1.1), the category names through
 * ChartAxis.setCategoryNames (1.7, which the pane requires). Print: Worksheet.pageLayout (ExcelApi 1.9),
 * checked with Office.context.requirements.isSetSupported and skipped, with a note, where unsupported.
 */
import { ref } from "../../src";
import type { ChartPlan, PrintPlan } from "../../src";
import { localRange } from "./address";
import { supports } from "./requirements";

/** Adds one chart: its series by rows of the values block, named, over the year cells, covering its anchor. */
function addChart(ws: Excel.Worksheet, sheet: string, c: ChartPlan): void {
  const values = ws.getRange(localRange({ sheet, ...c.values }));
  // Excel.ChartType.columnStacked and Excel.ChartSeriesBy.rows, as their string values.
  const chart = ws.charts.add("ColumnStacked", values, "Rows");
  chart.title.text = c.title;
  c.seriesNames.forEach((name, i) => (chart.series.getItemAt(i).name = name));
  chart.axes.categoryAxis.setCategoryNames(ws.getRange(localRange({ sheet, ...c.categories })));
  const { row, col, rows, cols } = c.anchor;
  chart.setPosition(ref(row, col), ref(row + rows - 1, col + cols - 1));
}

export async function writePlanCharts(sheet: string, charts: readonly ChartPlan[]): Promise<void> {
  if (charts.length === 0) return;
  try {
    await Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem(sheet);
      for (const c of charts) addChart(ws, sheet, c);
      await context.sync();
    });
  } catch (e) {
    console.warn(`The chart on ${sheet} was not added:`, e);
  }
}

/**
 * Orientation, one page wide (verticalFitToPages 0: as many pages tall as it takes) and the rows printed
 * atop every page; skipped, with a note in the console, where this Excel has no page layout API.
 */
export async function writePlanPrint(sheet: string, print: PrintPlan | undefined): Promise<void> {
  if (!print) return;
  if (!supports("pageLayout")) {
    console.info(`${sheet}: print settings skipped (Worksheet.pageLayout needs ExcelApi 1.9).`);
    return;
  }
  try {
    await Excel.run(async (context) => {
      const layout = context.workbook.worksheets.getItem(sheet).pageLayout;
      layout.orientation = print.orientation === "landscape" ? "Landscape" : "Portrait";
      if (print.fitToWidth) layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
      if (print.repeatRows) {
        const { first, count } = print.repeatRows;
        layout.setPrintTitleRows(`$${first + 1}:$${first + count}`);
      }
      await context.sync();
    });
  } catch (e) {
    console.warn(`The print settings of ${sheet} were not set:`, e);
  }
}
