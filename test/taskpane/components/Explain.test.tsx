/** @jest-environment jsdom */
/**
 * The Explain view in the preview workbook: select a cell, read the clause, arguments, steps and award;
 * it follows selection and edits (debounced), explains a native twin by its marker, and says why a cell
 * cannot be explained. An Excel host without selection events gets a refresh button.
 */
import { act, screen, waitFor, within } from "@testing-library/react";
import { nativeFormula } from "../../../src";
import type { ExplainHost, WorkbookHost } from "../../../taskpane/host/types";
import { ExplainView } from "../../../taskpane/views/ExplainView";
import { renderInPane } from "./render";

const region = (name = "Explain selected cell") => screen.getByRole("region", { name });
const regionText = () => region().textContent ?? "";
const until = (text: string | RegExp) =>
  waitFor(
    () => {
      const found = regionText();
      if (typeof text === "string" ? !found.includes(text) : !text.test(found))
        throw new Error(`"${text}" not in: ${found}`);
    },
    { timeout: 15_000 }
  );

// The first explanation compiles the engine and the preview's formula parser under ts-jest: seconds.
jest.setTimeout(30_000);

describe("Explain (preview workbook)", () => {
  it("explains the selected SUBSIDY cell and follows the selection and the inputs", async () => {
    const { workbook } = renderInPane(<ExplainView />);
    act(() => {
      workbook.enter(3, 1, "6000000"); // B4
      workbook.enter(4, 1, "=SUBSIDY.HZ_SCENARIO_AWARD(B4)"); // B5
      workbook.setActiveCell(4, 1);
    });
    // HZ_SCENARIO_AWARD: 50% of actual investment, at most 2,000,000 per scenario.
    // 6,000,000 × 0.5 = 3,000,000 > 2,000,000, so the cap binds: award 2,000,000.00.
    await until("2,000,000.00");
    const text = regionText();
    expect(text).toContain("Sheet1!B5");
    expect(text).toContain("HZ-HUMANOID-06");
    expect(text).toContain("对单个示范应用场景按实际投入的50%、予以最高200万元的奖励");
    // The argument, its value and the cell it came from.
    const args = within(region()).getByRole("table", { name: "Arguments" });
    expect(args.textContent).toContain("actual_investment");
    expect(args.textContent).toContain("6,000,000");
    expect(args.textContent).toContain("B4 → Sheet1!B4");
    // Every step, the cap marked as applied.
    const steps = within(region()).getByRole("table", { name: "How it is computed" });
    expect(steps.textContent).toContain("3,000,000"); // the rate applied
    expect(steps.textContent).toContain("cap applied");

    // A recalculation: 3,000,000 × 0.5 = 1,500,000 ≤ 2,000,000, under the cap.
    act(() => workbook.enter(3, 1, "3000000"));
    await until("1,500,000.00");
    expect(
      within(region()).getByRole("table", { name: "How it is computed" }).textContent
    ).toContain("under the cap");

    // Another cell selected: an empty cell says so.
    act(() => workbook.setActiveCell(0, 0));
    await until("Empty cell: nothing to explain.");
  });

  it("shows the award under each other reading (Revision 2) and marks an omitted argument as its default", async () => {
    const { workbook } = renderInPane(<ExplainView />);
    act(() => {
      workbook.enter(0, 0, "320000000"); // A1 annual revenue
      workbook.enter(1, 0, "60000000"); // A2 prior max revenue
      workbook.enter(2, 0, "=SUBSIDY.HLJ_REVENUE_MILESTONE_AWARD(A1,A2)"); // mode omitted: HIGHEST
      workbook.setActiveCell(2, 0);
    });
    // Tiers above 60,000,000 newly exceeded by 320,000,000: 100,000,000 (3,000,000) and 300,000,000
    // (5,000,000). HIGHEST: 5,000,000. SUM: 3,000,000 + 5,000,000 = 8,000,000. TOP_UP (spec Revision 2):
    // 5,000,000 − 2,000,000 (the 50,000,000 tier passed before) = 3,000,000.
    await until("5,000,000.00");
    const others = within(region()).getByRole("region", { name: "Other readings of the text" });
    expect(others.textContent).toContain('mode = "SUM"');
    expect(others.textContent).toContain("8,000,000.00");
    expect(others.textContent).toContain('mode = "TOP_UP"');
    expect(others.textContent).toContain("3,000,000.00");
    expect(regionText()).toContain("omitted (default)");
  });

  it("explains a native twin the add-in wrote, by its marker", async () => {
    const { workbook } = renderInPane(<ExplainView />);
    act(() => {
      workbook.enter(3, 1, "1000000"); // B4
      workbook.enter(4, 2, nativeFormula("HZ_SCENARIO_AWARD", ["B4"])); // C5
      workbook.setActiveCell(4, 2);
    });
    // 1,000,000 × 0.5 = 500,000 ≤ 2,000,000.
    await until("500,000.00");
    expect(regionText()).toContain("Native formula written by the add-in");
    expect(regionText()).toContain("B4 → Sheet1!B4");
  });

  it("says why a cell cannot be explained, in Chinese too", async () => {
    const { workbook } = renderInPane(<ExplainView />, { locale: "zh-CN" });
    act(() => {
      workbook.enter(0, 0, "=SUM(1,2)");
      workbook.enter(1, 0, "=SUBSIDY.HZ_SCENARIO_AWARD([Book2.xlsx]Sheet1!B4)");
      workbook.setActiveCell(0, 0);
    });
    await waitFor(() =>
      expect(region("解释所选单元格").textContent).toContain("不是 SUBSIDY 公式。")
    );
    act(() => workbook.setActiveCell(1, 0));
    await waitFor(() =>
      expect(region("解释所选单元格").textContent).toContain(
        "参数 [Book2.xlsx]Sheet1!B4 位于另一个工作簿。"
      )
    );
  });

  it("a burst of selection changes explains once, after the debounce", async () => {
    const { workbook } = renderInPane(<ExplainView />);
    await until("Empty cell");
    const reads = jest.spyOn(workbook, "readCell");
    act(() => {
      for (let row = 1; row <= 5; row++) workbook.setActiveCell(row, 0);
    });
    expect(reads).not.toHaveBeenCalled(); // nothing until 250 ms after the last change
    await waitFor(() => expect(reads).toHaveBeenCalledTimes(1));
    expect(reads).toHaveBeenCalledWith({ sheet: "Sheet1", row: 5, col: 0 });
  });
});

