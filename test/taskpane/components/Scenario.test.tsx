/**
 * @jest-environment jsdom
 *
 * The scenario builder: the profile form (location → documents, sectors → ticked clauses, ticking),
 * "Create scenario sheet" (a new, uniquely named sheet with the generated plan, opened) and "Audit
 * report" (for the active scenario sheet only).
 */
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { clauses } from "../../../src/policies";
import { LOCATION_DOCUMENTS, select } from "../../../src/workbook/scenario/profile";
import { SheetWriteError } from "../../../taskpane/host/sheet-write-error";
import type { WorkbookHost } from "../../../taskpane/host/types";
import { ScenarioView } from "../../../taskpane/views/ScenarioView";
import { renderInPane } from "./render";

jest.setTimeout(30_000);

const box = (id: string) => document.getElementById(`scenario-clause-${id}`) as HTMLInputElement;
const listedIds = () =>
  [...document.querySelectorAll<HTMLInputElement>('input[id^="scenario-clause-"]')].map((i) =>
    i.id.slice("scenario-clause-".length)
  );
const tickedIds = () =>
  [...document.querySelectorAll<HTMLInputElement>('input[id^="scenario-clause-"]')]
    .filter((i) => i.checked)
    .map((i) => i.id.slice("scenario-clause-".length));
const withFunction = (doc: string) =>
  clauses.filter((c) => c.fn && c.document === doc).map((c) => c.id);
const button = (name: string) => screen.getByText(name).closest("button")!;
const sector = (id: string) => document.getElementById(`scenario-sector-${id}`) as HTMLInputElement;
const setCompany = (name: string) =>
  fireEvent.change(document.getElementById("scenario-company")!, { target: { value: name } });
const setLocation = (location: string) =>
  fireEvent.change(document.getElementById("scenario-location")!, { target: { value: location } });

