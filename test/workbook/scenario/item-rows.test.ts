/**
 * Item rows (issue 15): a clause with several award rows in one scenario (profile.itemRows) — two launch
 * events, two data-voucher purchases, two compute contracts. Each row has its own inputs, item key and
 * award; stacking treats it as its own item; a cap is shared per the clause (the enterprise's cap) unless
 * the clause caps each item. Computed in HyperFormula, add-in and native formulas, with hand-worked
 * numbers from the policy texts.
 */
import { generateAudit } from "../../../src/workbook/audit/sheet";
import { isDefinedName } from "../../../src/workbook/plan";
import { planToGrid } from "../../../src/workbook/plan";
import { type FormulaMode, type ScenarioSheet, generateScenario } from "../../../src/workbook";
import type { ScenarioProfile } from "../../../src/workbook/scenario/profile";
import { sameItemFormula } from "../../../src/rules/item-key";
import { type Grid, hfScenario, yearly } from "../fixtures";

/** HLJ-ROBOT-11 (launch events, 30%, at most 300,000 per event) twice, HLJ-ROBOT-13b (data vouchers) twice. */
const HARBIN_ITEMS: ScenarioProfile = {
  company: "Harbin Robotics Co.",
  location: "HEILONGJIANG",
  sectors: ["ROBOTS"],
  firstYear: 2026,
  lastYear: 2027,
  clauses: ["HLJ-ROBOT-11", "HLJ-ROBOT-13b"],
  itemRows: { "HLJ-ROBOT-11": 2, "HLJ-ROBOT-13b": 2 },
  locale: "en",
};

const awardOf = (s: ScenarioSheet, clauseId: string, item: number) =>
  s.layout.awards.find((a) => a.clauseId === clauseId && a.item === item)!;

const inputOf = (s: ScenarioSheet, clauseId: string, param: string, item: number) =>
  s.layout.inputs.find((i) => i.clauseId === clauseId && i.param === param && i.item === item)!;

function setYears(s: ScenarioSheet, grid: Grid, row: number, values: unknown[]) {
  values.forEach((v, k) => (grid[row][s.layout.firstYearCol + k] = v as never));
}

