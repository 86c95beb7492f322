/** @jest-environment jsdom */
import { fireEvent, screen, waitFor } from "@testing-library/react";
import { catalog } from "../../../src";
import { Calculator } from "../../../taskpane/components/Calculator/Calculator";
import { ExcelHost } from "../../../taskpane/host/excel";
import type { WorkbookHost } from "../../../taskpane/host/types";
import { FakeExcel } from "../host/fake-excel";
import { field, fillRdCalculator, renderInPane } from "./render";

const rd = catalog.functionByName.get("HLJ_RD_SUBSIDY")!.fn;
const button = (name: string) => screen.getByText(name).closest("button")!;

describe("Insert", () => {
  it("'Insert formula' writes the calculator's values as literal arguments into the active cell", async () => {
    const { user, workbook } = renderInPane(<Calculator fn={rd} />);
    fillRdCalculator();
    fireEvent.change(field("base_annual_cap"), { target: { value: "" } });
    workbook.setActiveCell(1, 1);
    await user.click(button("Insert formula"));
    await screen.findByText("Written to Sheet1!B2.");
    expect(workbook.content(1, 1)).toEqual({
      formula: '=SUBSIDY.HLJ_RD_SUBSIDY(8000000,6000000,0.02,0.1,0,"SPLIT")',
      numberFormat: "#,##0.00",
    });
    expect(workbook.value(1, 1)).toEqual({ kind: "value", value: 480_000 });
  });

  it("omitted middle optionals are left empty in the formula", async () => {
    const { user, workbook } = renderInPane(<Calculator fn={rd} />);
    fillRdCalculator();
    fireEvent.change(field("received_to_date"), { target: { value: "" } });
    fireEvent.change(field("base_annual_cap"), { target: { value: "6,000,000" } });
    await user.click(button("Insert formula"));
    await screen.findByText("Written to Sheet1!A1.");
    expect(workbook.content(0, 0)?.formula).toBe(
      '=SUBSIDY.HLJ_RD_SUBSIDY(8000000,6000000,0.02,0.1,,"SPLIT",6000000)'
    );
  });

  it("'Insert input block' writes labelled inputs and a live formula that refers to them", async () => {
    const { user, workbook } = renderInPane(<Calculator fn={rd} />);
    fillRdCalculator();
    workbook.setActiveCell(1, 3); // D2
    await user.click(button("Insert input block"));
    await screen.findByText("Written to Sheet1!D2:F9.");
    expect(workbook.content(1, 3)).toEqual({ value: "rd_last_year" });
    expect(workbook.content(1, 4)).toEqual({ value: 8_000_000, numberFormat: "#,##0.00" });
    expect(workbook.content(1, 5)).toEqual({ value: "yuan" });
    expect(workbook.content(8, 3)).toEqual({ value: "Award" });
    expect(workbook.content(8, 4)?.formula).toBe("=SUBSIDY.HLJ_RD_SUBSIDY(E2,E3,E4,E5,E6,E7)");
    expect(workbook.value(8, 4)).toEqual({ kind: "value", value: 480_000 });
  });

  it("never overwrites: says the target is not empty, writes nothing, and writes at the proposed block only when confirmed", async () => {
    const { user, workbook } = renderInPane(<Calculator fn={rd} />);
    fillRdCalculator();
    await workbook.writeBlock({ sheet: "Sheet1", row: 2, col: 0 }, [[{ value: "mine" }]]); // A3
    workbook.setActiveCell(0, 0);
    await user.click(button("Insert input block"));
    await screen.findByText(
      "Sheet1!A1:C8 is not empty, so nothing was written. Below the filled cells of its columns, Sheet1!A4:C11 is free."
    );
    expect(workbook.content(0, 0)).toBeUndefined();
    expect(workbook.content(2, 0)).toEqual({ value: "mine" });
    await user.click(button("Insert at Sheet1!A4:C11"));
    await screen.findByText("Written to Sheet1!A4:C11.");
    expect(workbook.content(3, 0)).toEqual({ value: "rd_last_year" });
    expect(workbook.value(10, 1)).toEqual({ kind: "value", value: 480_000 });
    expect(workbook.content(2, 0)).toEqual({ value: "mine" });
  });

  it("cancel dismisses a proposal without writing", async () => {
    const { user, workbook } = renderInPane(<Calculator fn={rd} />);
    fillRdCalculator();
    await workbook.writeBlock({ sheet: "Sheet1", row: 0, col: 0 }, [[{ value: "mine" }]]);
    workbook.setActiveCell(0, 0);
    await user.click(button("Insert formula"));
    await screen.findByText("Insert at Sheet1!A2");
    await user.click(button("Cancel"));
    expect(screen.queryByText("Insert at Sheet1!A2")).toBeNull();
    expect(workbook.extent()).toEqual({ rows: 1, cols: 1 });
  });

  it("a host failure is reported, not thrown", async () => {
    const failing: WorkbookHost = {
      kind: "excel",
      getActiveCell: async () => ({ sheet: "Sheet1", row: 0, col: 0 }),
      inspectRange: async () => {
        throw new Error("The sheet is protected.");
      },
      lastUsedRow: async () => -1,
      writeBlock: async () => undefined,
      addWorksheet: async () => "Sheet2",
      writePlan: async () => undefined,
      activateWorksheet: async () => undefined,
      getActiveWorksheet: async () => "Sheet1",
      readSheet: async () => {
        throw new Error("not read in this test");
      },
    };
    const { user } = renderInPane(<Calculator fn={rd} />, {
      host: { excel: failing, displayLanguage: "en-US" },
    });
    await user.click(button("Insert formula"));
    await waitFor(() =>
      expect(screen.getByText(/Could not write to the workbook/)).toHaveTextContent(
        "The sheet is protected."
      )
    );
  });

  describe("with Excel (a stateful fake)", () => {
    afterEach(() => FakeExcel.uninstall());

    it("says why a blank-looking target is not free (another formula's spill) and proposes below the spill", async () => {
      const excel = new FakeExcel().install();
      excel.sheet().set("A1", { formula: "=SEQ()", spill: [[1], [""], [""]] });
      excel.activeCell = { sheet: "Sheet1", row: 1, col: 0 }; // A2, a blank spill cell
      const { user } = renderInPane(<Calculator fn={rd} />, {
        host: { excel: new ExcelHost(), displayLanguage: "en-US" },
      });
      fillRdCalculator();
      await user.click(button("Insert formula"));
      await screen.findByText(
        /Sheet1!A2 is not empty, so nothing was written\. .* Sheet1!A4 is free\./
      );
      expect(screen.getByText(/blank part of another formula's spill/)).toBeInTheDocument();
      expect(excel.written).toEqual([]);
    });

    it('where the spill API is missing, the pane says "Spills not checked"', async () => {
      new FakeExcel("1.11").install(); // the active cell is A1
      const { user } = renderInPane(<Calculator fn={rd} />, {
        host: { excel: new ExcelHost(), displayLanguage: "en-US" },
      });
      fillRdCalculator();
      await user.click(button("Insert formula"));
      await screen.findByText("Written to Sheet1!A1.");
      expect(screen.getByText(/^Spills not checked/)).toBeInTheDocument();
      expect(screen.getByText(/^Merged cells not checked/)).toBeInTheDocument();
    });
  });
});
