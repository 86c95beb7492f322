/**
 * @jest-environment jsdom
 *
 * Native formulas in the pane (issue 14): the insert option for the formula and the input block, the twin
 * beside the signature in the clause detail, the scenario builder's "Formulas: add-in / native", and "Copy
 * sheet with native formulas". The tests assert what is written; what the preview computes for a native
 * formula is the preview evaluator's concern (test/taskpane/preview).
 */
import { act, fireEvent, screen } from "@testing-library/react";
import { catalog, nativeFormula } from "../../../src";
import { Calculator } from "../../../taskpane/components/Calculator/Calculator";
import {
  FunctionInfo,
  nativeSignature,
} from "../../../taskpane/components/ClauseDetail/FunctionInfo";
import { InsertPanel } from "../../../taskpane/components/Insert/InsertPanel";
import { ScenarioView } from "../../../taskpane/views/ScenarioView";
import { fillRdCalculator, renderInPane } from "./render";

jest.setTimeout(30_000);

const fn = (name: string) => catalog.functionByName.get(name)!.fn;
const button = (name: string) => screen.getByText(name).closest("button")!;
const MARKER = (name: string) => `+N("SUBSIDY:${name}")`;

describe("insert: native formula (works without the add-in)", () => {
  const rd = fn("HLJ_RD_SUBSIDY");

  it("the formula: the twin over the literal values, with the marker and no SUBSIDY call", async () => {
    const { user, workbook } = renderInPane(<Calculator fn={rd} />);
    fillRdCalculator();
    await user.click(screen.getByLabelText("Native formula (works without the add-in)"));
    expect(screen.getByText(/Writes an ordinary Excel formula/)).toBeInTheDocument();
    workbook.setActiveCell(1, 1);
    await user.click(button("Insert formula"));
    await screen.findByText("Written to Sheet1!B2.");
    const formula = workbook.content(1, 1)!.formula!;
    expect(formula.startsWith("=IF(")).toBe(true);
    expect(formula.endsWith(MARKER("HLJ_RD_SUBSIDY"))).toBe(true);
    expect(formula).not.toContain("SUBSIDY.");
    // The calculator's defaults: received_to_date 0, stock_basis "SPLIT", base_annual_cap left out.
    expect(formula).toBe(
      nativeFormula("HLJ_RD_SUBSIDY", ["8000000", "6000000", "0.02", "0.1", "0", '"SPLIT"'])
    );
    expect(workbook.content(1, 1)!.numberFormat).toBe("#,##0.00");
  });

  it("the input block: the same labelled cells, the award row the twin over them", async () => {
    const { user, workbook } = renderInPane(<Calculator fn={rd} />);
    fillRdCalculator();
    await user.click(screen.getByLabelText("Native formula (works without the add-in)"));
    workbook.setActiveCell(1, 3); // D2
    await user.click(button("Insert input block"));
    await screen.findByText("Written to Sheet1!D2:F9.");
    expect(workbook.content(1, 4)).toEqual({ value: 8_000_000, numberFormat: "#,##0.00" });
    const formula = workbook.content(8, 4)!.formula!;
    expect(formula).toBe(nativeFormula("HLJ_RD_SUBSIDY", ["E2", "E3", "E4", "E5", "E6", "E7"]));
    expect(formula.startsWith("=IF(")).toBe(true);
    expect(formula.endsWith(MARKER("HLJ_RD_SUBSIDY"))).toBe(true);
    expect(formula).not.toContain("SUBSIDY.");
  });

  it("never overwrites, natively too: the proposal below is written only when confirmed", async () => {
    const { user, workbook } = renderInPane(<Calculator fn={rd} />);
    fillRdCalculator();
    await user.click(screen.getByLabelText("Native formula (works without the add-in)"));
    await workbook.writeBlock({ sheet: "Sheet1", row: 0, col: 0 }, [[{ value: "mine" }]]);
    workbook.setActiveCell(0, 0);
    await user.click(button("Insert formula"));
    await user.click(await screen.findByText("Insert at Sheet1!A2"));
    await screen.findByText("Written to Sheet1!A2.");
    expect(workbook.content(0, 0)).toEqual({ value: "mine" });
    expect(workbook.content(1, 0)!.formula!.endsWith(MARKER("HLJ_RD_SUBSIDY"))).toBe(true);
  });

  it("unticked, the add-in's call is written as before", async () => {
    const { user, workbook } = renderInPane(<Calculator fn={rd} />);
    fillRdCalculator();
    const box = screen.getByLabelText("Native formula (works without the add-in)");
    await user.click(box);
    await user.click(box);
    await user.click(button("Insert formula"));
    await screen.findByText("Written to Sheet1!A1.");
    expect(workbook.content(0, 0)!.formula).toBe(
      '=SUBSIDY.HLJ_RD_SUBSIDY(8000000,6000000,0.02,0.1,0,"SPLIT")'
    );
  });

  it("too many amounts for one native formula: the formula button is disabled and says why; the block still works", async () => {
    // 400 prices of "1234567.89;": 4,400 characters, which the twin writes more than twice (> 8,192).
    const prices = Array.from({ length: 400 }, () => [1_234_567.89]);
    const { user, workbook } = renderInPane(
      <InsertPanel fn={fn("HLJ_FIRST_SET_AWARD")} rawArgs={[prices, undefined]} />
    );
    expect(button("Insert formula")).toBeEnabled();
    await user.click(screen.getByLabelText("Native formula (works without the add-in)"));
    expect(button("Insert formula")).toBeDisabled();
    expect(screen.getByText(/do not fit in one native formula/)).toBeInTheDocument();
    await user.click(button("Insert input block"));
    await screen.findByText("Written to Sheet1!A1:C402.");
    // unit_prices A1:A400 → values in B1:B400, received_to_date B401, the award in B402.
    expect(workbook.content(401, 1)!.formula).toBe(
      nativeFormula("HLJ_FIRST_SET_AWARD", ["B1:B400", "B401"])
    );
  });

  it("in Chinese", () => {
    renderInPane(<Calculator fn={rd} />, { locale: "zh-CN" });
    expect(screen.getByLabelText("原生公式（无需加载项）")).toBeInTheDocument();
  });
});