describe("the profile form", () => {
  it("defaults: Heilongjiang, robots, 2026–2028; lists HLJ-ROBOT and HLJ-AI, ticks HLJ-ROBOT", () => {
    renderInPane(<ScenarioView />);
    expect(document.getElementById("scenario-location")).toHaveValue("HEILONGJIANG");
    expect([sector("ROBOTS").checked, sector("HUMANOID").checked, sector("AI").checked]).toEqual([
      true,
      false,
      false,
    ]);
    expect(document.getElementById("scenario-first-year")).toHaveValue(2026);
    expect(document.getElementById("scenario-last-year")).toHaveValue(2028);
    expect(listedIds()).toEqual([...withFunction("HLJ-ROBOT"), ...withFunction("HLJ-AI")]);
    expect(tickedIds()).toEqual(withFunction("HLJ-ROBOT"));
    const total = withFunction("HLJ-ROBOT").length + withFunction("HLJ-AI").length;
    expect(
      screen.getByText(`${withFunction("HLJ-ROBOT").length} of ${total} ticked`)
    ).toBeInTheDocument();
  });

  it("the location picks the documents listed", () => {
    renderInPane(<ScenarioView />);
    for (const location of ["HANGZHOU", "SHANDONG", "BEIJING", "HEILONGJIANG"] as const) {
      setLocation(location);
      expect(listedIds()).toEqual(LOCATION_DOCUMENTS[location].flatMap(withFunction));
    }
  });

  it("the sectors pick the clauses ticked by default (profile.ts select), and a change resets the ticks", () => {
    renderInPane(<ScenarioView />);
    fireEvent.click(sector("AI"));
    expect(tickedIds()).toEqual([...withFunction("HLJ-ROBOT"), ...withFunction("HLJ-AI")]);
    fireEvent.click(sector("ROBOTS"));
    expect(tickedIds()).toEqual(withFunction("HLJ-AI"));
    setLocation("HANGZHOU"); // AI ticks nothing in Hangzhou; humanoid robots tick HZ-HUMANOID
    expect(tickedIds()).toEqual([]);
    fireEvent.click(sector("HUMANOID"));
    const expected = select({
      company: "",
      location: "HANGZHOU",
      sectors: ["HUMANOID", "AI"],
      firstYear: 2026,
      lastYear: 2028,
      locale: "en",
    }).clauses.map((c) => c.id);
    expect(tickedIds()).toEqual(expected);
    expect(expected).toEqual(withFunction("HZ-HUMANOID"));
  });

  it("ticking: one clause, a document's All / None, and back to the sector defaults", () => {
    renderInPane(<ScenarioView />);
    fireEvent.click(box("HLJ-ROBOT-01"));
    expect(box("HLJ-ROBOT-01").checked).toBe(false);
    fireEvent.click(box("HLJ-AI-03"));
    expect(box("HLJ-AI-03").checked).toBe(true);
    fireEvent.click(screen.getByLabelText("None: untick every clause of HLJ-ROBOT"));
    expect(tickedIds()).toEqual(["HLJ-AI-03"]);
    fireEvent.click(screen.getByLabelText("All: tick every clause of HLJ-AI"));
    expect(tickedIds()).toEqual(withFunction("HLJ-AI"));
    fireEvent.click(button("Sector defaults"));
    expect(tickedIds()).toEqual(withFunction("HLJ-ROBOT"));
  });

  it("shows each document's window and IN_FORCE per model year, draft status, and overlap groups", () => {
    renderInPane(<ScenarioView />);
    const robot = within(screen.getByLabelText(/Intelligent Robot Industry/));
    expect(robot.getByText("In force 2026-04-17 to 2028-12-31")).toBeInTheDocument();
    expect(robot.getByText("2026 ✓")).toHaveAttribute("title", "2026: in force on 31 December");
    const ai = within(screen.getByLabelText(/Artificial Intelligence/));
    expect(
      ai.getByText("Validity window unknown (no issue date): applied by assumption")
    ).toBeInTheDocument();
    expect(ai.getByText("2027 ?")).toHaveAttribute(
      "title",
      "2027: IN_FORCE is #N/A (window unknown); the sheet assumes it applies"
    );
    expect(
      screen.getByText("Overlaps HLJ-AI-03 (group HLJ-RD): only the larger counts", {
        exact: false,
      })
    ).toHaveTextContent("one shared cumulative cap");
    expect(
      screen.getByText(
        "Overlaps HLJ-ROBOT-04, HLJ-AI-13b (group HLJ-PILOT): only the larger counts"
      )
    ).toBeInTheDocument();
    // Beijing: treated as in force to 2025 and unknown after; Shandong: a draft, on every clause.
    setLocation("BEIJING");
    expect(screen.getByText("2026 ?")).toHaveAttribute(
      "title",
      expect.stringContaining("window unknown")
    );
    setLocation("SHANDONG");
    expect(screen.getByText("Draft for comment: not in force")).toBeInTheDocument();
    expect(screen.getAllByText("Draft")).toHaveLength(withFunction("SD-ROBOT").length + 1);
    expect(screen.getByText("2028 ?")).toHaveAttribute(
      "title",
      expect.stringContaining("does not apply")
    );
  });

  it("model years: invalid years are flagged and hide the per-year badges", () => {
    renderInPane(<ScenarioView />);
    fireEvent.change(document.getElementById("scenario-last-year")!, { target: { value: "2025" } });
    expect(
      screen.getByText("Enter whole years, the last not before the first, at most 30 years.")
    ).toBeInTheDocument();
    expect(screen.queryByText("2026 ✓")).toBeNull();
    fireEvent.change(document.getElementById("scenario-last-year")!, { target: { value: "2029" } });
    expect(screen.getByText("2029 –")).toHaveAttribute(
      "title",
      "2029: not in force on 31 December"
    );
  });
});

