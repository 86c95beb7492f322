/**
 * The audit report for the Harbin scenario (fixtures.ts), evaluated in HyperFormula together with the
 * scenario sheet it refers to. Expected values are the hand-computed ones of harbin.test.ts.
 */
import { generateAudit } from "../../../src/workbook/audit/sheet";
import { HARBIN, harbin, hfAddSheet, hfScenario } from "../fixtures";

describe("audit report (Harbin 2026–2028)", () => {
  const { s, grid } = harbin();
  const audit = generateAudit(s);
  const hf = hfScenario(s, grid);
  const sheet = hfAddSheet(hf, s, audit.plan);
  const get = (row: number, col: number) => hf.getCellValue({ sheet, row, col });
  const years = (row: number) => [0, 1, 2].map((k) => get(row, 3 + k));
  const texts = audit.plan.cells
    .map((c) => c.value)
    .filter((v): v is string => typeof v === "string");

  it("names the scenario and lists the policy references with their stacking rules and windows", () => {
    expect(audit.plan.sheetName).toBe("Audit");
    expect(texts).toContain("Audit report: Harbin Robotics Co.");
    expect(texts).toContain("黑龙江省支持智能机器人产业发展若干政策措施");
    expect(texts).toContain(
      "符合本政策，同时符合我省其他扶持政策规定的，按照从优、就高、不重复的原则予以支持，另有规定的除外。"
    );
    expect(texts.some((t) => t.startsWith("§3.6: 2026-04-17"))).toBe(true);
  });

  it("quotes every clause applied", () => {
    expect(texts).toContain(
      "对研发投入50万元以上且符合条件的智能机器人企业，按照企业上年度研发投入存量和增量部分，给予基础比例上浮50%的补助支持，累计最高不超过1500万元。"
    );
    for (const id of HARBIN.clauses!) expect(texts).toContain(id);
  });

  it("mirrors the inputs from the scenario sheet", () => {
    const values = hf.getSheetValues(sheet).flat();
    expect(values).toContain(150_000_000);
    expect(values).toContain(0.05);
  });

  it("awards before and after stacking, and the stacked total, refer to the scenario sheet", () => {
    expect(years(audit.layout.rawRow["HLJ-AI-03"])).toEqual([5_250_000, 3_000_000, 0]);
    expect(years(audit.layout.countedRow["HLJ-AI-03"])).toEqual([0, 0, 0]);
    expect(years(audit.layout.stackRow)).toEqual([12_120_000, 8_500_000, 1_000_000]);
  });

  it("stacking decisions", () => {
    const dropped = "dropped: overlap group HLJ-RD, a larger award counts";
    expect(years(audit.layout.decisionRow["HLJ-AI-03"])).toEqual([dropped, dropped, "no award"]);
    expect(years(audit.layout.decisionRow["HLJ-ROBOT-01"])).toEqual([
      "counted",
      "counted",
      "no award",
    ]);
    expect(years(audit.layout.decisionRow["HLJ-AI-06c"])).toEqual([
      "counted",
      "counted",
      "no award",
    ]);
  });

  it("the binding cap per year (from the EXPLAIN blocks)", () => {
    // R&D: 2026 10,500,000 under the 15,000,000 room (none binds); 2027 room 4,500,000 binds; 2028 room 0 binds
    expect(years(audit.layout.bindingRow["HLJ-ROBOT-01"])).toEqual([
      "none",
      "Cumulative cap (room left): 4,500,000 left [binding]",
      "Cumulative cap (room left): 0 left [binding]",
    ]);
    // shared data-voucher cap: 2026 room 400,000 binds item B; 2028 the 1,000,000 room binds item A
    expect(years(audit.layout.bindingRow["HLJ-AI-06c"])[0]).toBe(
      "Annual cap (room left this year): 400,000 left [binding]"
    );
    expect(years(audit.layout.bindingRow["HLJ-ROBOT-13b"])[2]).toBe(
      "Annual cap (room left this year): 1,000,000 left [binding]"
    );
    expect(years(audit.layout.bindingRow["HLJ-ROBOT-11"])).toEqual([
      "none",
      expect.stringContaining("300,000 [binding]"),
      "none",
    ]);
  });

  it("each EXPLAIN block ends with the award the scenario computed", () => {
    for (const a of s.layout.awards) {
      audit.layout.explainAt[a.clauseId].forEach(({ row, col }, k) => {
        let r = row;
        while (get(r + 1, col) !== null && get(r + 1, col) !== undefined) r++;
        expect([a.clauseId, k, get(r, col), get(r, col + 1)]).toEqual([
          a.clauseId,
          k,
          "Award",
          hf.getCellValue({ sheet: 0, row: a.row, col: s.layout.firstYearCol + k }),
        ]);
      });
    }
  });

  it("IN_FORCE's #N/A reads as its message in the report", () => {
    const values = hf.getSheetValues(sheet).flat();
    expect(values).toContain("HLJ-AI gives no issue date, so its window is unknown");
  });

  it("no error anywhere in the audit sheet", () => {
    for (const row of hf.getSheetValues(sheet))
      for (const v of row) expect((v as { type?: string } | null)?.type).toBeUndefined();
  });

  it("a Chinese audit for a Chinese profile", () => {
    const { s: zh } = { s: { ...s, profile: { ...s.profile, locale: "zh" as const } } };
    const a = generateAudit(zh);
    expect(a.plan.sheetName).toBe("审计报告");
    expect(a.plan.legend.every((l) => /[\u4e00-\u9fff]/.test(l))).toBe(true);
  });
});
