/**
 * @jest-environment jsdom
 *
 * "Add item row" (issue 15): a ticked clause gets another award row with its own item key, inputs and
 * award; the preview workbook (its formula evaluator) computes both, flags a blank required input on its
 * own row only, and shows the year's total as an error rather than a partial sum.
 */
import { act, fireEvent, screen } from "@testing-library/react";
import { ScenarioView } from "../../../taskpane/views/ScenarioView";
import { renderInPane } from "./render";

jest.setTimeout(60_000);

const box = (id: string) => document.getElementById(`scenario-clause-${id}`) as HTMLInputElement;
const button = (name: string) => screen.getByText(name).closest("button")!;

/** Columns of the generated sheet: the first model year (2026) and the missing-inputs flag (3 years on). */
const Y2026 = 5;
const MISSING = 9;

describe("Add item row", () => {
  it("adds an award row for the clause; both rows compute in the preview; a blank input errors its row and the total", async () => {
    const { workbook } = renderInPane(<ScenarioView />);
    fireEvent.change(document.getElementById("scenario-company")!, {
      target: { value: "Harbin Robotics Co." },
    });
    fireEvent.click(screen.getByLabelText("None: untick every clause of HLJ-ROBOT"));
    expect(screen.queryByLabelText("Add item row for HLJ-ROBOT-11")).toBeNull(); // unticked: no action
    fireEvent.click(box("HLJ-ROBOT-11"));
    fireEvent.click(screen.getByLabelText("Add item row for HLJ-ROBOT-11"));
    expect(
      screen.getByText("2 item rows: each its own item key, inputs and award")
    ).toBeInTheDocument();
    fireEvent.click(button("Create scenario sheet"));
    await screen.findByText(
      "Created “Scenario”. Fill the orange input cells; the yearly totals follow."
    );

    const rows = workbook.extent().rows;
    const label = (r: number) => workbook.content(r, 0)?.value;
    const rowsLabelled = (text: string) =>
      Array.from({ length: rows }, (_, r) => r).filter((r) => label(r) === text);
    const inputs = rowsLabelled("HLJ_LAUNCH_EVENT_SUBSIDY · actual_cost · Actual cost (required)");
    expect(inputs).toHaveLength(2);
    const [award1] = rowsLabelled("HLJ_LAUNCH_EVENT_SUBSIDY");
    const [award2] = rowsLabelled("HLJ_LAUNCH_EVENT_SUBSIDY · item row 2");
    const [total] = rowsLabelled("Stacked total (STACK)");
    expect(workbook.content(award2, 4)?.value).toBe("item 2"); // its own item key
    expect(workbook.content(award1, 4)?.value).toBeUndefined();

    // 「按照实际发生费用的30%，给予最高30万元」: 400,000 × 30% = 120,000; 1,500,000 × 30% = 450,000 → 300,000.
    await act(async () => {
      workbook.enter(inputs[0], Y2026, "400000");
      workbook.enter(inputs[1], Y2026, "1500000");
    });
    expect(workbook.value(award1, Y2026)).toEqual({ kind: "value", value: 120_000 });
    expect(workbook.value(award2, Y2026)).toEqual({ kind: "value", value: 300_000 });
    // Different items of the HLJ-LAUNCH group: both count, 120,000 + 300,000 = 420,000.
    expect(workbook.value(total, Y2026)).toEqual({ kind: "value", value: 420_000 });
    // 2027 and 2028 are still blank, so those years' awards are errors: the flag names the input…
    expect(workbook.value(award2, MISSING)).toEqual({
      kind: "value",
      value: "missing: Actual cost",
    });
    // …and clears once they are typed (no cost: 0).
    await act(async () => {
      for (const r of inputs) for (const col of [Y2026 + 1, Y2026 + 2]) workbook.enter(r, col, "0");
    });
    expect(workbook.value(award2, MISSING)).toEqual({ kind: "value", value: "" });
    expect(workbook.value(award1, MISSING)).toEqual({ kind: "value", value: "" });

    // Event 2's 2026 cost cleared: its row errors and names the input; row 1 still 120,000; the total errs.
    await act(async () => workbook.enter(inputs[1], Y2026, ""));
    expect(workbook.value(award2, Y2026)).toMatchObject({ kind: "error" });
    expect(workbook.value(award2, MISSING)).toEqual({
      kind: "value",
      value: "missing: Actual cost",
    });
    expect(workbook.value(award1, Y2026)).toEqual({ kind: "value", value: 120_000 });
    expect(workbook.value(award1, MISSING)).toEqual({ kind: "value", value: "" });
    expect(workbook.value(total, Y2026)).toMatchObject({ kind: "error" });
    // …and so is the total over all years (the row below the stacked totals).
    expect(workbook.value(total + 1, Y2026)).toMatchObject({ kind: "error" });
  });

  it("removes an item row again, and speaks Chinese", () => {
    renderInPane(<ScenarioView />, { locale: "zh-CN" });
    fireEvent.click(screen.getByLabelText("为 HLJ-ROBOT-11 添加项目行"));
    fireEvent.click(screen.getByLabelText("为 HLJ-ROBOT-11 添加项目行"));
    expect(screen.getByText("3 个项目行：各有项目键、输入和补贴")).toBeInTheDocument();
    fireEvent.click(screen.getByLabelText("删除项目行（HLJ-ROBOT-11）"));
    expect(screen.getByText("2 个项目行：各有项目键、输入和补贴")).toBeInTheDocument();
    fireEvent.click(screen.getByLabelText("删除项目行（HLJ-ROBOT-11）"));
    expect(screen.queryByText(/个项目行：/)).toBeNull();
  });
});