describe("create and audit (preview workbook)", () => {
  it("creates the scenario in a new sheet, opens it, and never touches an existing 'Scenario' sheet", async () => {
    const { workbook } = renderInPane(<ScenarioView />);
    await act(async () => {
      await workbook.addWorksheet("Scenario");
      workbook.activateSheet("Scenario");
      workbook.enter(0, 0, "mine");
      workbook.activateSheet("Sheet1");
    });
    setCompany("Harbin Robotics Co.");
    fireEvent.click(screen.getByLabelText("None: untick every clause of HLJ-ROBOT"));
    fireEvent.click(box("HLJ-ROBOT-11"));
    fireEvent.click(button("Create scenario sheet"));
    await screen.findByText(
      "Created “Scenario (2)”. Fill the orange input cells; the yearly totals follow."
    );
    expect(workbook.sheetNames()).toEqual(["Sheet1", "Scenario", "Scenario (2)"]);
    expect(workbook.activeSheet()).toBe("Scenario (2)");
    expect(workbook.content(0, 0, "Scenario")).toEqual({ value: "mine" });
    expect(workbook.content(0, 0, "Scenario (2)")).toMatchObject({
      value: "Subsidy scenario: Harbin Robotics Co.",
      style: "title",
    });
    expect(workbook.layout("Scenario (2)").freezeRows).toBe(2);
    // One award row: HLJ-ROBOT-11's function.
    const labels = Array.from(
      { length: workbook.extent().rows },
      (_, r) => workbook.content(r, 0)?.value
    );
    expect(labels).toContain("HLJ_LAUNCH_EVENT_SUBSIDY · actual_cost · Actual cost (required)");
    expect(labels).not.toContain("HLJ_RD_SUBSIDY · rd_last_year (required)");
  });

  it("says what is missing and writes nothing: no company, no clause", async () => {
    const { workbook } = renderInPane(<ScenarioView />);
    fireEvent.click(screen.getByLabelText("None: untick every clause of HLJ-ROBOT"));
    fireEvent.click(button("Create scenario sheet"));
    expect(
      await screen.findByText("Enter the company name. Tick at least one clause.")
    ).toBeInTheDocument();
    expect(screen.getByText("Enter the company name.")).toBeInTheDocument(); // under the field too
    expect(workbook.sheetNames()).toEqual(["Sheet1"]);
  });

  it("the audit report: for the active scenario sheet a new 'Audit' sheet; on another sheet it says so", async () => {
    const { workbook } = renderInPane(<ScenarioView />);
    setCompany("Harbin Robotics Co.");
    fireEvent.click(screen.getByLabelText("None: untick every clause of HLJ-ROBOT"));
    fireEvent.click(box("HLJ-ROBOT-13b"));
    fireEvent.click(button("Create scenario sheet"));
    await screen.findByText(/^Created “Scenario”/);
    fireEvent.click(button("Audit report"));
    await screen.findByText("Created the audit report “Audit” for “Scenario”.");
    expect(workbook.sheetNames()).toEqual(["Sheet1", "Scenario", "Audit"]);
    expect(workbook.activeSheet()).toBe("Audit");
    expect(workbook.content(0, 0)).toMatchObject({ value: "Audit report: Harbin Robotics Co." });
    expect(workbook.content(1, 0)?.value).toBe("Scenario sheet “Scenario”, 2026–2028");

    act(() => workbook.activateSheet("Sheet1"));
    fireEvent.click(button("Audit report"));
    await screen.findByText(
      "The active sheet “Sheet1” is not a scenario sheet created in this pane. Open one, or create one first."
    );
    act(() => workbook.activateSheet("Audit"));
    fireEvent.click(button("Audit report"));
    await screen.findByText(/The active sheet “Audit” is not a scenario sheet/);
    expect(workbook.sheetNames()).toEqual(["Sheet1", "Scenario", "Audit"]);
  });

  it("in Chinese the sheets are Chinese: 情景测算 with a Chinese title", async () => {
    const { workbook } = renderInPane(<ScenarioView />, { locale: "zh-CN" });
    setCompany("哈尔滨机器人有限公司");
    fireEvent.click(button("生成情景测算表"));
    await screen.findByText(/^已生成“情景测算”/);
    expect(workbook.content(0, 0, "情景测算")?.value).toBe("补贴情景测算：哈尔滨机器人有限公司");
  });
});

