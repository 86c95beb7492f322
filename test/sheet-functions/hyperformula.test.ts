/**
 * The test-only HyperFormula plugin (test/support/hyperformula.ts): every sheet function evaluates in a
 * real formula engine through the same `invoke` Excel calls, with Excel's argument conventions.
 */
import { HyperFormula } from "hyperformula";
import { sheetFunctions } from "../../src/sheet-functions";
import { buildHyperFormula } from "../support/hyperformula";

type Grid = (string | number | boolean | null)[][];
const at = (hf: HyperFormula, a1: string) =>
  hf.getCellValue(hf.simpleCellAddressFromString(a1, 0)!);
const one = (formula: string, grid: Grid = []) => {
  const g = grid.map((r) => r.slice());
  g.unshift([formula]);
  return at(buildHyperFormula(g), "A1");
};

describe("HyperFormula plugin", () => {
  it("registers every sheet function under SUBSIDY. (with an enGB translation)", () => {
    buildHyperFormula([[]]);
    const names = HyperFormula.getRegisteredFunctionNames("enGB");
    for (const f of sheetFunctions) expect(names).toContain(`SUBSIDY.${f.name}`);
  });

  it("a clause function: values, lower case, default arguments", () => {
    expect(one("=SUBSIDY.HZ_SCENARIO_AWARD(6000000)")).toBe(2_000_000); // 3,000,000 → cap
    expect(one("=subsidy.hz_scenario_award(1500000)")).toBe(750_000);
    expect(one("=SUBSIDY.HLJ_DATASET_GRANT()")).toBe(2_000_000); // default = cap
    expect(one("=SUBSIDY.HLJ_DATA_VOUCHER(6000000,)")).toBe(600_000); // empty argument = omitted
  });

  it("engine errors keep their code and message", () => {
    expect(one('=SUBSIDY.HZ_SCENARIO_AWARD("abc")')).toMatchObject({
      type: "VALUE",
      message: "actual_investment must be a number",
    });
    expect(one("=SUBSIDY.HLJ_KEYTECH_GRANT(3000000)")).toMatchObject({ type: "NUM" });
    expect(one("=SUBSIDY.HZ_SCENARIO_AWARD(A2)", [[null], [null]])).toMatchObject({
      message: "actual_investment is required",
    });
  });

  it("an error in a scalar argument reaches the function (allowErrorForDataTypeAny) and is re-raised", () => {
    // the same rule as the Excel functions: own code where a custom function may return it, with the message
    expect(one("=SUBSIDY.HZ_SCENARIO_AWARD(NA())")).toMatchObject({
      type: "NA",
      message: "actual_investment is #N/A",
    });
    expect(one("=SUBSIDY.HZ_SCENARIO_AWARD(1/0)")).toMatchObject({
      type: "DIV_BY_ZERO",
      message: "actual_investment is #DIV/0!",
    });
    // #REF! cannot be returned by a custom function: #VALUE! saying which error it was given
    expect(one("=SUBSIDY.HZ_SCENARIO_AWARD(A2)", [["=#REF!"]])).toMatchObject({
      type: "VALUE",
      message: "actual_investment is #REF!",
    });
  });

  it("EACH keeps an error cell to its element", () => {
    const hf = buildHyperFormula([
      [1_000_000, '=SUBSIDY.EACH("HZ_SCENARIO_AWARD",A1:A3)'],
      ["=1/0"],
      [6_000_000],
    ]);
    // 1,000,000 × 50% = 500,000; #DIV/0!; 6,000,000 × 50% = 3,000,000 → cap 2,000,000
    expect(at(hf, "B1")).toBe(500_000);
    expect(at(hf, "B2")).toMatchObject({ type: "DIV_BY_ZERO" });
    expect(at(hf, "B3")).toBe(2_000_000);
  });

  it("IN_FORCE with DATE() and with ISO text; #N/A carries its message", () => {
    expect(one('=SUBSIDY.IN_FORCE("HZ-HUMANOID",DATE(2025,1,21))')).toBe(false);
    expect(one('=SUBSIDY.IN_FORCE("HZ-HUMANOID",DATE(2025,1,22))')).toBe(true);
    expect(one('=SUBSIDY.IN_FORCE("HZ-HUMANOID","2027-12-31")')).toBe(true);
    expect(one('=SUBSIDY.IN_FORCE("BJ-ROBOT",DATE(2026,1,1))')).toMatchObject({
      type: "NA",
      message: "BJ-ROBOT states no term; confirm the measures still apply",
    });
    expect(one('=SUBSIDY.IN_FORCE("X",DATE(2026,1,1))')).toMatchObject({
      type: "VALUE",
      message: expect.stringMatching(/^policy must be/),
    });
  });

  it("STACK and the STACK_ROWS spill over ranges", () => {
    const hf = buildHyperFormula([
      [
        "HLJ_RD_SUBSIDY",
        480_000,
        "=SUBSIDY.STACK(A1:A3,B1:B3)",
        "=SUBSIDY.STACK_ROWS(A1:A3,B1:B3)",
      ],
      ["HLJAI_RD_SUBSIDY", 1_080_000],
      ["HLJ_LAUNCH_EVENT_SUBSIDY", 120_000, "=SUM(D1:D3)"],
    ]);
    // max(480,000, 1,080,000) + 120,000
    expect(at(hf, "C1")).toBe(1_200_000);
    expect([at(hf, "D1"), at(hf, "D2"), at(hf, "D3")]).toEqual([0, 1_080_000, 120_000]);
    expect(at(hf, "C3")).toBe(at(hf, "C1"));
  });

  it("an error cell inside the awards range is #VALUE! naming its position", () => {
    const hf = buildHyperFormula([
      ["HZ_SCENARIO_AWARD", 1, "=SUBSIDY.STACK(A1:A2,B1:B2)"],
      ["HZ_SCENARIO_AWARD", "=NA()"],
    ]);
    expect(at(hf, "C1")).toMatchObject({
      type: "VALUE",
      message: "awards contains an error at position 2",
    });
  });

  it("EXPLAIN spills two columns; the last row is the award; repeating and range arguments work", () => {
    const hf = buildHyperFormula([
      [6_000_000, 800_000, '=SUBSIDY.EXPLAIN("HLJ_DATA_VOUCHER",A1,B1)'],
      [null, null, null],
      [null, null, null],
    ]);
    const sheet = hf.getSheetValues(0);
    const rows = sheet.map((r) => [r[2], r[3]]).filter((r) => r[0] !== null && r[0] !== undefined);
    expect(rows[rows.length - 1]).toEqual(["Award", 200_000]); // min(600,000, 1,000,000 − 800,000)
    const hf2 = buildHyperFormula([
      [600_000, null, '=SUBSIDY.EXPLAIN("BJ_FIRST_TRIAL_AWARD",A1:A4)'],
      [500_000],
      [450_000],
      [700_000],
    ]);
    const rows2 = hf2.getSheetValues(0).map((r) => [r[2], r[3]]);
    // Σ min(a, 500,000) = 500,000 + 500,000 + 450,000 + 500,000 (spec §5.5 BJ_FIRST_TRIAL_AWARD ex. 2)
    expect(rows2.filter((r) => r[0] === "Award")).toEqual([["Award", 1_950_000]]);
  });

  it("EXPLAIN shows a #NUM! message as rows", () => {
    const hf = buildHyperFormula([['=SUBSIDY.EXPLAIN("HLJ_KEYTECH_GRANT",3000000)']]);
    expect(hf.getSheetValues(0).slice(0, 2)).toEqual([
      ["Error", "#NUM!"],
      ["Message", "requested_amount must be 0 or at least 5,000,000 (the 500万元-1000万元 band)"],
    ]);
  });

  it("CLAUSE returns text and date serials", () => {
    expect(one('=SUBSIDY.CLAUSE("HZ-HUMANOID-06","function")')).toBe("HZ_SCENARIO_AWARD");
    expect(one('=SUBSIDY.CLAUSE("HZ-HUMANOID-06","effective")=DATE(2025,1,22)')).toBe(true);
    expect(one('=SUBSIDY.CLAUSE("BJ-ROBOT-01","expiry")')).toMatchObject({
      type: "NA",
      message: "no expiry stated",
    });
  });

  it("EACH spills in the shape of its ranges (generic predictor)", () => {
    const hf = buildHyperFormula([
      [1_500_000, '=SUBSIDY.EACH("HZ_SCENARIO_AWARD",A1:A3)'],
      [6_000_000],
      ["x"],
    ]);
    expect([at(hf, "B1"), at(hf, "B2")]).toEqual([750_000, 2_000_000]);
    expect(at(hf, "B3")).toMatchObject({
      type: "VALUE",
      message: "actual_investment must be a number",
    });
  });

  it("builds 10,000 formula rows in one call and recalculates on a change", () => {
    const grid: Grid = Array.from({ length: 10_000 }, (_, i) => [
      i * 100,
      `=SUBSIDY.HZ_SCENARIO_AWARD(A${i + 1})`,
    ]);
    const hf = buildHyperFormula(grid);
    expect(at(hf, "B10000")).toBe(499_950); // 999,900 × 0.5
    hf.setCellContents({ sheet: 0, row: 9999, col: 0 }, [[10_000_000]]);
    expect(at(hf, "B10000")).toBe(2_000_000);
  });
});
