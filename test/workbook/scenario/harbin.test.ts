/**
 * A three-year (2026–2028) Harbin robot profile: the generated scenario sheet evaluated in HyperFormula
 * against yearly totals worked by hand, with the HLJ-RD cumulative cap (shared by HLJ-ROBOT-01 and
 * HLJ-AI-03) binding in 2027 and the shared HLJ-DATA-VOUCHER annual cap binding in 2026.
 *
 * R&D (HLJ-RD, one item, one shared 15,000,000 cumulative cap):
 *   2026 robot: stock min(150M, 100M) × 2% = 2,000,000; increment 50M × 10% = 5,000,000; × 1.5 = 10,500,000
 *        AI:    100M × 1% = 1,000,000; 50M × 5% = 2,500,000; × 1.5 = 5,250,000 → dropped (robot larger)
 *   2027 received = 10,500,000 (counted 2026), room 4,500,000
 *        robot: 150M × 2% = 3,000,000 + 10M × 10% = 1,000,000 → × 1.5 = 6,000,000 → 4,500,000 (cap binds)
 *        AI:    150M × 1% = 1,500,000 + 10M × 5% = 500,000 → × 1.5 = 3,000,000 → dropped
 *   2028 received = 15,000,000, room 0 → 0
 * Revenue milestones (HLJ-ROBOT-09, HIGHEST): 2026 30M, prior max 8M → 10M tier = 500,000;
 *   2027 120M, prior max MAX(8M, 30M) = 30M → 50M and 100M tiers → 3,000,000; 2028 110M, prior 120M → 0
 * Launch events (HLJ-ROBOT-11): 400,000 × 30% = 120,000; 1,500,000 × 30% = 450,000 → 300,000; 0
 * Data vouchers (HLJ-DATA-VOUCHER, items A and B, one shared 1,000,000 annual cap):
 *   2026 A: 6M × 10% = 600,000; B: 5M × 10% = 500,000, room 1,000,000 − 600,000 = 400,000 → 400,000
 *   2027 A: 300,000; B: 400,000 (room 700,000)
 *   2028 A: 1,200,000 → 1,000,000; B: 200,000, room 0 → 0
 * Totals: 2026 10,500,000 + 500,000 + 120,000 + 600,000 + 400,000 = 12,120,000
 *         2027  4,500,000 + 3,000,000 + 300,000 + 300,000 + 400,000 =  8,500,000
 *         2028                                       1,000,000 =  1,000,000      → 21,620,000
 */

import { award, harbin, hfScenario, yearly } from "../fixtures";

describe("Harbin robot scenario, 2026–2028, in HyperFormula", () => {
  const { s, grid } = harbin();
  const hf = hfScenario(s, grid);
  const row = (id: string) => yearly(hf, s, award(s, id).row);
  const counted = (id: string) => yearly(hf, s, award(s, id).countedRow);

  it("awards before stacking, year by year", () => {
    expect(row("HLJ-ROBOT-01")).toEqual([10_500_000, 4_500_000, 0]);
    expect(row("HLJ-AI-03")).toEqual([5_250_000, 3_000_000, 0]);
    expect(row("HLJ-ROBOT-09")).toEqual([500_000, 3_000_000, 0]);
    expect(row("HLJ-ROBOT-11")).toEqual([120_000, 300_000, 0]);
    expect(row("HLJ-ROBOT-13b")).toEqual([600_000, 300_000, 1_000_000]);
    expect(row("HLJ-AI-06c")).toEqual([400_000, 400_000, 0]);
  });

  it("counted after stacking (STACK_ROWS): the AI R&D row is dropped every year", () => {
    expect(counted("HLJ-ROBOT-01")).toEqual([10_500_000, 4_500_000, 0]);
    expect(counted("HLJ-AI-03")).toEqual([0, 0, 0]);
    expect(counted("HLJ-AI-06c")).toEqual([400_000, 400_000, 0]);
  });

  it("stacked totals per year and over the three years", () => {
    expect(yearly(hf, s, s.layout.stackRow)).toEqual([12_120_000, 8_500_000, 1_000_000]);
    expect(hf.getCellValue({ sheet: 0, row: s.layout.totalRow, col: s.layout.firstYearCol })).toBe(
      21_620_000
    );
    expect(yearly(hf, s, s.layout.inKindRow)).toEqual([0, 0, 0]);
  });

  it("STACK equals the sum of the STACK_ROWS column each year", () => {
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
      expect(sum).toBe(totals[k]);
    });
  });

  it("the policy block: HLJ-ROBOT in force each 31 December; HLJ-AI #N/A with its message, applied by assumption", () => {
    const [robot, ai] = s.layout.documents;
    expect(yearly(hf, s, robot.inForceRow)).toEqual([true, true, true]);
    expect(yearly(hf, s, robot.applyRow)).toEqual([true, true, true]);
    for (const v of yearly(hf, s, ai.inForceRow))
      expect(v).toMatchObject({
        type: "NA",
        message: "HLJ-AI gives no issue date, so its window is unknown",
      });
    expect(yearly(hf, s, ai.applyRow)).toEqual([true, true, true]);
  });

  it("same item key for both data vouchers: one scheme, only the larger counts, neither shrinks the other", () => {
    const { s: s2, grid: g2 } = harbin();
    g2[award(s2, "HLJ-AI-06c").row][s2.layout.historyCol] = "a"; // item keys compare case-insensitively: same item as "A"
    const hf2 = hfScenario(s2, g2);
    // 2026 max(600,000, 500,000); 2027 max(300,000, 400,000); 2028 max(1,000,000, 200,000)
    expect(yearly(hf2, s2, award(s2, "HLJ-AI-06c").row)).toEqual([500_000, 400_000, 200_000]);
    expect(yearly(hf2, s2, s2.layout.stackRow)).toEqual([11_720_000, 8_200_000, 1_000_000]);
  });

  it("overriding apply (HLJ-ROBOT off in 2027) moves the R&D award to HLJ-AI-03 and the cap binds in 2028", () => {
    const { s: s3, grid: g3 } = harbin();
    g3[s3.layout.documents[0].applyRow][s3.layout.firstYearCol + 1] = false;
    const hf3 = hfScenario(s3, g3);
    // 2027: robot rows 0; AI R&D 3,000,000 (room 4,500,000) counts; AI voucher 400,000 (A paid 0)
    // 2028: received 10,500,000 + 3,000,000 = 13,500,000 → room 1,500,000;
    //       robot 4,200,000 × 1.5 = 6,300,000 → 1,500,000; AI 2,100,000 × 1.5 = 3,150,000 → 1,500,000; tie → first row
    expect(yearly(hf3, s3, award(s3, "HLJ-AI-03").countedRow)).toEqual([0, 3_000_000, 0]);
    expect(yearly(hf3, s3, award(s3, "HLJ-ROBOT-01").countedRow)).toEqual([
      10_500_000, 0, 1_500_000,
    ]);
    expect(yearly(hf3, s3, s3.layout.stackRow)).toEqual([12_120_000, 3_400_000, 2_500_000]);
  });

  it("no circular reference: HyperFormula finds no #CYCLE! anywhere", () => {
    for (const r of hf.getSheetValues(0))
      for (const v of r) expect((v as { type?: string })?.type).not.toBe("CYCLE");
  });
});
