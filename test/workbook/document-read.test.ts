/**
 * documentFromSheet (src/workbook/document-read.ts), the inverse of the document's placements: the
 * example document's sheet read back is the example, and a hand-typed sheet gives the cells typed into it.
 */
import { readFileSync } from "fs";
import { join } from "path";
import {
  type ScenarioDocument,
  type ScenarioInput,
  documentFromSheet,
  generateScenario,
  parseScenarioDocument,
  scenarioDocument,
  scenarioDocumentPlans,
} from "../../src/workbook";
import type { ScenarioSheet } from "../../src/workbook/scenario/layout";

const EXAMPLE = join(__dirname, "../../docs/examples/scenario.json");
const example = (): ScenarioDocument => JSON.parse(readFileSync(EXAMPLE, "utf8"));

/** Reads a plan's cell values, with `typed` (row col → value) over them, as a host reads the sheet. */
function reader(s: ScenarioSheet, typed: Map<string, unknown> = new Map()) {
  const cells = new Map(s.plan.cells.map((c) => [`${c.row} ${c.col}`, c.value]));
  return (row: number, col: number) => {
    const key = `${row} ${col}`;
    return typed.has(key) ? typed.get(key) : (cells.get(key) ?? "");
  };
}

const byCell = (a: ScenarioInput, b: ScenarioInput) =>
  `${a.clauseId} ${a.param} ${a.year} ${a.item ?? 0}`.localeCompare(
    `${b.clauseId} ${b.param} ${b.year} ${b.item ?? 0}`
  );

describe("documentFromSheet: the example document round trip", () => {
  const doc = parseScenarioDocument(example());
  const filled = scenarioDocumentPlans(doc).scenario;
  const generated = generateScenario(doc.profile, { formulas: "native" });
  const read = documentFromSheet(generated, reader(filled));

  /*
   * The example types HLJ-ROBOT-04's 2028 rate as 0.3, which is the clause's default ("按总投资额的30%"),
   * the literal the generator writes into every rate cell: the sheet cannot tell it from an untouched
   * cell, so the document read back leaves it out (and the generator writes 0.3 there again). Every other
   * input, and the three item keys, come back as the example has them.
   */
  it("gives back the example's inputs and item keys, stamped with the sheet's names", () => {
    const expected = example().inputs.filter(
      (i) => !(i.clauseId === "HLJ-ROBOT-04" && i.param === "rate" && i.year === 2028)
    );
    expect(expected).toHaveLength(example().inputs.length - 1);
    expect([...read.inputs].sort(byCell)).toEqual([...expected].sort(byCell));
    expect(read.itemKeys).toEqual(example().itemKeys);
    expect(read.apply).toBeUndefined();
    expect(read.profile).toEqual(example().profile);
    expect(read.names).toEqual(scenarioDocument(example().profile).names);
  });

  it("generates the same sheet as the example", () => {
    expect(scenarioDocumentPlans(read).plans).toEqual(scenarioDocumentPlans(doc).plans);
  });
});

describe("documentFromSheet: a sheet typed by hand (add-in formulas, a second scenario sheet)", () => {
  const profile = example().profile;
  const s = generateScenario(profile, { sheetName: "Scenario (2)", formulas: "addin" });
  const { layout } = s;
  const input = (clauseId: string, param: string) =>
    layout.inputs.find((l) => l.clauseId === clauseId && l.param === param)!;
  const awardRow = (clauseId: string) => layout.awards.find((a) => a.clauseId === clauseId)!.row;
  const col = (year: number) => layout.firstYearCol + year - 2026;
  const hljAi = layout.documents.find((d) => d.id === "HLJ-AI")!;
  const generatedApply = s.plan.cells.find(
    (c) => c.row === hljAi.applyRow && c.col === col(2027)
  )!.value;

  const typed = new Map<string, unknown>([
    [`${input("HLJ-AI-04", "total_investment").row} ${col(2027)}`, 12_345],
    // 0.3 is the default the generator wrote: left as it is, it is not a typed input.
    [`${input("HLJ-ROBOT-04", "rate").row} ${col(2026)}`, 0.3],
    [`${input("HLJ-ROBOT-04", "rate").row} ${col(2027)}`, 0.2],
    // The user cleared the default: blank.
    [`${input("HLJ-ROBOT-04", "rate").row} ${col(2028)}`, ""],
    [`${input("HLJ-ROBOT-13a", "claimed").row} ${col(2026)}`, true],
    // A number as an item key is its text under the item-key rule; 0 is the blank key.
    [`${awardRow("HLJ-AI-04")} ${layout.historyCol}`, 1],
    [`${awardRow("HLJ-AI-13b")} ${layout.historyCol}`, 0],
    [`${hljAi.applyRow} ${col(2027)}`, !generatedApply],
  ]);

  it("records exactly the cells typed, and what changed from the generator's values", () => {
    expect(typeof generatedApply).toBe("boolean");
    const doc = documentFromSheet(s, reader(s, typed));
    expect([...doc.inputs].sort(byCell)).toEqual([
      { clauseId: "HLJ-AI-04", param: "total_investment", year: 2027, value: 12_345 },
      { clauseId: "HLJ-ROBOT-04", param: "rate", year: 2027, value: 0.2 },
      { clauseId: "HLJ-ROBOT-13a", param: "claimed", year: 2026, value: true },
    ]);
    expect(doc.itemKeys).toEqual([{ clauseId: "HLJ-AI-04", value: "1" }]);
    expect(doc.apply).toEqual([{ document: "HLJ-AI", year: 2027, value: !generatedApply }]);
    expect(doc.addinVersion).toBe(require("../../package.json").version);
  });

  it("an untouched sheet is a document with no inputs", () => {
    const doc = documentFromSheet(s, reader(s));
    expect(doc.inputs).toEqual([]);
    expect(doc.itemKeys).toBeUndefined();
    expect(doc.apply).toBeUndefined();
  });

  it("an apply cell that is not TRUE/FALSE is refused, naming the cell", () => {
    const bad = new Map([[`${hljAi.applyRow} ${col(2026)}`, "yes"]]);
    // Column F is the first year's; the sheet's row number is the 0-based row + 1.
    expect(() => documentFromSheet(s, reader(s, bad))).toThrow(
      `F${hljAi.applyRow + 1} (HLJ-AI apply 2026): must be TRUE or FALSE`
    );
  });

  it("an input cell holding something else than a number, text or TRUE/FALSE is refused, naming it", () => {
    const row = input("HLJ-AI-04", "total_investment").row;
    const bad = new Map([[`${row} ${col(2026)}`, {}]]);
    expect(() => documentFromSheet(s, reader(s, bad))).toThrow(
      `F${row + 1}: must be a number, text or TRUE/FALSE`
    );
  });
});