describe("clause detail: the native formula beside the add-in's", () => {
  it("shows the twin over the parameters' names, after the SUBSIDY signature", () => {
    renderInPane(<FunctionInfo fn={fn("HZ_SCENARIO_AWARD")} />);
    const section = screen.getByLabelText("Native formula (works without the add-in)");
    // HZ_SCENARIO_AWARD: min(50 % × actual_investment, 2,000,000), for a number (not a boolean) between 0 and 10
    // trillion yuan, else #N/A; floored at 0, rounded to the fen, and marked with its name.
    const twin =
      "=IF(AND(ISNUMBER(actual_investment),NOT(ISLOGICAL(actual_investment)),actual_investment>=0,actual_investment<=10000000000000)," +
      'ROUND(MAX(0,MIN(actual_investment*0.5,2000000)),2),NA())+N("SUBSIDY:HZ_SCENARIO_AWARD")';
    expect(section).toHaveTextContent(twin);
    expect(screen.getByText("=SUBSIDY.HZ_SCENARIO_AWARD(actual_investment)")).toBeInTheDocument();
    expect(section).toHaveTextContent(/Each parameter's name stands for its cell/);
  });

  it("every clause function has one, and no parameter name reads as a cell reference", () => {
    const fns = catalog.clauses.flatMap((c) => (c.fn ? [c.fn] : []));
    for (const f of fns) {
      expect([f.name, nativeSignature(f).endsWith(MARKER(f.name))]).toEqual([f.name, true]);
      // A name such as "rd2" would be Excel's cell RD2 (and "R1C1"-style names its other notation).
      const cellLike = f.params.filter((p) => /^[A-Z]{1,3}\d+$|^R\d*C\d*$/i.test(p.name));
      expect([f.name, cellLike]).toEqual([f.name, []]);
    }
  });

  it("in Chinese", () => {
    renderInPane(<FunctionInfo fn={fn("HZ_SCENARIO_AWARD")} />, { locale: "zh-CN" });
    expect(screen.getByLabelText("原生公式（无需加载项）")).toHaveTextContent(
      '+N("SUBSIDY:HZ_SCENARIO_AWARD")'
    );
  });
});

describe("scenario builder: formulas add-in / native", () => {
  const box = (id: string) => document.getElementById(`scenario-clause-${id}`) as HTMLInputElement;
  const setCompany = (name: string) =>
    fireEvent.change(document.getElementById("scenario-company")!, { target: { value: name } });
  /** Every formula of a sheet of the preview workbook. */
  const formulasOf = (workbook: ReturnType<typeof renderInPane>["workbook"], sheet: string) => {
    const { rows, cols } = workbook.extent(sheet);
    const out: string[] = [];
    for (let r = 0; r < rows; r++)
      for (let c = 0; c < cols; c++) {
        const f = workbook.content(r, c, sheet)?.formula;
        if (f) out.push(f);
      }
    return out;
  };

  it("native: the scenario sheet calls no SUBSIDY function, and its awards carry their markers", async () => {
    const { workbook } = renderInPane(<ScenarioView />);
    setCompany("Harbin Robotics Co.");
    fireEvent.click(screen.getByLabelText("None: untick every clause of HLJ-ROBOT"));
    fireEvent.click(box("HLJ-ROBOT-11"));
    fireEvent.click(screen.getByLabelText("Native (works without the add-in)"));
    fireEvent.click(button("Create scenario sheet"));
    await screen.findByText(
      "Created “Scenario”. Fill the orange input cells; the yearly totals follow. Its formulas are native: the sheet computes without the add-in."
    );
    const formulas = formulasOf(workbook, "Scenario");
    expect(formulas.length).toBeGreaterThan(0);
    expect(formulas.filter((f) => /SUBSIDY\./i.test(f))).toEqual([]);
    // HLJ-ROBOT-11's function, one award per model year 2026–2028.
    expect(
      formulas.filter((f) => f.includes('N("SUBSIDY:HLJ_LAUNCH_EVENT_SUBSIDY")'))
    ).toHaveLength(3);
  });

  it("add-in (the default): the awards call SUBSIDY.*", async () => {
    const { workbook } = renderInPane(<ScenarioView />);
    setCompany("X");
    fireEvent.click(screen.getByLabelText("None: untick every clause of HLJ-ROBOT"));
    fireEvent.click(box("HLJ-ROBOT-11"));
    fireEvent.click(button("Create scenario sheet"));
    await screen.findByText(/^Created “Scenario”/);
    expect(
      formulasOf(workbook, "Scenario").some((f) => f.includes("SUBSIDY.HLJ_LAUNCH_EVENT_SUBSIDY("))
    ).toBe(true);
  });
});

describe("copy sheet with native formulas", () => {
  it("copies the active sheet into a new one, opens it, and reports what still calls SUBSIDY.*", async () => {
    const { workbook } = renderInPane(<ScenarioView />);
    await act(async () => {
      workbook.enter(0, 0, "1500000");
      workbook.enter(0, 1, "=SUBSIDY.HZ_SCENARIO_AWARD(A1)");
      workbook.enter(1, 1, "=SUBSIDY.STACK(Other!A1:A1,B1:B1)");
      workbook.enter(0, 3, '=SUBSIDY.EXPLAIN("HZ_SCENARIO_AWARD",A1)');
    });
    const before = workbook.content(0, 1, "Sheet1");
    fireEvent.click(button("Copy sheet with native formulas"));
    await screen.findByText(
      "Created “Sheet1 (native)”, a copy of “Sheet1” with native formulas. “Sheet1” is unchanged."
    );
    expect(workbook.sheetNames()).toEqual(["Sheet1", "Sheet1 (native)"]);
    expect(workbook.activeSheet()).toBe("Sheet1 (native)");
    expect(workbook.content(0, 1, "Sheet1")).toEqual(before);
    expect(workbook.content(0, 1, "Sheet1 (native)")?.formula).toBe(
      nativeFormula("HZ_SCENARIO_AWARD", ["A1"])
    );
    // One twin (B1); EXPLAIN's values are constants, not counted as literals.
    expect(
      screen.getByText(
        "SUBSIDY calls that became native formulas: 1; that became their values as constants: 0."
      )
    ).toBeInTheDocument();
    expect(
      screen.getByText("Cells of the copy that still call SUBSIDY.* and need the add-in: 1.")
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        "B2: SUBSIDY.STACK (STACK or STACK_ROWS over ranges that are not one row or column of this sheet, or STACK_ROWS inside a larger formula)"
      )
    ).toBeInTheDocument();
    expect(
      screen.getByText(/SUBSIDY\.EXPLAIN's values were copied as they were/)
    ).toHaveTextContent(/: D1\.$/);
  });

  it("a sheet without SUBSIDY calls left: says it computes without the add-in (in Chinese)", async () => {
    const { workbook } = renderInPane(<ScenarioView />, { locale: "zh-CN" });
    await act(async () => {
      workbook.enter(0, 0, "1500000");
      workbook.enter(0, 1, "=SUBSIDY.HZ_SCENARIO_AWARD(A1)*2");
    });
    fireEvent.click(button("复制为原生公式工作表"));
    await screen.findByText("副本中没有单元格调用 SUBSIDY.*：无需加载项即可计算。");
    expect(workbook.sheetNames()).toEqual(["Sheet1", "Sheet1（原生）"]);
  });

  it("waits for the workbook", () => {
    renderInPane(<ScenarioView />, { host: "connecting" });
    expect(button("Copy sheet with native formulas")).toBeDisabled();
  });
});