describe("Explain (an Excel host without selection events)", () => {
  it("offers a refresh button that explains the active cell", async () => {
    let formula = "=SUBSIDY.HZ_SCENARIO_AWARD(B4)";
    const host: WorkbookHost & ExplainHost = {
      kind: "excel",
      getActiveCell: async () => ({ sheet: "Model", row: 4, col: 1 }),
      inspectRange: jest.fn(),
      lastUsedRow: jest.fn(),
      writeBlock: jest.fn(),
      addWorksheet: jest.fn(),
      writePlan: jest.fn(),
      readSheet: jest.fn(),
      activateWorksheet: jest.fn(),
      getActiveWorksheet: jest.fn(),
      readCell: async () => ({ formula, value: 0 }),
      readReferences: async (_sheet, refs) =>
        refs.map(() => ({
          ok: true as const,
          range: { sheet: "Model", row: 3, col: 1, rows: 1, cols: 1 },
          values: [[4_000_000]],
        })),
      watchSelection: async () => undefined,
    };
    const { user } = renderInPane(<ExplainView />, {
      host: { excel: host, displayLanguage: "en-US" },
    });
    // 4,000,000 × 0.5 = 2,000,000: exactly the cap.
    await until("2,000,000.00");
    expect(regionText()).toContain("Model!B4");
    formula = "=B4*2";
    await user.click(screen.getByRole("button", { name: "Explain this cell" }));
    await until("Not a SUBSIDY formula.");
  });
});