describe("create and audit (Excel host)", () => {
  type MockHost = { kind: "excel" } & { [K in Exclude<keyof WorkbookHost, "kind">]: jest.Mock };
  function excelHost(active = "Scenario"): MockHost {
    return {
      kind: "excel",
      getActiveCell: jest.fn(),
      inspectRange: jest.fn(),
      lastUsedRow: jest.fn(),
      writeBlock: jest.fn(),
      addWorksheet: jest.fn(async (base: string) => `${base} (2)`),
      writePlan: jest.fn(async () => undefined),
      activateWorksheet: jest.fn(async () => undefined),
      readSheet: jest.fn(),
      getActiveWorksheet: jest.fn(async () => active),
      saveScenario: jest.fn(async () => "s1"),
      listScenarios: jest.fn(async () => []),
    };
  }

  it("adds the sheet, writes the plan generated for the name it got, then activates it", async () => {
    const host = excelHost("Scenario (2)");
    renderInPane(<ScenarioView />, { host: { excel: host, displayLanguage: "en-US" } });
    setCompany("Harbin Robotics Co.");
    fireEvent.click(button("Create scenario sheet"));
    await screen.findByText(/^Created “Scenario \(2\)”/);
    expect(host.addWorksheet).toHaveBeenCalledWith("Scenario");
    const [sheet, plan] = host.writePlan.mock.calls[0];
    expect(sheet).toBe("Scenario (2)");
    expect(plan.sheetName).toBe("Scenario (2)");
    expect(host.activateWorksheet).toHaveBeenCalledWith("Scenario (2)");
    expect(host.writePlan.mock.invocationCallOrder[0]).toBeLessThan(
      host.activateWorksheet.mock.invocationCallOrder[0]
    );
    // The audit refers to the scenario by the name it got.
    fireEvent.click(button("Audit report"));
    await screen.findByText("Created the audit report “Audit (2)” for “Scenario (2)”.");
    const [, audit] = host.writePlan.mock.calls[1];
    expect(
      audit.cells.some((c: { formula?: string }) => c.formula?.includes("'Scenario (2)'!"))
    ).toBe(true);
  });

  it("a host failure is reported, not thrown", async () => {
    const host = excelHost();
    host.addWorksheet.mockRejectedValue(new Error("The workbook is protected."));
    renderInPane(<ScenarioView />, { host: { excel: host, displayLanguage: "en-US" } });
    setCompany("X");
    fireEvent.click(button("Create scenario sheet"));
    await waitFor(() =>
      expect(screen.getByText(/Could not write to the workbook/)).toHaveTextContent(
        "The workbook is protected."
      )
    );
    expect(host.writePlan).not.toHaveBeenCalled();
  });

  it("a write that failed part-way: the pane says the half-written sheet was removed, and does not audit it", async () => {
    const host = excelHost("Scenario (2)");
    host.writePlan.mockRejectedValue(
      new SheetWriteError("Scenario (2)", true, new Error("RichApi.Error: the request failed"))
    );
    renderInPane(<ScenarioView />, { host: { excel: host, displayLanguage: "en-US" } });
    setCompany("X");
    fireEvent.click(button("Create scenario sheet"));
    await screen.findByText(
      /Writing “Scenario \(2\)” failed part-way, so the half-written sheet was removed; nothing else changed\. Try again\. \(RichApi\.Error: the request failed\)/
    );
    expect(host.activateWorksheet).not.toHaveBeenCalled();
    // Not remembered as a scenario: the audit of that sheet is refused.
    host.getActiveWorksheet.mockResolvedValue("Scenario (2)");
    fireEvent.click(button("Audit report"));
    await screen.findByText(/is not a scenario sheet created in this pane/);
  });

  it("…and in Chinese when the sheet could not be removed", async () => {
    const host = excelHost("情景测算");
    host.writePlan.mockRejectedValue(new SheetWriteError("情景测算", false, new Error("x")));
    renderInPane(<ScenarioView />, { host: { excel: host, displayLanguage: "zh-CN" } });
    setCompany("X");
    fireEvent.click(button("生成情景测算表"));
    await screen.findByText(
      /写入“情景测算”中途失败，且无法删除写了一半的工作表：请先删除该表再重试。/
    );
  });

  it("waits for the workbook: the buttons are disabled until a host is attached", () => {
    renderInPane(<ScenarioView />, { host: "connecting" });
    expect(button("Create scenario sheet")).toBeDisabled();
    expect(button("Audit report")).toBeDisabled();
    expect(screen.getByText("Waiting for the workbook…")).toBeInTheDocument();
  });
});
