/**
 * The audit report of a native scenario (issue 14): the Harbin scenario (fixtures.ts) generated with
 * native formulas, its audit evaluated in HyperFormula with array arithmetic (without it mask formulas
 * silently return 0), against the add-in scenario and audit of the same inputs. The add-in values are the
 * hand-computed ones of sheet.test.ts; the step cells of one clause are worked out by hand below.
 */
import { type CellValue, DetailedCellError, HyperFormula } from "hyperformula";
import { generateAudit } from "../../../src/workbook/audit/sheet";
import type { NativeStepsAt } from "../../../src/workbook/audit/native-steps-block";
import { checkNativeCells } from "../../../src/workbook/scenario/dialect";
import { planToGrid } from "../../../src/workbook/plan";
import { BOOLEAN_CONSTANTS, HF_CONFIG, registerSubsidyFunctions } from "../../support/hyperformula";
import { generateScenario } from "../../../src/workbook";
import type { ScenarioProfile } from "../../../src/workbook/scenario/profile";
import {
  EVERY_LOCATION,
  type Grid,
  fillBlanks,
  harbin,
  hfNamedExpressions,
  hfScenario,
  hfAddSheet,
  withNamesResolved,
} from "../fixtures";

/** The native Harbin scenario and its audit in one HyperFormula with array arithmetic. */
function nativeHarbin() {
  const { s, grid } = harbin("native");
  const audit = generateAudit(s);
  const hf = HyperFormula.buildFromSheets(
    { [s.plan.sheetName]: grid },
    { ...HF_CONFIG, useArrayArithmetic: true },
    hfNamedExpressions(s.plan, 0)
  );
  const name = hf.addSheet(audit.plan.sheetName);
  const sheet = hf.getSheetId(name)!;
  hf.setSheetContent(
    sheet,
    withNamesResolved(hf, s.plan.sheetName, planToGrid(audit.plan) as Grid)
  );
  return { s, audit, hf, sheet };
}

const comparable = (v: CellValue) => (v instanceof DetailedCellError ? `#${v.type}` : v);

