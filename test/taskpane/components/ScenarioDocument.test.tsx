/**
 * @jest-environment jsdom
 *
 * "Download scenario document (.json)" (issue 14): after "Create scenario sheet" the pane reads the sheet
 * through the host and saves its scenario document — what the user typed into the sheet included — as
 * scenario.json through a Blob and an object URL.
 */
import { act, fireEvent, screen } from "@testing-library/react";
import { parseScenarioDocument } from "../../../src/workbook";
import { COL_FIRST_YEAR, COL_LABEL } from "../../../src/workbook/scenario/layout";
import { ScenarioView } from "../../../taskpane/views/ScenarioView";
import { renderInPane } from "./render";

jest.setTimeout(30_000);

const button = (name: string) => screen.getByText(name).closest("button")!;
const box = (id: string) => document.getElementById(`scenario-clause-${id}`) as HTMLInputElement;

/** The text of a Blob, through FileReader (jsdom's Blob has no text()). */
const blobText = (blob: Blob) =>
  new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as string);
    reader.onerror = () => reject(reader.error);
    reader.readAsText(blob);
  });

describe("download the scenario document", () => {
  const saved: Blob[] = [];
  const downloads: string[] = [];
  beforeEach(() => {
    saved.length = 0;
    downloads.length = 0;
    URL.createObjectURL = jest.fn((blob: Blob) => {
      saved.push(blob);
      return "blob:scenario";
    });
    URL.revokeObjectURL = jest.fn();
    // jsdom does not navigate: record the file name the link asks for instead.
    jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (
      this: HTMLAnchorElement
    ) {
      downloads.push(this.download);
    });
  });
  afterEach(() => jest.restoreAllMocks());

  it("is offered once a sheet is created, and saves scenario.json with the value typed into the sheet", async () => {
    const { workbook } = renderInPane(<ScenarioView />);
    expect(screen.queryByText("Download scenario document (.json)")).toBeNull();
    fireEvent.change(document.getElementById("scenario-company")!, {
      target: { value: "Harbin Robotics Co." },
    });
    fireEvent.click(screen.getByLabelText("None: untick every clause of HLJ-ROBOT"));
    fireEvent.click(box("HLJ-ROBOT-11"));
    fireEvent.click(button("Create scenario sheet"));
    await screen.findByText(/^Created “Scenario”/);

    // HLJ-ROBOT-11's actual cost in 2027 (the second year column), typed into the preview sheet.
    const label = "HLJ_LAUNCH_EVENT_SUBSIDY · actual_cost · Actual cost (required)";
    const row = Array.from({ length: workbook.extent().rows }, (_, r) => r).find(
      (r) => workbook.content(r, COL_LABEL, "Scenario")?.value === label
    )!;
    act(() => workbook.enter(row, COL_FIRST_YEAR + 1, "1500000"));

    fireEvent.click(button("Download scenario document (.json)"));
    await screen.findByText(
      "Downloaded scenario.json from “Scenario”: 1 typed input. npm run export turns it into an .xlsx with native formulas."
    );
    expect(downloads).toEqual(["scenario.json"]);
    expect(saved).toHaveLength(1);
    expect(saved[0].type).toBe("application/json");
    const doc = parseScenarioDocument(JSON.parse(await blobText(saved[0])));
    expect(doc.profile).toMatchObject({
      company: "Harbin Robotics Co.",
      clauses: ["HLJ-ROBOT-11"],
    });
    expect(doc.inputs).toEqual([
      { clauseId: "HLJ-ROBOT-11", param: "actual_cost", year: 2027, value: 1_500_000 },
    ]);
  });

  it("in Chinese, for a native sheet: the button and the message", async () => {
    const { workbook } = renderInPane(<ScenarioView />, { locale: "zh-CN" });
    fireEvent.change(document.getElementById("scenario-company")!, {
      target: { value: "哈尔滨机器人有限公司" },
    });
    fireEvent.click(screen.getByLabelText("原生（无需加载项）"));
    fireEvent.click(button("生成情景测算表"));
    await screen.findByText(/^已生成“情景测算”/);
    expect(workbook.sheetNames()).toContain("情景测算");
    fireEvent.click(button("下载情景文档（.json）"));
    await screen.findByText(/^已从“情景测算”下载 scenario\.json：已填写的输入 0 项。/);
    expect(downloads).toEqual(["scenario.json"]);
  });

  it("a cell that does not fit the document: an error naming the cell, nothing saved", async () => {
    const { workbook } = renderInPane(<ScenarioView />);
    fireEvent.change(document.getElementById("scenario-company")!, {
      target: { value: "Harbin Robotics Co." },
    });
    fireEvent.click(screen.getByLabelText("None: untick every clause of HLJ-ROBOT"));
    fireEvent.click(box("HLJ-ROBOT-11"));
    fireEvent.click(button("Create scenario sheet"));
    await screen.findByText(/^Created “Scenario”/);
    // The HLJ-ROBOT apply row's first year (column F) takes TRUE or FALSE only.
    const row = Array.from({ length: workbook.extent().rows }, (_, r) => r).find(
      (r) =>
        workbook.content(r, COL_LABEL, "Scenario")?.value === "HLJ-ROBOT: apply (edit to override)"
    );
    expect(row).toBeDefined();
    act(() => workbook.enter(row!, COL_FIRST_YEAR, "yes"));
    fireEvent.click(button("Download scenario document (.json)"));
    await screen.findByText(
      `Could not make the scenario document of “Scenario”: F${row! + 1} (HLJ-ROBOT apply 2026): must be TRUE or FALSE`
    );
    expect(saved).toEqual([]);
  });
});
