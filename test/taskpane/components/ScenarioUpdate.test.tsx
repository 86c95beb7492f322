/**
 * @jest-environment jsdom
 *
 * "Scenarios in this workbook" and "Update scenario" in the preview workbook: a created scenario is listed
 * from the workbook's memory; after a profile change (HLJ-AI-04 unticked), Update first shows the awards that
 * change, old (read from the sheet) against new (computed), keeps the typed input of the clause that stays,
 * and only on "Write updated sheet" writes a NEW sheet, the old one untouched.
 */
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import type { MemoryWorkbook } from "../../../taskpane/host/memory";
import { ScenarioView } from "../../../taskpane/views/ScenarioView";
import { renderInPane } from "./render";

jest.setTimeout(60_000);

const box = (id: string) => document.getElementById(`scenario-clause-${id}`) as HTMLInputElement;
const INVESTMENT = "HLJ_PILOT_PLATFORM_GRANT · total_investment · Total investment (required)";
const AI_INVESTMENT = "HLJAI_PILOT_PLATFORM_GRANT · total_investment · Total investment (required)";

/** The 0-based row whose column A reads `label` exactly. */
function rowOf(workbook: MemoryWorkbook, sheet: string, label: string): number {
  for (let r = 0; r < workbook.extent(sheet).rows; r++)
    if (workbook.content(r, 0, sheet)?.value === label) return r;
  throw new Error(`no row ${label} on ${sheet}`);
}

const F = 5; // column F: 2026
/** Generating and computing sheets takes seconds on a loaded machine. */
const SLOW = { timeout: 20_000 };

it("lists the scenario, shows the award diff of a profile change, and writes a new sheet keeping the input", async () => {
  const { workbook } = renderInPane(<ScenarioView />);
  fireEvent.change(document.getElementById("scenario-company")!, {
    target: { value: "Harbin Robotics Co." },
  });
  fireEvent.click(screen.getByLabelText("None: untick every clause of HLJ-ROBOT"));
  fireEvent.click(box("HLJ-ROBOT-04"));
  fireEvent.click(box("HLJ-AI-04"));
  fireEvent.click(screen.getByText("Create scenario sheet").closest("button")!);
  await screen.findByText(/^Created “Scenario”/, {}, SLOW);
  const list = await screen.findByRole("list", { name: "Scenarios in this workbook" }, SLOW);
  // Stored once the pane has said the sheet is made: building its document takes a moment.
  await within(list).findByText("Scenario", {}, SLOW);

  // Typed on the sheet: 20,000,000 (award 6,000,000) and 40,000,000 (12,000,000 → cap 10,000,000); one
  // overlap group, so the stacked 2026 total is the larger, 10,000,000.
  workbook.activateSheet("Scenario");
  workbook.enter(rowOf(workbook, "Scenario", INVESTMENT), F, "20,000,000");
  workbook.enter(rowOf(workbook, "Scenario", AI_INVESTMENT), F, "40,000,000");
  const stackOld = rowOf(workbook, "Scenario", "Stacked total (STACK)");
  expect(workbook.value(stackOld, F, "Scenario")).toEqual({ kind: "value", value: 10_000_000 });

  // The profile changes: HLJ-AI-04 unticked. Update with the form's profile.
  fireEvent.click(box("HLJ-AI-04"));
  fireEvent.click(screen.getByLabelText("the profile in the form above"));
  fireEvent.click(screen.getByRole("button", { name: "Update scenario “Scenario”" }));
  const diff = await screen.findByRole(
    "region",
    { name: "What updating “Scenario” changes" },
    SLOW
  );
  expect(within(diff).getByText("1 typed input kept.")).toBeInTheDocument();
  expect(
    within(diff).getByText(/Not carried over .*HLJ-AI-04 total_investment 2026/)
  ).toBeInTheDocument();
  // Without HLJ-AI-04 the 2026 total is HLJ-ROBOT-04's 6,000,000: 6,000,000 − 10,000,000 = −4,000,000.
  const table = within(diff).getByRole("table");
  const total = within(table)
    .getAllByRole("row")
    .find((r) => r.textContent!.includes("Stacked total") && r.textContent!.includes("2026"))!;
  expect(within(total).getByText("10,000,000.00")).toBeInTheDocument();
  expect(within(total).getByText("6,000,000.00")).toBeInTheDocument();
  expect(within(total).getByText("-4,000,000.00")).toBeInTheDocument();
  // HLJ-AI-04's award row goes: 10,000,000 → none.
  const ai = within(table)
    .getAllByRole("row")
    .find((r) => r.textContent!.includes("HLJ-AI-04") && r.textContent!.includes("2026"))!;
  expect(ai.textContent).toContain("10,000,000.00");
  // Nothing written yet.
  expect(workbook.sheetNames()).toEqual(["Sheet1", "Scenario"]);

  fireEvent.click(within(diff).getByText("Write updated sheet").closest("button")!);
  await screen.findByText(
    "Created “Scenario (2)” from “Scenario”, 1 typed input kept. The workbook remembers it.",
    {},
    SLOW
  );
  expect(workbook.sheetNames()).toEqual(["Sheet1", "Scenario", "Scenario (2)"]);
  const investment = rowOf(workbook, "Scenario (2)", INVESTMENT);
  expect(workbook.content(investment, F, "Scenario (2)")?.value).toBe(20_000_000);
  const stackNew = rowOf(workbook, "Scenario (2)", "Stacked total (STACK)");
  expect(workbook.value(stackNew, F, "Scenario (2)")).toEqual({ kind: "value", value: 6_000_000 });
  // The old sheet is as it was, and both are remembered.
  expect(workbook.value(stackOld, F, "Scenario")).toEqual({ kind: "value", value: 10_000_000 });
  await waitFor(() => expect(within(list).getByText("Scenario (2)")).toBeInTheDocument(), SLOW);
  expect((await workbook.listScenarios()).map((s) => s.sheet)).toEqual([
    "Scenario",
    "Scenario (2)",
  ]);
});
