/** The scenario sheet plan: structure, defaults, assumptions, wiring, locales, and every location in HyperFormula. */
import { columnName as colName, ref } from "../../../src/format/a1";
import { functionByName } from "../../../src/policies";
import { COUNT_FORMAT, RATE_FORMAT, YUAN_FORMAT } from "../../../src/format/number-formats";
import { planToGrid } from "../../../src/workbook/plan";
import type { ScenarioProfile } from "../../../src/workbook/scenario/profile";
import { type ScenarioSheet, generateScenario } from "../../../src/workbook";

import {
  EVERY_LOCATION,
  type Grid,
  HARBIN,
  award,
  fillBlanks,
  hfScenario,
  yearly,
} from "../fixtures";

const cellAt = (s: ScenarioSheet, row: number, col: number) =>
  s.plan.cells.filter((c) => c.row === row && c.col === col).pop();

describe("scenario sheet plan", () => {
  const s = generateScenario(HARBIN);

  it("frozen header rows, one column per year, column widths", () => {
    expect(s.plan.freezeRows).toBe(2);
    expect(s.layout.years).toEqual([2026, 2027, 2028]);
    expect([0, 1, 2].map((k) => cellAt(s, 1, s.layout.firstYearCol + k)!.value)).toEqual([
      2026, 2027, 2028,
    ]);
    // …and the "One-time" column after the years.
    // The labels…item key, three years, the one-time note and the missing-inputs flag.
    expect(s.plan.columnWidths).toHaveLength(s.layout.firstYearCol + 3 + 2);
    expect(s.layout.oneTimeCol).toBe(s.layout.firstYearCol + 3);
  });

  it("(a) the profile is on the sheet", () => {
    const texts = s.plan.cells.map((c) => c.value);
    expect(texts).toContain("Harbin Robotics Co.");
    expect(texts).toContain("2026–2028");
  });

  it("(b) IN_FORCE formulas on 31 December of each year, and literal apply values", () => {
    const [robot] = s.layout.documents;
    expect(cellAt(s, robot.inForceRow, s.layout.firstYearCol)!.formula).toBe(
      '=SUBSIDY.IN_FORCE("HLJ-ROBOT",DATE(s_year_2026,12,31))'
    );
    expect(cellAt(s, robot.applyRow, s.layout.firstYearCol)).toMatchObject({
      value: true,
      style: "input",
    });
  });

  it("(b) where IN_FORCE is #N/A the apply value is a labelled assumption (HLJ-AI: TRUE)", () => {
    const ai = s.layout.documents[1];
    expect(ai.assumed).toEqual(["unknown", "unknown", "unknown"]);
    const c = cellAt(s, ai.applyRow, s.layout.firstYearCol)!;
    expect(c).toMatchObject({ value: true, style: "assumption" });
    expect(c.note).toContain("HLJ-AI gives no issue date, so its window is unknown");
    expect(cellAt(s, ai.applyRow, 3)!.value).toBe("assumption");
  });

  it("(c) inputs: blanks where a figure is needed, literal defaults pre-filled, formats by unit", () => {
    const rd = s.layout.inputs.find(
      (i) => i.clauseId === "HLJ-ROBOT-01" && i.param === "rd_last_year"
    )!;
    expect(cellAt(s, rd.row, s.layout.firstYearCol)).toMatchObject({
      style: "input-required",
      format: YUAN_FORMAT,
    });
    expect(cellAt(s, rd.row, s.layout.firstYearCol)!.value).toBeUndefined();
    expect(rd.history).toBe("previous"); // feeds rd_prior_year
    const ratio = s.layout.inputs.find(
      (i) => i.clauseId === "HLJ-ROBOT-01" && i.param === "base_stock_ratio"
    )!;
    expect(cellAt(s, ratio.row, s.layout.firstYearCol)!.format).toBe(RATE_FORMAT);
    const basis = s.layout.inputs.find(
      (i) => i.clauseId === "HLJ-ROBOT-01" && i.param === "stock_basis"
    )!;
    expect(cellAt(s, basis.row, s.layout.firstYearCol + 2)!.value).toBe("SPLIT");
    const mode = s.layout.inputs.find((i) => i.clauseId === "HLJ-ROBOT-09" && i.param === "mode")!;
    expect(cellAt(s, mode.row, s.layout.firstYearCol)!.value).toBe("HIGHEST");
    const revenue = s.layout.inputs.find(
      (i) => i.clauseId === "HLJ-ROBOT-09" && i.param === "annual_revenue"
    )!;
    expect(revenue.history).toBe("maxBefore");
  });

  it("(c) wired parameters are not inputs", () => {
    const params = s.layout.inputs.map((i) => `${i.clauseId} ${i.param}`);
    for (const p of [
      "HLJ-ROBOT-01 received_to_date",
      "HLJ-ROBOT-01 rd_prior_year",
      "HLJ-ROBOT-09 prior_max_revenue",
      "HLJ-ROBOT-13b received_to_date",
    ])
      expect(params).not.toContain(p);
  });

  it("(d) awards: IF(apply, SUBSIDY.<NAME>(…), 0), citing clause id, document and number", () => {
    for (const a of s.layout.awards) {
      const fn = functionByName.get(a.fn)!;
      expect(cellAt(s, a.row, 1)!.value).toBe(a.clauseId);
      expect(cellAt(s, a.row, 2)!.value).toBe(fn.clause.document);
      expect(cellAt(s, a.row, 3)!.value).toBe(fn.clause.numberAsWritten);
      const f = cellAt(s, a.row, s.layout.firstYearCol)!;
      const apply = s.layout.documents.find((d) => d.id === a.document)!.applyNames[0];
      expect(f.formula).toMatch(new RegExp(`^=IF\\(${apply},SUBSIDY\\.${a.fn}\\(.*\\),0\\)$`));
      expect(f.format).toBe(YUAN_FORMAT);
    }
  });

  it("(d) cumulative cap: received_to_date = earlier years' counted amounts of both HLJ-RD rows", () => {
    const robot = award(s, "HLJ-ROBOT-01");
    const ai = award(s, "HLJ-AI-03");
    const received = (a: typeof robot, y: number) => a.args[y][4];
    expect(received(robot, 0)).toBe("0");
    expect(received(robot, 2)).toBe(
      "SUM(s_HLJ_ROBOT_01_counted_2026,s_HLJ_ROBOT_01_counted_2027)+SUM(s_HLJ_AI_03_counted_2026,s_HLJ_AI_03_counted_2027)"
    );
    // the AI row is below the robot row: it also reads the robot row's same-year award when their item
    // keys differ, comparing the keys by the one rule (trimmed, case-insensitive, blank or 0 = blank)
    const key = (n: string) => `IF(${n}=0,"",UPPER(TRIM(${n})))`;
    expect(received(ai, 1)).toBe(
      `SUM(s_HLJ_ROBOT_01_counted_2026)+SUM(s_HLJ_AI_03_counted_2026)+IF(${key("s_HLJ_ROBOT_01_item_key")}=${key("s_HLJ_AI_03_item_key")},0,IF(ISNUMBER(s_HLJ_ROBOT_01_award_2027),s_HLJ_ROBOT_01_award_2027,0))`
    );
    expect(s.plan.names).toContainEqual({
      name: "s_HLJ_ROBOT_01_counted_2026",
      row: robot.countedRow,
      col: s.layout.firstYearCol,
      rows: 1,
      cols: 1,
    });
  });

  it("(d) shared annual cap: only the row below reads the row above, the same year (no cycle)", () => {
    const a = award(s, "HLJ-ROBOT-13b");
    const b = award(s, "HLJ-AI-06c");
    expect(a.args[1][1]).toBe("0");
    const key = (n: string) => `IF(${n}=0,"",UPPER(TRIM(${n})))`;
    expect(b.args[1][1]).toBe(
      `IF(${key("s_HLJ_ROBOT_13b_item_key")}=${key("s_HLJ_AI_06c_item_key")},0,IF(ISNUMBER(s_HLJ_ROBOT_13b_award_2027),s_HLJ_ROBOT_13b_award_2027,0))`
    );
  });

  it("(d) prior_max_revenue is the MAX of the history and earlier years; rd_prior_year the previous year", () => {
    const rev = award(s, "HLJ-ROBOT-09");
    const revInput = s.layout.inputs.find(
      (i) => i.clauseId === "HLJ-ROBOT-09" && i.param === "annual_revenue"
    )!;
    expect(revInput.beforeName).toBe("s_HLJ_ROBOT_09_annual_revenue_before");
    expect(rev.args[0][1]).toBe("MAX(s_HLJ_ROBOT_09_annual_revenue_before)");
    expect(rev.args[2][1]).toBe(
      "MAX(s_HLJ_ROBOT_09_annual_revenue_before,s_HLJ_ROBOT_09_annual_revenue_2026,s_HLJ_ROBOT_09_annual_revenue_2027)"
    );
    const rd = award(s, "HLJ-ROBOT-01");
    const rdInput = s.layout.inputs.find(
      (i) => i.clauseId === "HLJ-ROBOT-01" && i.param === "rd_last_year"
    )!;
    expect(rd.args[0][1]).toBe(`IF(${rdInput.beforeName}="","",${rdInput.beforeName})`);
    expect(rd.args[1][1]).toBe(`IF(${rdInput.names[0]}="","",${rdInput.names[0]})`);
  });

  it("(e) STACK and the STACK_ROWS spill per year over the awards table", () => {
    const first = s.layout.awards[0].row + 1;
    const last = s.layout.awards[s.layout.awards.length - 1].row + 1;
    const args = `$B$${first}:$B$${last},G$${first}:G$${last},$E$${first}:$E$${last}`;
    expect(cellAt(s, s.layout.stackRow, 6)!.formula).toBe(`=SUBSIDY.STACK(${args})`);
    expect(cellAt(s, s.layout.countedStartRow, 6)!.formula).toBe(`=SUBSIDY.STACK_ROWS(${args})`);
  });

  it("a legend in the profile's language", () => {
    expect(s.plan.legend.length).toBeGreaterThanOrEqual(5);
    expect(s.plan.legend.join(" ")).toContain("STACK");
    const legendCells = s.plan.cells
      .filter((c) => c.row > s.layout.legendRow && c.style === "note")
      .map((c) => c.value);
    expect(legendCells).toEqual(s.plan.legend);
  });

  it("Revision 2 in words: a 「原则上」 cap's input says a larger cap is an approved exception; TOP_UP in the legend", () => {
    // HLJ-ROBOT-05: 「原则上单个项目支持金额不超过5000万元」 → 5000万元 = 50,000,000 yuan.
    const sheet = generateScenario({ ...HARBIN, clauses: ["HLJ-ROBOT-05"] });
    const cap = sheet.layout.inputs.find(
      (i) => i.clauseId === "HLJ-ROBOT-05" && i.param === "cap"
    )!;
    const note = cellAt(sheet, cap.row, 0)!.note!;
    expect(note).toContain("The text sets 50,000,000 only 「原则上」 (in principle)");
    const zh = generateScenario({ ...HARBIN, locale: "zh", clauses: ["HLJ-ROBOT-05"] });
    const zhCap = zh.layout.inputs.find((i) => i.clauseId === "HLJ-ROBOT-05" && i.param === "cap")!;
    expect(cellAt(zh, zhCap.row, 0)!.note).toContain("原文“原则上”不超过50,000,000元");
    // Revision 2: under TOP_UP a year whose apply flag is FALSE still counts as claimed.
    expect(sheet.plan.legend.join(" ")).toMatch(/TOP_UP .*apply is FALSE/);
  });

  it("planToGrid and A1 helpers", () => {
    expect([colName(0), colName(25), colName(26), colName(701)]).toEqual(["A", "Z", "AA", "ZZ"]);
    expect(ref(0, 5, { row: true }, "情景测算")).toBe("'情景测算'!F$1");
    expect(
      planToGrid({
        sheetName: "x",
        cells: [{ row: 1, col: 1, value: 2 }],
        freezeRows: 0,
        columnWidths: [],
        legend: [],
        warnings: [],
      })
    ).toEqual([
      [null, null],
      [null, 2],
    ]);
  });
});