describe("item rows: the generated layout", () => {
  const s = generateScenario(HARBIN_ITEMS);
  const first = awardOf(s, "HLJ-ROBOT-11", 1);
  const second = awardOf(s, "HLJ-ROBOT-11", 2);

  it("gives each item row its own award row, input rows and defined names", () => {
    expect(s.layout.awards.map((a) => [a.clauseId, a.item])).toEqual([
      ["HLJ-ROBOT-11", 1],
      ["HLJ-ROBOT-11", 2],
      ["HLJ-ROBOT-13b", 1],
      ["HLJ-ROBOT-13b", 2],
    ]);
    expect(second.row).toBe(first.row + 1);
    // The first item keeps the names a one-row sheet has (version-1 documents still match).
    expect(first.names).toEqual(["s_HLJ_ROBOT_11_award_2026", "s_HLJ_ROBOT_11_award_2027"]);
    expect(second.names).toEqual([
      "s_HLJ_ROBOT_11_item2_award_2026",
      "s_HLJ_ROBOT_11_item2_award_2027",
    ]);
    expect(second.keyName).toBe("s_HLJ_ROBOT_11_item2_item_key");
    for (const n of [...second.names, second.keyName, second.missingName])
      expect(isDefinedName(n)).toBe(true);
    const cost1 = inputOf(s, "HLJ-ROBOT-11", "actual_cost", 1);
    const cost2 = inputOf(s, "HLJ-ROBOT-11", "actual_cost", 2);
    expect(cost2.row).toBeGreaterThan(cost1.row);
    expect(cost2.names).toEqual([
      "s_HLJ_ROBOT_11_item2_actual_cost_2026",
      "s_HLJ_ROBOT_11_item2_actual_cost_2027",
    ]);
    // Each award reads its own row's input.
    const formula = (row: number, col: number) =>
      s.plan.cells.filter((c) => c.row === row && c.col === col).pop()?.formula;
    expect(formula(second.row, s.layout.firstYearCol)).toContain(cost2.names[0]);
    expect(formula(second.row, s.layout.firstYearCol)).not.toContain(cost1.names[0]);
  });

  it("pre-fills a distinct item key on the second row (the first stays blank)", () => {
    const key = (row: number) =>
      s.plan.cells.filter((c) => c.row === row && c.col === s.layout.historyCol).pop()?.value;
    expect(key(first.row)).toBeUndefined();
    expect(key(second.row)).toBe("item 2");
    const zh = generateScenario({ ...HARBIN_ITEMS, locale: "zh" });
    const zhSecond = awardOf(zh, "HLJ-ROBOT-11", 2);
    expect(
      zh.plan.cells.filter((c) => c.row === zhSecond.row && c.col === zh.layout.historyCol).pop()
        ?.value
    ).toBe("项目2");
  });

  it("the audit report keys each item row apart (clause id, then #2) and cites the clause once", () => {
    const audit = generateAudit(s);
    expect(Object.keys(audit.layout.rawRow)).toEqual([
      "HLJ-ROBOT-11",
      "HLJ-ROBOT-11#2",
      "HLJ-ROBOT-13b",
      "HLJ-ROBOT-13b#2",
    ]);
    expect(new Set(Object.values(audit.layout.rawRow)).size).toBe(4);
    expect(Object.keys(audit.layout.explainAt)).toHaveLength(4);
    const cited = audit.plan.cells.filter((c) => c.value === "HLJ-ROBOT-11" && c.col === 0);
    expect(cited).toHaveLength(1); // the clauses block: one row for the clause
  });

  it("rejects item rows for a clause that is not selected, and a count out of range", () => {
    expect(() => generateScenario({ ...HARBIN_ITEMS, itemRows: { "HLJ-ROBOT-01": 2 } })).toThrow(
      /itemRows.HLJ-ROBOT-01/
    );
    expect(() => generateScenario({ ...HARBIN_ITEMS, itemRows: { "HLJ-ROBOT-11": 0 } })).toThrow(
      /1 to 20/
    );
  });

  it("a per-project cap (BJ-ROBOT-06b) is shared by item rows of the same key only; the enterprise's cap by all", () => {
    const bj = generateScenario({
      company: "B",
      location: "BEIJING",
      sectors: ["ROBOTS"],
      firstYear: 2024,
      lastYear: 2024,
      clauses: ["BJ-ROBOT-06b"],
      itemRows: { "BJ-ROBOT-06b": 2 },
      locale: "en",
    });
    const row2 = awardOf(bj, "BJ-ROBOT-06b", 2);
    const received = row2.args[0][4]; // BJ_PROJECT_LOAN_INTEREST_SUBSIDY's received_to_date
    // IF(same item, the row above's award (0 while it is an error), 0): another project's receipts do not count.
    expect(received).toMatch(
      /^IF\(IF\(s_BJ_ROBOT_06b_item_key=0.*,IF\(ISNUMBER\(s_BJ_ROBOT_06b_award_2024\).*\),0\)$/
    );
    // HLJ-ROBOT-13b's annual cap is the purchaser's: the row above counts — unless it has the same key,
    // since 13b is in the HLJ-DATA-VOUCHER group, where STACK then keeps only the larger of the two.
    const voucher2 = awardOf(s, "HLJ-ROBOT-13b", 2);
    expect(voucher2.args[0][1]).toBe(
      `IF(${sameItemFormula("s_HLJ_ROBOT_13b_item_key", "s_HLJ_ROBOT_13b_item2_item_key")},0,` +
        "IF(ISNUMBER(s_HLJ_ROBOT_13b_award_2026),s_HLJ_ROBOT_13b_award_2026,0))"
    );
  });
});

describe.each<FormulaMode>(["addin", "native"])("item rows in HyperFormula (%s)", (formulas) => {
  /**
   * Launch events (HLJ-ROBOT-11, 「按照实际发生费用的30%，给予最高30万元」, each event its own cap):
   *   event 1: 2026 400,000 × 30% = 120,000; 2027 200,000 × 30% = 60,000
   *   event 2: 2026 1,500,000 × 30% = 450,000 → 300,000 (cap); 2027 100,000 × 30% = 30,000
   * Data vouchers (HLJ-ROBOT-13b, 10%, the purchaser's annual cap 1,000,000, shared by both rows):
   *   purchase 1: 2026 6,000,000 × 10% = 600,000; 2027 2,000,000 → 200,000
   *   purchase 2: 2026 7,000,000 × 10% = 700,000, room 1,000,000 − 600,000 = 400,000 → 400,000;
   *               2027 3,000,000 → 300,000, room 1,000,000 − 200,000 = 800,000 → 300,000
   * Totals: each clause is in an overlap group with its HLJ-AI twin (HLJ-LAUNCH, HLJ-DATA-VOUCHER), but
   * the twins are not ticked and the two rows of a clause are different items ("" and "item 2"): all count.
   *   2026 120,000 + 300,000 + 600,000 + 400,000 = 1,420,000
   *   2027  60,000 +  30,000 + 200,000 + 300,000 =   590,000
   */
  function filled() {
    const s = generateScenario(HARBIN_ITEMS, { formulas });
    const grid = planToGrid(s.plan) as Grid;
    setYears(s, grid, inputOf(s, "HLJ-ROBOT-11", "actual_cost", 1).row, [400_000, 200_000]);
    setYears(s, grid, inputOf(s, "HLJ-ROBOT-11", "actual_cost", 2).row, [1_500_000, 100_000]);
    const tx = "annual_transaction_amount";
    setYears(s, grid, inputOf(s, "HLJ-ROBOT-13b", tx, 1).row, [6_000_000, 2_000_000]);
    setYears(s, grid, inputOf(s, "HLJ-ROBOT-13b", tx, 2).row, [7_000_000, 3_000_000]);
    return { s, grid };
  }

  it("computes both awards of each clause, the shared cap and the yearly totals", () => {
    const { s, grid } = filled();
    const hf = hfScenario(s, grid);
    const row = (id: string, item: number) => yearly(hf, s, awardOf(s, id, item).row);
    expect(row("HLJ-ROBOT-11", 1)).toEqual([120_000, 60_000]);
    expect(row("HLJ-ROBOT-11", 2)).toEqual([300_000, 30_000]);
    expect(row("HLJ-ROBOT-13b", 1)).toEqual([600_000, 200_000]);
    expect(row("HLJ-ROBOT-13b", 2)).toEqual([400_000, 300_000]);
    expect(yearly(hf, s, s.layout.stackRow)).toEqual([1_420_000, 590_000]);
    // No input is missing: every flag is blank.
    for (const a of s.layout.awards)
      expect(hf.getCellValue({ sheet: 0, row: a.row, col: s.layout.missingCol })).toBe("");
  });

  it("two item rows given the same key are one item: the group counts only the larger (从优、就高、不重复)", () => {
    const { s, grid } = filled();
    grid[awardOf(s, "HLJ-ROBOT-11", 2).row][s.layout.historyCol] = null; // both blank: one item
    const hf = hfScenario(s, grid);
    // HLJ-LAUNCH within one item keeps the largest launch award:
    //   2026 max(120,000, 300,000) = 300,000 → 300,000 + 600,000 + 400,000 = 1,300,000
    //   2027 max(60,000, 30,000) = 60,000     →  60,000 + 200,000 + 300,000 =   560,000
    expect(yearly(hf, s, s.layout.stackRow)).toEqual([1_300_000, 560_000]);
    expect(yearly(hf, s, awardOf(s, "HLJ-ROBOT-11", 1).countedRow)).toEqual([0, 60_000]);
    expect(yearly(hf, s, awardOf(s, "HLJ-ROBOT-11", 2).countedRow)).toEqual([300_000, 0]);
  });

  it("a blank required input errors only its own row, names the input, and makes the year's total an error", () => {
    const { s, grid } = filled();
    const cost2 = inputOf(s, "HLJ-ROBOT-11", "actual_cost", 2);
    grid[cost2.row][s.layout.firstYearCol] = null; // event 2's 2026 cost left blank
    const hf = hfScenario(s, grid);
    const second = awardOf(s, "HLJ-ROBOT-11", 2);
    const cell = (row: number, col: number) => hf.getCellValue({ sheet: 0, row, col });
    const [y2026, y2027] = yearly(hf, s, second.row);
    expect(y2026).toMatchObject({ type: formulas === "addin" ? "VALUE" : "NA" });
    expect(y2027).toBe(30_000); // the other year computes
    expect(cell(second.row, s.layout.missingCol)).toBe("missing: Actual cost");
    // The other rows compute; the second voucher row reads its shared cap from row 1 as before.
    expect(yearly(hf, s, awardOf(s, "HLJ-ROBOT-11", 1).row)).toEqual([120_000, 60_000]);
    expect(yearly(hf, s, awardOf(s, "HLJ-ROBOT-13b", 2).row)).toEqual([400_000, 300_000]);
    expect(cell(awardOf(s, "HLJ-ROBOT-11", 1).row, s.layout.missingCol)).toBe("");
    // The year's total is an error, not 1,420,000 − 300,000; 2027 still adds up; the total over all years errs.
    const [t2026, t2027] = yearly(hf, s, s.layout.stackRow);
    expect(typeof t2026).not.toBe("number");
    expect(t2026).toHaveProperty("type");
    expect(t2027).toBe(590_000);
    expect(cell(s.layout.totalRow, s.layout.firstYearCol)).toHaveProperty("type");
    // Typing the value clears the flag and the error: 1,500,000 × 30% → 300,000.
    hf.setCellContents({ sheet: 0, row: cost2.row, col: s.layout.firstYearCol }, 1_500_000);
    expect(cell(second.row, s.layout.missingCol)).toBe("");
    expect(yearly(hf, s, s.layout.stackRow)).toEqual([1_420_000, 590_000]);
  });

  it("flags in the sheet's language, listing every missing input", () => {
    const s = generateScenario(
      {
        ...HARBIN_ITEMS,
        clauses: ["HLJ-ROBOT-01"],
        itemRows: { "HLJ-ROBOT-01": 2 },
        locale: "zh",
      },
      { formulas }
    );
    const grid = planToGrid(s.plan) as Grid;
    // Item row 1 complete; item row 2 has only its R&D, no base ratios and no history.
    for (const item of [1, 2]) {
      const rd = inputOf(s, "HLJ-ROBOT-01", "rd_last_year", item);
      grid[rd.row][s.layout.historyCol] = item === 1 ? 100_000_000 : null;
      setYears(s, grid, rd.row, [150_000_000, 160_000_000]);
    }
    setYears(s, grid, inputOf(s, "HLJ-ROBOT-01", "base_stock_ratio", 1).row, [0.02, 0.02]);
    setYears(s, grid, inputOf(s, "HLJ-ROBOT-01", "base_increment_ratio", 1).row, [0.1, 0.1]);
    const hf = hfScenario(s, grid);
    const flag = (item: number) =>
      hf.getCellValue({
        sheet: 0,
        row: awardOf(s, "HLJ-ROBOT-01", item).row,
        col: s.layout.missingCol,
      });
    expect(flag(1)).toBe("");
    expect(flag(2)).toMatch(/^缺少：/);
    // 2026 and 2027 both need the two ratios and the history cell (rd_prior_year of 2026).
    expect(flag(2)).toBe("缺少：再上一年度研发投入（2026年以前列）、存量基础比例、增量基础比例");
    // Row 1, 2026 (HLJ-RD, see harbin.test.ts): 150M vs 100M → 2,000,000 + 5,000,000, × 1.5 = 10,500,000.
    expect(yearly(hf, s, awardOf(s, "HLJ-ROBOT-01", 1).row)[0]).toBe(10_500_000);
  });
});

describe("a cumulative cap shared by item rows (SD-ROBOT-12a)", () => {
  /**
   * SD_COMPUTE_VOUCHER: contract × rate under 「单个企业累计奖补总额最高500万元」 (the enterprise's cap over
   * the policy term, shared by its contracts). Rate 20% (an argument: the text states none).
   *   2025 contract 1: 15,000,000 × 20% = 3,000,000 (room 5,000,000)
   *        contract 2: 10,000,000 × 20% = 2,000,000, room 5,000,000 − 3,000,000 = 2,000,000 → 2,000,000
   *   2026 contract 1:  5,000,000 × 20% = 1,000,000, received 3,000,000 + 2,000,000 → room 0 → 0
   *        contract 2:  5,000,000 × 20% = 1,000,000, the same room → 0
   * Totals 5,000,000 and 0. The Shandong document is a draft: its apply row is set TRUE by hand.
   */
  it.each<FormulaMode>(["addin", "native"])("%s", (formulas) => {
    const s = generateScenario(
      {
        company: "C",
        location: "SHANDONG",
        sectors: ["ROBOTS"],
        firstYear: 2025,
        lastYear: 2026,
        clauses: ["SD-ROBOT-12a"],
        itemRows: { "SD-ROBOT-12a": 2 },
        locale: "en",
      },
      { formulas }
    );
    const grid = planToGrid(s.plan) as Grid;
    setYears(s, grid, s.layout.documents[0].applyRow, [true, true]);
    for (const item of [1, 2]) {
      setYears(s, grid, inputOf(s, "SD-ROBOT-12a", "rate", item).row, [0.2, 0.2]);
      setYears(
        s,
        grid,
        inputOf(s, "SD-ROBOT-12a", "contract_amount", item).row,
        item === 1 ? [15_000_000, 5_000_000] : [10_000_000, 5_000_000]
      );
    }
    const hf = hfScenario(s, grid);
    expect(yearly(hf, s, awardOf(s, "SD-ROBOT-12a", 1).row)).toEqual([3_000_000, 0]);
    expect(yearly(hf, s, awardOf(s, "SD-ROBOT-12a", 2).row)).toEqual([2_000_000, 0]);
    expect(yearly(hf, s, s.layout.stackRow)).toEqual([5_000_000, 0]);
  });
});