describe("native audit report (Harbin 2026–2028)", () => {
  const native = nativeHarbin();
  const { audit, hf, sheet } = native;
  const get = (row: number, col: number) => comparable(hf.getCellValue({ sheet, row, col }));
  const years = (row: number) => [0, 1, 2].map((k) => get(row, 3 + k));

  const addin = harbin();
  const addinAudit = generateAudit(addin.s);
  registerSubsidyFunctions();
  const addinHf = hfScenario(addin.s, addin.grid);
  const addinSheet = hfAddSheet(addinHf, addin.s, addinAudit.plan);
  const addinYears = (row: number) =>
    [0, 1, 2].map((k) => comparable(addinHf.getCellValue({ sheet: addinSheet, row, col: 3 + k })));

  it("contains no SUBSIDY.* and every formula passes the native lint", () => {
    expect(() => checkNativeCells("audit", audit.plan.cells)).not.toThrow();
    for (const c of audit.plan.cells)
      expect(String(c.formula ?? "") + String(c.value ?? "")).not.toContain("SUBSIDY.");
    expect(audit.layout.explainAt).toEqual({});
    // The add-in audit is unchanged: it still explains with the add-in.
    expect(addinAudit.plan.cells.some((c) => c.formula?.startsWith("=SUBSIDY.EXPLAIN("))).toBe(
      true
    );
  });

  it("awards before and after stacking and the stacked total equal the add-in audit's", () => {
    for (const a of addin.s.layout.awards) {
      expect([a.clauseId, years(audit.layout.rawRow[a.clauseId])]).toEqual([
        a.clauseId,
        addinYears(addinAudit.layout.rawRow[a.clauseId]),
      ]);
      expect([a.clauseId, years(audit.layout.countedRow[a.clauseId])]).toEqual([
        a.clauseId,
        addinYears(addinAudit.layout.countedRow[a.clauseId]),
      ]);
      expect(years(audit.layout.decisionRow[a.clauseId])).toEqual(
        addinYears(addinAudit.layout.decisionRow[a.clauseId])
      );
    }
    expect(years(audit.layout.stackRow)).toEqual([12_120_000, 8_500_000, 1_000_000]);
  });

  it("each step block's award is the scenario's award (the engine's, by the add-in sheet)", () => {
    let compared = 0;
    for (const a of addin.s.layout.awards)
      audit.layout.stepsAt[a.clauseId].forEach((at, k) => {
        const engine = addinHf.getCellValue({
          sheet: 0,
          row: a.row,
          col: addin.s.layout.firstYearCol + k,
        });
        // The award row of the scenario is IF(apply, award, 0): compare where the policy applies.
        if (engine === 0) return;
        expect([a.clauseId, k, get(at.awardRow, at.valueCol)]).toEqual([a.clauseId, k, engine]);
        compared++;
      });
    expect(compared).toBeGreaterThanOrEqual(10); // of the 18 clause-years, those that pay
  });

  /*
   * HLJ-ROBOT-11 by hand. 「对符合条件的首发、首秀、首展活动，按照实际发生费用的30%，给予最高30万元补助资金。」
   * 30% of the actual cost, at most 300,000:
   *   2026  cost 400,000:   400,000 × 0.3 = 120,000; cap 300,000 does not cut it (without it: 120,000,
   *         not larger) → award 120,000, no cap binds.
   *   2027  cost 1,500,000: 1,500,000 × 0.3 = 450,000; cap 300,000 → 300,000 (without it: 450,000 >
   *         300,000, so it binds) → award 300,000, binding cap "Cap 300,000".
   *   2028  cost 0: 0 × 0.3 = 0 → 0, no cap binds.
   */
  describe("HLJ-ROBOT-11's steps, worked by hand", () => {
    const blocks = audit.layout.stepsAt["HLJ-ROBOT-11"];
    const rowOf = (at: NativeStepsAt, kind: string) =>
      at.firstStepRow + at.steps.findIndex((s) => s.kind === kind);
    const cells = (at: NativeStepsAt) => ({
      input: get(rowOf(at, "input"), 1),
      rate: get(rowOf(at, "rate"), 1),
      cap: [1, 2, 3, 4].map((c) => get(rowOf(at, "cap"), c)),
      noCap: get(at.noCapRow, 4),
      award: get(at.awardRow, 1),
      binding: get(at.bindingRow, 1),
    });

    it("labels: the cost read, the rate applied, the cap", () => {
      expect(blocks[0].steps.map((s) => s.kind)).toEqual(["input", "rate", "cap"]);
      expect(get(blocks[0].headerRow, 0)).toBe("HLJ-ROBOT-11 · HLJ_LAUNCH_EVENT_SUBSIDY · 2026");
      expect(get(rowOf(blocks[0], "rate"), 0)).toBe("Rate applied (× 0.3)");
      expect(get(rowOf(blocks[0], "cap"), 0)).toBe("Cap 300,000");
    });

    it("2026: 120,000, no cap binds", () => {
      expect(cells(blocks[0])).toEqual({
        input: 400_000,
        rate: 120_000,
        cap: [120_000, 300_000, 120_000, false],
        noCap: true,
        award: 120_000,
        binding: "No cap binds",
      });
    });

    it("2027: 450,000 capped at 300,000, the cap binds", () => {
      expect(cells(blocks[1])).toEqual({
        input: 1_500_000,
        rate: 450_000,
        cap: [300_000, 300_000, 450_000, true],
        noCap: false,
        award: 300_000,
        binding: "Cap 300,000",
      });
    });

    it("2028: 0", () => {
      expect(cells(blocks[2])).toMatchObject({ rate: 0, award: 0, binding: "No cap binds" });
    });
  });

  it("the binding cap per year, from the step blocks (as the add-in's EXPLAIN finds it)", () => {
    // R&D: 2026 10,500,000 under the 15,000,000 room (none binds); 2027 room 4,500,000 binds; 2028 room 0 binds
    expect(years(audit.layout.bindingRow["HLJ-ROBOT-01"])).toEqual([
      "No cap binds",
      "Room under the 15,000,000 cap",
      "Room under the 15,000,000 cap",
    ]);
    expect(years(audit.layout.bindingRow["HLJ-ROBOT-11"])).toEqual([
      "No cap binds",
      "Cap 300,000",
      "No cap binds",
    ]);
    // shared data-voucher cap: 2026 the room of 400,000 left under it binds item B (HLJ-AI-06c: 5,000,000 ×
    // 10% = 500,000 > 400,000); 2028 the whole 1,000,000 room binds item A (12,000,000 × 10% = 1,200,000)
    expect(years(audit.layout.bindingRow["HLJ-AI-06c"])[0]).toBe("Room under the 1,000,000 cap");
    expect(years(audit.layout.bindingRow["HLJ-ROBOT-13b"])[2]).toBe("Room under the 1,000,000 cap");
  });

  it("IN_FORCE's #N/A reads as its message in the report", () => {
    expect(hf.getSheetValues(sheet).flat()).toContain(
      "HLJ-AI gives no issue date, so its window is unknown"
    );
  });

  it("no error anywhere in the audit sheet", () => {
    hf.getSheetValues(sheet).forEach((line, row) =>
      line.forEach((v, col) => expect([row, col, comparable(v)]).toEqual([row, col, v]))
    );
  });
});