describe("profiles", () => {
  const base: ScenarioProfile = {
    company: "Co",
    location: "HEILONGJIANG",
    sectors: ["ROBOTS"],
    firstYear: 2026,
    lastYear: 2027,
    locale: "en",
  };

  it("defaults: the sectors pick documents within the location", () => {
    const fns = (p: Partial<ScenarioProfile>) =>
      generateScenario({ ...base, ...p }).layout.awards.map((a) => a.document);
    expect(new Set(fns({}))).toEqual(new Set(["HLJ-ROBOT"]));
    expect(fns({})).toHaveLength(13);
    expect(fns({ sectors: ["ROBOTS", "AI"] })).toHaveLength(25);
    expect(new Set(fns({ sectors: ["AI"] }))).toEqual(new Set(["HLJ-AI"]));
    expect(fns({ location: "HANGZHOU", sectors: ["HUMANOID"] })).toHaveLength(10);
    expect(fns({ location: "HANGZHOU", sectors: ["ROBOTS"] })).toHaveLength(0);
    expect(fns({ location: "SHANDONG", sectors: ["HUMANOID"] })).toHaveLength(9);
    expect(fns({ location: "BEIJING", sectors: ["ROBOTS"] })).toHaveLength(8);
  });

  it("bad profiles throw with the reason", () => {
    expect(() => generateScenario({ ...base, location: "TIANJIN" as never })).toThrow(/location/);
    expect(() => generateScenario({ ...base, firstYear: 2028, lastYear: 2026 })).toThrow(/forward/);
    expect(() => generateScenario({ ...base, clauses: ["HZ-HUMANOID-06"] })).toThrow(
      "HZ-HUMANOID-06 (HZ-HUMANOID) does not apply in HEILONGJIANG"
    );
    expect(() => generateScenario({ ...base, clauses: ["HLJ-ROBOT-99"] })).toThrow(
      "unknown clause id HLJ-ROBOT-99"
    );
  });

  it("a ticked qualitative clause is a warning, not a row", () => {
    const s = generateScenario({ ...base, clauses: ["HLJ-ROBOT-06", "HLJ-ROBOT-11"] });
    expect(s.layout.awards.map((a) => a.clauseId)).toEqual(["HLJ-ROBOT-11"]);
    expect(s.plan.warnings).toEqual(["HLJ-ROBOT-06 is qualitative (no amount): no award row"]);
  });

  it("Shandong: a draft is not in force, so apply is FALSE by labelled assumption and every award is 0", () => {
    const s = generateScenario({ ...base, location: "SHANDONG" });
    const sd = s.layout.documents[0];
    expect(sd.assumed).toEqual(["draft", "draft"]);
    const c = cellAt(s, sd.applyRow, s.layout.firstYearCol)!;
    expect(c).toMatchObject({ value: false, style: "assumption" });
    expect(c.note).toContain("SD-ROBOT is a draft for comment (征求意见稿), not in force");
    const grid = planToGrid(s.plan) as Grid;
    fillBlanks(s, grid);
    const hf = hfScenario(s, grid);
    expect(yearly(hf, s, s.layout.stackRow)).toEqual([0, 0]);
  });

  it("Beijing 2025–2026: 2025 is in force; 2026 is unknown, applied by assumption", () => {
    const s = generateScenario({ ...base, location: "BEIJING", firstYear: 2025, lastYear: 2026 });
    const bj = s.layout.documents[0];
    expect(bj.assumed).toEqual([null, "unknown"]);
    expect(cellAt(s, bj.applyRow, s.layout.firstYearCol)).toMatchObject({
      value: true,
      style: "input",
    });
    expect(cellAt(s, bj.applyRow, s.layout.firstYearCol + 1)!.note).toContain(
      "BJ-ROBOT states no term; confirm the measures still apply"
    );
    // year_index counted from the loan's start year (an input defaulting to the first year)
    const loan = award(s, "BJ-ROBOT-06b");
    const start = s.layout.inputs.find(
      (i) => i.clauseId === "BJ-ROBOT-06b" && i.param === "start_year"
    )!;
    expect(cellAt(s, start.row, s.layout.historyCol)).toMatchObject({
      value: 2025,
      format: COUNT_FORMAT,
    });
    expect(start.beforeName).toBe("s_BJ_ROBOT_06b_start_year");
    expect(loan.args[1][3]).toBe("MAX(1,s_year_2026-s_BJ_ROBOT_06b_start_year+1)");
  });

  it("annual 'up to' awards count only in a year claimed; left at the cap they are labelled maximum (HLJ_DATASET_GRANT)", () => {
    const s = generateScenario({ ...base, clauses: ["HLJ-ROBOT-13a"] });
    const a = award(s, "HLJ-ROBOT-13a");
    expect(a.maximum).toBe(true);
    expect(a.claimed).toBe(true);
    const req = s.layout.inputs.find((i) => i.param === "requested")!;
    const claimed = s.layout.inputs.find((i) => i.param === "claimed")!;
    expect(cellAt(s, req.row, s.layout.firstYearCol)!.value).toBeUndefined();
    expect(cellAt(s, claimed.row, s.layout.firstYearCol)!.value).toBeUndefined();
    const grid = planToGrid(s.plan) as Grid;
    const hf = hfScenario(s, grid);
    expect(hf.getCellValue({ sheet: 0, row: a.row, col: 0 })).toBe("HLJ_DATASET_GRANT (maximum)");
    expect(yearly(hf, s, a.row)).toEqual([0, 0]); // nothing claimed: no award, not the maximum twice
    // claimed in the first year: the default request is the 2,000,000 cap
    grid[claimed.row][s.layout.firstYearCol] = true;
    expect(yearly(hfScenario(s, grid), s, a.row)).toEqual([2_000_000, 0]);
    // a typed request counts as claimed (second year: min(1,500,000, 2,000,000)); the label drops "maximum"
    grid[req.row][s.layout.firstYearCol + 1] = 1_500_000;
    const hf2 = hfScenario(s, grid);
    expect(hf2.getCellValue({ sheet: 0, row: a.row, col: 0 })).toBe("HLJ_DATASET_GRANT");
    expect(yearly(hf2, s, a.row)).toEqual([2_000_000, 1_500_000]);
    // 1 counts as claimed too; text that is not TRUE or a number does not
    grid[claimed.row][s.layout.firstYearCol] = "yes";
    expect(yearly(hfScenario(s, grid), s, a.row)).toEqual([0, 1_500_000]);
    grid[claimed.row][s.layout.firstYearCol] = 1;
    expect(yearly(hfScenario(s, grid), s, a.row)).toEqual([2_000_000, 1_500_000]);
  });

  it("Hangzhou 2025–2027: phased pilot platform (paid in earlier years) and the cumulative interest cap", () => {
    const s = generateScenario({
      ...base,
      location: "HANGZHOU",
      sectors: ["HUMANOID"],
      firstYear: 2025,
      lastYear: 2027,
      clauses: ["HZ-HUMANOID-04c", "HZ-HUMANOID-07"],
    });
    const grid = planToGrid(s.plan) as Grid;
    const set = (param: string, vals: number[]) => {
      const row = s.layout.inputs.find((i) => i.param === param)!.row;
      vals.forEach((v, k) => (grid[row][s.layout.firstYearCol + k] = v));
    };
    set("cumulative_actual_investment", [40_000_000, 100_000_000, 200_000_000]);
    set("eligible_investment", [200_000_000, 200_000_000, 200_000_000]);
    set("loan_amount", [100_000_000, 100_000_000, 100_000_000]);
    const hf = hfScenario(s, grid);
    // HZ-07 (spec §5.3 examples): 2025 40M × 30% = 12,000,000; 2026 30,000,000 − 12,000,000 paid = 18,000,000;
    // 2027 min(60,000,000, 50,000,000) − 30,000,000 paid = 20,000,000
    expect(yearly(hf, s, award(s, "HZ-HUMANOID-07").row)).toEqual([
      12_000_000, 18_000_000, 20_000_000,
    ]);
    // HZ-04c: 100,000,000 × 1% × 1 year = 1,000,000 a year, 1,500,000 cumulative: 1,000,000; 500,000 left; 0
    expect(yearly(hf, s, award(s, "HZ-HUMANOID-04c").row)).toEqual([1_000_000, 500_000, 0]);
    expect(yearly(hf, s, s.layout.stackRow)).toEqual([13_000_000, 18_500_000, 20_000_000]);
  });

  it("a company name that looks like a formula is written as text", () => {
    const s = generateScenario({ ...base, company: "=HYPERLINK(1)" });
    expect(s.plan.cells.map((c) => c.value)).toContain("'=HYPERLINK(1)");
  });

  it("Hangzhou: the in-kind office value is shown apart and not stacked", () => {
    const s = generateScenario({
      ...base,
      location: "HANGZHOU",
      sectors: ["HUMANOID"],
      firstYear: 2025,
      lastYear: 2025,
      clauses: ["HZ-HUMANOID-03b", "HZ-HUMANOID-06"],
    });
    const office = award(s, "HZ-HUMANOID-03b");
    expect(office.inKind).toBe(true);
    expect(cellAt(s, office.row, 0)!.value).toBe("HZ_FREE_OFFICE_VALUE (in kind, not cash)");
    const grid = planToGrid(s.plan) as Grid;
    const set = (param: string, v: number) =>
      (grid[s.layout.inputs.find((i) => i.param === param)!.row][s.layout.firstYearCol] = v);
    set("area_m2", 500);
    set("months", 24);
    set("monthly_rent_per_m2", 60);
    set("actual_investment", 1_500_000);
    const hf = hfScenario(s, grid);
    // office 500 × 24 × 60 = 720,000 (in kind); scenario 1,500,000 × 50% = 750,000
    expect(yearly(hf, s, s.layout.inKindRow)).toEqual([720_000]);
    expect(yearly(hf, s, s.layout.stackRow)).toEqual([750_000]);
  });

  it("Chinese locale: sheet name, labels and legend in Chinese", () => {
    const s = generateScenario({ ...HARBIN, locale: "zh" });
    expect(s.plan.sheetName).toBe("情景测算");
    expect(s.plan.cells[0].value).toBe("补贴情景测算：Harbin Robotics Co.");
    expect(s.plan.legend.every((l) => /[\u4e00-\u9fff]/.test(l))).toBe(true);
    expect(cellAt(s, s.layout.stackRow, 0)!.value).toBe("叠加后合计（STACK）");
  });
});

describe("every location's default sheet evaluates in HyperFormula without an error", () => {
  it.each(EVERY_LOCATION.map((p) => [p.location, p] as const))("%s", (_loc, p) => {
    const s = generateScenario(p);
    const grid = planToGrid(s.plan) as Grid;
    fillBlanks(s, grid);
    const hf = hfScenario(s, grid);
    const rows = [
      ...s.layout.awards.flatMap((a) => [a.row, a.countedRow]),
      s.layout.stackRow,
      s.layout.inKindRow,
    ];
    for (const r of rows)
      for (const v of yearly(hf, s, r)) expect([r, typeof v]).toEqual([r, "number"]);
    const totals = yearly(hf, s, s.layout.stackRow) as number[];
    s.layout.years.forEach((_, k) => {
      const sum = s.layout.awards.reduce(
        (acc, a) =>
          acc +
          (hf.getCellValue({
            sheet: 0,
            row: a.countedRow,
            col: s.layout.firstYearCol + k,
          }) as number),
        0
      );
      expect(Math.abs(sum - totals[k])).toBeLessThan(0.005);
    });
  });
});
