/** @jest-environment jsdom */
/**
 * The preview workbook draws a sheet plan's chart beside the grid (SheetChart.tsx): the Harbin scenario,
 * its inputs typed in, shows one image named "Chart: yearly totals by document" whose stacked segments
 * are the counted totals by document and whose columns add up to the yearly STACK totals.
 */
import { act, screen } from "@testing-library/react";
import { generateScenario, planToGrid } from "../../../src/workbook";
import { PreviewWorkbook } from "../../../taskpane/components/PreviewWorkbook/PreviewWorkbook";
import { chartColumns } from "../../../taskpane/components/PreviewWorkbook/chartColumns";
import { MemoryWorkbook } from "../../../taskpane/host/memory";
import { createEvaluator } from "../../../taskpane/preview/formulas";
import { HARBIN, harbin } from "../../workbook/fixtures";
import { renderInPane } from "./render";

/** The Harbin scenario written into a preview workbook, the fixture's inputs typed into its cells. */
async function harbinWorkbook(locale: "en" | "zh" = "en") {
  const profile = { ...HARBIN, locale };
  const s = generateScenario(profile);
  const workbook = new MemoryWorkbook();
  workbook.setEvaluator(createEvaluator());
  const sheet = await workbook.addWorksheet(s.plan.sheetName);
  await workbook.writePlan(sheet, s.plan);
  workbook.activateSheet(sheet);
  const bare = planToGrid(s.plan);
  harbin().grid.forEach((line, row) =>
    line.forEach((v, col) => {
      if (v !== (bare[row]?.[col] ?? null)) workbook.enter(row, col, String(v));
    })
  );
  return { workbook, s };
}

const segments = (img: HTMLElement) =>
  [...img.querySelectorAll("rect[data-series]")].map((r) => [
    r.closest("g")!.getAttribute("data-category"),
    r.getAttribute("data-series"),
    Number(r.getAttribute("data-value")),
  ]);

describe("the preview's sheet chart", () => {
  /*
   * Harbin's counted totals by document (test/workbook/scenario/chart.test.ts works them by hand):
   *   HLJ-ROBOT 11,720,000; 8,100,000; 1,000,000 — HLJ-AI 400,000; 400,000; 0 (not drawn)
   *   columns: 12,120,000; 8,500,000; 1,000,000 (the STACK totals)
   */
  it("draws the stacked columns from the computed totals, as one named image", async () => {
    const { workbook } = await harbinWorkbook();
    renderInPane(<PreviewWorkbook workbook={workbook} />);
    const img = screen.getByRole("img", { name: "Chart: yearly totals by document" });
    expect(segments(img)).toEqual([
      ["2026", "HLJ-ROBOT", 11_720_000],
      ["2026", "HLJ-AI", 400_000],
      ["2027", "HLJ-ROBOT", 8_100_000],
      ["2027", "HLJ-AI", 400_000],
      ["2028", "HLJ-ROBOT", 1_000_000],
    ]);
    expect(img).toHaveTextContent("12,120,000");
    expect(img).toHaveTextContent("8,500,000");
    expect(img.querySelector("rect title")).toHaveTextContent("HLJ-ROBOT, 2026: 11,720,000.00");
    expect(screen.getByText("Yearly totals by document")).toBeInTheDocument();
    expect(screen.getByRole("list", { name: "Series" })).toHaveTextContent("HLJ-ROBOTHLJ-AI");
  });

  it("follows a changed input: the segment and its column total move", async () => {
    const { workbook, s } = await harbinWorkbook();
    renderInPane(<PreviewWorkbook workbook={workbook} />);
    // HLJ-ROBOT-11's 2028 launch cost 0 → 1,000,000: × 30% = 300,000 (its cap), so HLJ-ROBOT 2028 is
    // 1,000,000 + 300,000 = 1,300,000.
    const launch = s.layout.inputs.find(
      (i) => i.clauseId === "HLJ-ROBOT-11" && i.param === "actual_cost"
    )!;
    act(() => workbook.enter(launch.row, s.layout.firstYearCol + 2, "1000000"));
    const img = screen.getByRole("img", { name: "Chart: yearly totals by document" });
    expect(segments(img).filter(([year]) => year === "2028")).toEqual([
      ["2028", "HLJ-ROBOT", 1_300_000],
    ]);
  });

  it("in Chinese the image's name is Chinese; a sheet without a chart draws none", async () => {
    const { workbook } = await harbinWorkbook("zh");
    renderInPane(<PreviewWorkbook workbook={workbook} />, { locale: "zh-CN" });
    expect(screen.getByRole("img", { name: "图表：各年度合计（按文件）" })).toBeInTheDocument();
    act(() => workbook.activateSheet("Sheet1"));
    expect(screen.queryByRole("img")).toBeNull();
  });

  it("a column with an error is not drawn and shows the code; formulas still computing wait", () => {
    const chart = generateScenario(HARBIN).plan.charts![0];
    const { values } = chart;
    const columns = chartColumns(chart, (row, col) => {
      if (row === chart.categories.row) return { kind: "value", value: 2026 + col - values.col };
      if (row === values.row + 1 && col === values.col + 1)
        return { kind: "error", code: "#VALUE!" };
      if (col === values.col + 2) return { kind: "pending" };
      return { kind: "value", value: 5 };
    });
    expect(columns.map((c) => [c.category, c.total, c.error, c.pending])).toEqual([
      ["2026", 10, undefined, false],
      ["2027", 5, "#VALUE!", false],
      ["2028", 0, undefined, true],
    ]);
  });
});
