/**
 * Item rows in the scenario document (docs/scenario-document.md): profile.itemRows, and `row` on an input
 * or item key naming which of the clause's item rows it belongs to (default 1, so version-1 documents
 * without item rows read as before). Round trip: parse → plans → documentFromSheet.
 */
import { readFileSync } from "fs";
import { join } from "path";
import {
  type ScenarioDocument,
  documentFromSheet,
  generateScenario,
  parseScenarioDocument,
  scenarioDocument,
  scenarioDocumentPlans,
} from "../../src/workbook";
import { planToGrid } from "../../src/workbook/plan";
import type { ScenarioSheet } from "../../src/workbook/scenario/layout";
import type { ScenarioProfile } from "../../src/workbook/scenario/profile";
import { type Grid, hfScenario, yearly } from "./fixtures";

const PROFILE: ScenarioProfile = {
  company: "Harbin Robotics Co.",
  location: "HEILONGJIANG",
  sectors: ["ROBOTS"],
  firstYear: 2026,
  lastYear: 2027,
  clauses: ["HLJ-ROBOT-11"],
  itemRows: { "HLJ-ROBOT-11": 2 },
  locale: "en",
};

/** Two launch events: 400,000 and 1,500,000 in 2026, 200,000 and 100,000 in 2027; event 2 keyed "EXPO". */
const DOCUMENT = (): ScenarioDocument =>
  scenarioDocument(PROFILE, {
    inputs: [
      { clauseId: "HLJ-ROBOT-11", param: "actual_cost", year: 2026, value: 400_000 },
      { clauseId: "HLJ-ROBOT-11", param: "actual_cost", year: 2027, value: 200_000 },
      { clauseId: "HLJ-ROBOT-11", param: "actual_cost", year: 2026, row: 2, value: 1_500_000 },
      { clauseId: "HLJ-ROBOT-11", param: "actual_cost", year: 2027, row: 2, value: 100_000 },
    ],
    itemKeys: [{ clauseId: "HLJ-ROBOT-11", row: 2, value: "EXPO" }],
  });

function reader(s: ScenarioSheet) {
  const cells = new Map(s.plan.cells.map((c) => [`${c.row} ${c.col}`, c.value]));
  return (row: number, col: number) => cells.get(`${row} ${col}`) ?? "";
}

describe("item rows in the scenario document", () => {
  it("places each item row's inputs and key on its own rows, and reads them back (parse → plans → documentFromSheet)", () => {
    const doc = parseScenarioDocument(JSON.parse(JSON.stringify(DOCUMENT())));
    expect(doc.profile.itemRows).toEqual({ "HLJ-ROBOT-11": 2 });
    const { scenario } = scenarioDocumentPlans(doc);
    const read = documentFromSheet(
      generateScenario(doc.profile, { formulas: "native" }),
      reader(scenario)
    );
    expect(read.inputs).toEqual(doc.inputs);
    expect(read.itemKeys).toEqual([{ clauseId: "HLJ-ROBOT-11", row: 2, value: "EXPO" }]);
    expect(read.profile).toEqual(PROFILE);
    expect(read.names).toEqual(doc.names);
    expect(scenarioDocumentPlans(read).plans).toEqual(scenarioDocumentPlans(doc).plans);
  });

  it("the exported (native) sheet computes both events", () => {
    const { scenario } = scenarioDocumentPlans(DOCUMENT());
    const hf = hfScenario(scenario, planToGrid(scenario.plan) as Grid);
    const [first, second] = scenario.layout.awards;
    // 30%, at most 300,000 per event: 120,000 / 60,000 and 450,000 → 300,000 / 30,000.
    expect(yearly(hf, scenario, first.row)).toEqual([120_000, 60_000]);
    expect(yearly(hf, scenario, second.row)).toEqual([300_000, 30_000]);
    expect(yearly(hf, scenario, scenario.layout.stackRow)).toEqual([420_000, 90_000]);
  });

  it("a document without item rows still reads as version 1 did; a row beyond the profile's count is named", () => {
    const plain = scenarioDocument({ ...PROFILE, itemRows: undefined } as ScenarioProfile, {
      inputs: [{ clauseId: "HLJ-ROBOT-11", param: "actual_cost", year: 2026, value: 1 }],
    });
    expect(plain.version).toBe(1);
    expect(Object.keys(plain.names!)).not.toContainEqual(expect.stringMatching(/item2/));
    const bad = { ...DOCUMENT(), inputs: [{ ...DOCUMENT().inputs[2], row: 3 }] };
    expect(() => parseScenarioDocument(bad)).toThrow(
      "inputs[0].row: HLJ-ROBOT-11 has 2 item rows (profile.itemRows)"
    );
    const badKey = { ...DOCUMENT(), itemKeys: [{ clauseId: "HLJ-ROBOT-11", row: 0, value: "X" }] };
    expect(() => parseScenarioDocument(badKey)).toThrow("itemKeys[0].row: must be 1 or more");
    expect(() =>
      parseScenarioDocument({
        ...DOCUMENT(),
        profile: { ...PROFILE, itemRows: { "HLJ-ROBOT-11": 0 } },
      })
    ).toThrow(/itemRows/);
  });

  it("docs/examples/scenario-items.json: two launch events and two data-voucher purchases", () => {
    const path = join(__dirname, "../../docs/examples/scenario-items.json");
    const { scenario } = scenarioDocumentPlans(
      parseScenarioDocument(JSON.parse(readFileSync(path, "utf8")))
    );
    const hf = hfScenario(scenario, planToGrid(scenario.plan) as Grid);
    // As test/workbook/scenario/item-rows.test.ts: events 120,000 + 300,000, vouchers 600,000 + 400,000
    // (the purchaser's 1,000,000 annual cap) = 1,420,000; 2027 60,000 + 30,000 + 200,000 + 300,000 = 590,000.
    expect(yearly(hf, scenario, scenario.layout.stackRow)).toEqual([1_420_000, 590_000]);
  });
});
