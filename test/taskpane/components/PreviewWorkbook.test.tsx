/** @jest-environment jsdom */
import { act, fireEvent, screen } from "@testing-library/react";
import { PreviewWorkbook } from "../../../taskpane/components/PreviewWorkbook/PreviewWorkbook";
import { formatNumber } from "../../../src/format/number-formats";
import { MemoryWorkbook } from "../../../taskpane/host/memory";
import { createEvaluator } from "../../../taskpane/preview/formulas";
import { renderInPane } from "./render";

const cell = (address: string) =>
  document.querySelector(`td[data-address="${address}"]`) as HTMLElement;
const at = (row: number, col: number) => ({ sheet: "Sheet1", row, col });

function renderPreview() {
  const workbook = new MemoryWorkbook();
  workbook.setEvaluator(createEvaluator());
  renderInPane(<PreviewWorkbook workbook={workbook} />);
  return { workbook };
}

describe("the preview workbook", () => {
  it("shows cells, formulas and computed values with the pane's number formats", async () => {
    const { workbook } = renderPreview();
    await act(() =>
      workbook.writeBlock(at(0, 0), [
        [{ value: "actual_investment" }, { value: 1_500_000, numberFormat: "#,##0.00" }],
        [{ value: "rate" }, { value: 0.5, numberFormat: "0.00%" }],
        [
          { value: "Award" },
          { formula: "=SUBSIDY.HZ_SCENARIO_AWARD(B1)", numberFormat: "#,##0.00" },
        ],
      ])
    );
    expect(cell("A1")).toHaveTextContent("actual_investment");
    expect(cell("B1")).toHaveTextContent("1,500,000.00");
    expect(cell("B2")).toHaveTextContent("50.00%");
    expect(cell("B3")).toHaveTextContent("750,000.00");
    expect(cell("B3")).toHaveAttribute("title", "=SUBSIDY.HZ_SCENARIO_AWARD(B1)");
    // The active cell is where the block was written; clicking another shows its formula.
    expect(screen.getByLabelText("Active cell")).toHaveValue("A1");
    fireEvent.click(cell("B3"));
    expect(screen.getByLabelText("Active cell")).toHaveValue("B3");
    expect(screen.getByLabelText("Contents of the active cell")).toHaveValue(
      "=SUBSIDY.HZ_SCENARIO_AWARD(B1)"
    );
  });

  it("an error shows Excel's code, with the message on hover", async () => {
    const { workbook } = renderPreview();
    await act(() =>
      workbook.writeBlock(at(0, 0), [[{ formula: '=SUBSIDY.HZ_SCENARIO_AWARD("abc")' }]])
    );
    expect(cell("A1")).toHaveTextContent("#VALUE!");
    expect(cell("A1")).toHaveAttribute("title", "#VALUE! actual_investment must be a number");
  });

  it("typing into the formula bar changes the cell, and dependent formulas follow", async () => {
    const { workbook } = renderPreview();
    await act(() =>
      workbook.writeBlock(at(0, 0), [
        [{ value: 1_500_000 }],
        [{ formula: "=SUBSIDY.HZ_SCENARIO_AWARD(A1)" }],
      ])
    );
    fireEvent.click(cell("A1"));
    const bar = screen.getByLabelText("Contents of the active cell");
    fireEvent.change(bar, { target: { value: "1,000,000" } });
    fireEvent.keyDown(bar, { key: "Enter" });
    expect(cell("A2")).toHaveTextContent("500000");
    fireEvent.change(screen.getByLabelText("Contents of the active cell"), {
      target: { value: "TRUE" },
    });
    fireEvent.keyDown(screen.getByLabelText("Contents of the active cell"), { key: "Enter" });
    expect(cell("A1")).toHaveTextContent("TRUE");
    expect(cell("A2")).toHaveTextContent("#VALUE!");
  });

  it("the name box moves the active cell; an invalid address is ignored", () => {
    renderPreview();
    const box = screen.getByLabelText("Active cell");
    fireEvent.change(box, { target: { value: "C7" } });
    fireEvent.keyDown(box, { key: "Enter" });
    expect(screen.getByLabelText("Active cell")).toHaveValue("C7");
    expect(cell("C7").className).not.toBe(cell("C6").className);
    fireEvent.change(screen.getByLabelText("Active cell"), { target: { value: "nowhere" } });
    fireEvent.keyDown(screen.getByLabelText("Active cell"), { key: "Enter" });
    expect(screen.getByLabelText("Active cell")).toHaveValue("C7");
  });

  it("shows a formula as pending until the formula engine has loaded", async () => {
    const workbook = new MemoryWorkbook();
    await workbook.writeBlock(at(0, 0), [[{ formula: "=1+1" }]]);
    renderInPane(<PreviewWorkbook workbook={workbook} />);
    expect(cell("A1")).toHaveTextContent("…");
  });

  it("sheet tabs: a sheet written from a plan, with its styles, widths and frozen rows; a click switches sheets", async () => {
    const { workbook } = renderPreview();
    await act(async () => {
      const name = await workbook.addWorksheet("Scenario");
      await workbook.writePlan(name, {
        sheetName: name,
        cells: [
          { row: 0, col: 0, value: "Subsidy scenario", style: "title" },
          { row: 1, col: 0, value: "Item", style: "header" },
          {
            row: 2,
            col: 0,
            value: 1_500_000,
            format: "#,##0.00",
            style: "input",
            note: "An input.",
          },
          { row: 3, col: 0, value: "mine" },
          { row: 2, col: 1, formula: '=SUBSIDY.EXPLAIN("HZ_SCENARIO_AWARD",A3)' },
        ],
        freezeRows: 2,
        columnWidths: [20, 30],
        legend: [],
        warnings: [],
      });
      await workbook.activateWorksheet(name);
    });
    const tabs = screen.getByLabelText("Sheets").querySelectorAll('[role="tab"]');
    expect([...tabs].map((t) => t.getAttribute("value"))).toEqual(["Sheet1", "Scenario"]);
    expect(tabs[1]).toHaveAttribute("aria-selected", "true");
    expect(cell("A1")).toHaveTextContent("Subsidy scenario");
    expect(cell("A1").className).not.toBe(cell("A4").className); // the title style
    expect(cell("A3")).toHaveAttribute("title", "An input.");
    expect(cell("A2").style.top).toBe("44px"); // frozen: sticks under the column headings
    expect(cell("A3").style.top).toBe("");
    // EXPLAIN spills into B3:C…, blocked by nothing; shown with the engine's labels.
    expect(cell("B3")).toHaveTextContent("Actual investment");
    fireEvent.click(tabs[0]);
    expect(cell("A1")).toHaveTextContent("");
    expect(workbook.activeSheet()).toBe("Sheet1");
  });

  it("a blocked spill shows #SPILL! with what it means", async () => {
    const { workbook } = renderPreview();
    await act(() =>
      workbook.writeBlock(at(0, 0), [
        [{ formula: '=SUBSIDY.EXPLAIN("HZ_SCENARIO_AWARD",6000000)' }],
        [{ value: "in the way" }],
      ])
    );
    expect(cell("A1")).toHaveTextContent("#SPILL!");
    expect(cell("A1")).toHaveAttribute(
      "title",
      "#SPILL!: the cells this formula's result would fill are not empty."
    );
  });

  it("General format keeps up to 11 significant digits; counts are whole", () => {
    expect(formatNumber(480000, undefined)).toBe("480000");
    expect(formatNumber(0.1 + 0.2, undefined)).toBe("0.3");
    expect(formatNumber(2.6, "0")).toBe("3");
  });
});