/**
 * Every location's native audit, every clause of its sectors: generated (the native lint passes) and, in
 * HyperFormula, each step block's award equals the scenario's award wherever the scenario pays, with no error
 * anywhere in the audit. HyperFormula is given TRUE and FALSE as constants (BOOLEAN_CONSTANTS): the twins
 * write FALSE for a blank optional code or flag, which Excel and LibreOffice read and HyperFormula otherwise
 * takes for an unknown name. BJ-ROBOT-06b is left out: HyperFormula 3.5 cannot build its native SCENARIO
 * sheet with the sheet's defined names ("There is no AST with such key in the cache" in addNamedExpression;
 * without the names, or on the add-in sheet, it builds), so neither can its audit be evaluated here.
 */
describe.each(EVERY_LOCATION.map((p) => [p.location, p] as const))(
  "%s: the native audit of every clause of its sectors",
  (_, located) => {
    const all = generateScenario(located, { formulas: "native" }).layout.awards;
    const profile: ScenarioProfile = {
      ...located,
      clauses: all.map((a) => a.clauseId).filter((id) => id !== "BJ-ROBOT-06b"),
    };
    const s = generateScenario(profile, { formulas: "native" });
    const grid = planToGrid(s.plan) as Grid;
    fillBlanks(s, grid);
    for (const d of s.layout.documents)
      s.layout.years.forEach((_, k) => (grid[d.applyRow][s.layout.firstYearCol + k] = true));
    const audit = generateAudit(s);
    const hf = HyperFormula.buildFromSheets(
      { [s.plan.sheetName]: grid },
      { ...HF_CONFIG, useArrayArithmetic: true },
      [...BOOLEAN_CONSTANTS, ...hfNamedExpressions(s.plan, 0)]
    );
    const sheet = hf.getSheetId(hf.addSheet(audit.plan.sheetName))!;
    hf.setSheetContent(
      sheet,
      withNamesResolved(hf, s.plan.sheetName, planToGrid(audit.plan) as Grid)
    );

    it("is generated for every clause, BJ-ROBOT-06b too (the native lint passes)", () => {
      const full = generateScenario(located, { formulas: "native" });
      expect(generateAudit(full).layout.stepsAt[all[0].clauseId]).toHaveLength(
        s.layout.years.length
      );
    });

    it("each step block's award is the scenario's, wherever the scenario pays", () => {
      let compared = 0;
      for (const a of s.layout.awards)
        audit.layout.stepsAt[a.clauseId].forEach((at, k) => {
          const award = hf.getCellValue({ sheet: 0, row: a.row, col: s.layout.firstYearCol + k });
          if (award === 0) return; // not paid that year (one-time, not claimed): the steps still compute
          const steps = hf.getCellValue({ sheet, row: at.awardRow, col: at.valueCol });
          expect([a.clauseId, k, comparable(steps)]).toEqual([a.clauseId, k, comparable(award)]);
          compared++;
        });
      expect(compared).toBeGreaterThan(0);
    });

    it("no error anywhere in the audit", () => {
      hf.getSheetValues(sheet).forEach((line, row) =>
        line.forEach((v, col) => expect([row, col, comparable(v)]).toEqual([row, col, v]))
      );
    });
  }
);
