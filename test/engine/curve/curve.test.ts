/**
 * The award curve (src/engine/curve): breakpoints read from the records' shapes and constants, awards from
 * the engine. Every expected figure is worked from the policy text quoted above it.
 */
import { catalog } from "../../../src";
import {
  type AwardCurve,
  type AwardPicture,
  awardCurve,
  niceCeiling,
} from "../../../src/engine/curve";

const fnOf = (name: string) => {
  const fn = catalog.functionByName.get(name)?.fn;
  if (!fn) throw new Error(`no function ${name}`);
  return fn;
};
const curveOf = (name: string, raw: unknown[]): AwardCurve => {
  const picture: AwardPicture = awardCurve(fnOf(name), raw);
  if (picture.kind !== "curve") throw new Error(`${name}: expected a curve, got ${picture.kind}`);
  return picture;
};
const awardAt = (curve: AwardCurve, x: number) => curve.points.find((p) => p.x === x)?.award;
const marks = (curve: AwardCurve) => curve.breakpoints.map((b) => [b.x, b.kind, b.award]);

describe("awardCurve", () => {
  describe("HZ_SCENARIO_AWARD (rate with cap): 「按实际投入的50%、予以最高200万元的奖励」", () => {
    const curve = curveOf("HZ_SCENARIO_AWARD", [3_000_000]);

    it("one breakpoint, cap ÷ rate: 2,000,000 / 0.5 = 4,000,000, where the award is the cap", () => {
      expect(marks(curve)).toEqual([[4_000_000, "cap", 2_000_000]]);
    });

    it("the investment typed is the point: 3,000,000 × 0.5 = 1,500,000", () => {
      expect(curve.current).toEqual({ x: 3_000_000, award: 1_500_000 });
    });

    it("a fen either side of the cap: 3,999,999.99 × 0.5 = 1,999,999.995 → 2,000,000.00 (half away); above: the cap", () => {
      expect(awardAt(curve, 3_999_999.99)).toBe(2_000_000);
      expect(awardAt(curve, 4_000_000.01)).toBe(2_000_000);
      // 1,000,000 × 0.5 = 500,000: on the rising part.
      expect(awardAt(curve, 1_000_000)).toBe(500_000);
    });

    it("runs from 0 to a round figure past the breakpoint: 4,000,000 × 1.25 = 5,000,000", () => {
      expect(curve.points[0]).toEqual({ x: 0, award: 0 });
      expect(curve.points.at(-1)).toEqual({ x: 5_000_000, award: 2_000_000 });
      const xs = curve.points.map((p) => p.x);
      expect(xs).toEqual([...xs].sort((a, b) => a - b));
    });
  });

  describe("HLJ_RD_SUBSIDY (threshold): 「研发投入50万元以上…基础比例上浮50%…累计最高不超过1500万元」", () => {
    // Prior year 1,000,000, base ratios 10% (stock) and 20% (increment), nothing received yet.
    const curve = curveOf("HLJ_RD_SUBSIDY", [2_000_000, 1_000_000, 0.1, 0.2]);

    it("threshold 500,000 (以上: inclusive), the stock|increment split at the prior year's 1,000,000, the cumulative cap", () => {
      // Below the prior year: 1.5 × 10% × x = 0.15x; above: 0.15 × 1,000,000 + 1.5 × 20% × (x − 1,000,000)
      // = 150,000 + 0.3 (x − 1,000,000), which reaches 15,000,000 at 1,000,000 + 14,850,000 / 0.3 = 50,500,000.
      expect(marks(curve)).toEqual([
        [500_000, "threshold", 75_000], // 0.15 × 500,000
        [1_000_000, "kink", 150_000], // 0.15 × 1,000,000
        [50_500_000, "room", 15_000_000],
      ]);
    });

    it("steps at the threshold: 499,999.99 → 0, 500,000 → 75,000", () => {
      expect(awardAt(curve, 499_999.99)).toBe(0);
      expect(awardAt(curve, 500_000)).toBe(75_000);
    });

    it("the point: 150,000 + 0.3 × (2,000,000 − 1,000,000) = 450,000", () => {
      expect(curve.current).toEqual({ x: 2_000_000, award: 450_000 });
    });

    it("4,000,000 already received: room 11,000,000, reached at 1,000,000 + (11,000,000 − 150,000) / 0.3", () => {
      const r = curveOf("HLJ_RD_SUBSIDY", [2_000_000, 1_000_000, 0.1, 0.2, 4_000_000]);
      // 10,850,000 / 0.3 = 36,166,666.666667 (to a millionth of a yuan), + 1,000,000
      expect(r.breakpoints.at(-1)).toMatchObject({
        x: 37_166_666.666667,
        kind: "room",
        award: 11_000_000,
      });
    });
  });

  describe("HLJ_REVENUE_MILESTONE_AWARD (tiers): 「首次超过1000万元、5000万元、1亿元、3亿元的，分别给予…50万元、200万元、300万元、500万元」", () => {
    const curve = curveOf("HLJ_REVENUE_MILESTONE_AWARD", [60_000_000]);

    it("the four tier edges; 「超过」 excludes each, so the award at an edge is the tier below", () => {
      expect(marks(curve)).toEqual([
        [10_000_000, "tier", 0],
        [50_000_000, "tier", 500_000],
        [100_000_000, "tier", 2_000_000],
        [300_000_000, "tier", 3_000_000],
      ]);
      expect(curve.breakpoints.every((b) => b.op === ">")).toBe(true);
    });

    it("steps a fen past each edge: 500,000 / 2,000,000 / 3,000,000 / 5,000,000", () => {
      expect(awardAt(curve, 10_000_000.01)).toBe(500_000);
      expect(awardAt(curve, 50_000_000.01)).toBe(2_000_000);
      expect(awardAt(curve, 100_000_000.01)).toBe(3_000_000);
      expect(awardAt(curve, 300_000_000.01)).toBe(5_000_000);
    });

    it("with 60,000,000 earlier the point 60,000,000 crosses nothing new; typed alone it earns the 5,000万 tier", () => {
      expect(curve.current).toEqual({ x: 60_000_000, award: 2_000_000 });
      const after = curveOf("HLJ_REVENUE_MILESTONE_AWARD", [60_000_000, 60_000_000]);
      expect(after.current).toEqual({ x: 60_000_000, award: 0 });
    });
  });

  describe("HLJ_FIRST_SET_AWARD (range, one item's price): 「价值50万元以上的，按…成交价的50%…单台（套）奖励上限200万元…每年…不超过500万元」", () => {
    it("the per-item band: threshold 500,000 and the per-unit cap 2,000,000 / 0.5 = 4,000,000", () => {
      const curve = curveOf("HLJ_FIRST_SET_AWARD", [[[1_000_000], [3_000_000]]]);
      expect(curve.perItem).toBe(true);
      expect(marks(curve)).toEqual([
        [500_000, "threshold", 250_000], // 500,000 × 50%
        [4_000_000, "cap", 2_000_000],
      ]);
      // The first item is the point: 1,000,000 × 50% = 500,000 (alone in the range).
      expect(curve.current).toEqual({ x: 1_000_000, award: 500_000 });
      expect(awardAt(curve, 499_999.99)).toBe(0);
    });

    it("3,500,000 received this year: room 1,500,000 binds before the per-unit cap, at 1,500,000 / 0.5 = 3,000,000", () => {
      const curve = curveOf("HLJ_FIRST_SET_AWARD", [[[1_000_000]], 3_500_000]);
      expect(marks(curve)).toEqual([
        [500_000, "threshold", 250_000],
        [3_000_000, "room", 1_500_000],
      ]);
    });
  });

  describe("HLJ_KEYTECH_GRANT (a 「X-Y」 band)", () => {
    const fn = fnOf("HLJ_KEYTECH_GRANT");
    const c = fn.constants as { floor: number; cap: number };
    const curve = curveOf("HLJ_KEYTECH_GRANT", [undefined]);

    it("marks both ends of the band, with no point while nothing is typed", () => {
      expect(marks(curve)).toEqual([
        [c.floor, "band", c.floor],
        [c.cap, "band", c.cap],
      ]);
      expect(curve.current).toBeUndefined();
    });

    it("a request inside the gap below the band is refused (#NUM!): no award there", () => {
      expect(awardAt(curve, c.floor - 0.01)).toBeNull();
      expect(awardAt(curve, 0)).toBe(0);
    });
  });

  describe("HZ_RD_SUBSIDY (rate on the total or the increment, the user's rate and cap): 「按年研发投入总量或增量」", () => {
    it("on the total, rate 10 %, cap 300,000: reached at 300,000 / 0.1 = 3,000,000", () => {
      const curve = curveOf("HZ_RD_SUBSIDY", [5_000_000, 0.1, "TOTAL", undefined, 300_000]);
      expect(marks(curve)).toEqual([[3_000_000, "cap", 300_000]]);
    });

    it("on the increment over 1,000,000: nothing up to it, then the cap at 1,000,000 + 3,000,000 = 4,000,000", () => {
      const curve = curveOf("HZ_RD_SUBSIDY", [5_000_000, 0.1, "INCREMENT", 1_000_000, 300_000]);
      expect(marks(curve)).toEqual([
        [1_000_000, "kink", 0],
        [4_000_000, "cap", 300_000],
      ]);
      // 5,000,000 − 1,000,000 = 4,000,000 × 10 % = 400,000 → the cap, 300,000.
      expect(curve.current).toEqual({ x: 5_000_000, award: 300_000 });
    });
  });

  describe("a fixed or by-category award: a table", () => {
    it("HLJ_NATIONAL_CENTER_GRANT: one row per centre type (「给予1000万元」; provincial: none stated → 0)", () => {
      const picture = awardCurve(fnOf("HLJ_NATIONAL_CENTER_GRANT"), []);
      expect(picture.kind).toBe("table");
      if (picture.kind !== "table") return;
      expect(picture.rows.map((r) => [r.code, r.award])).toEqual([
        ["EMERGING", 10_000_000],
        ["ENGINEERING", 10_000_000],
        ["MANUFACTURING", 10_000_000],
        ["PROVINCIAL", 0],
      ]);
    });
  });

  it("no picture while another argument is invalid (the calculator says why)", () => {
    expect(awardCurve(fnOf("HLJ_RD_SUBSIDY"), [2_000_000, "abc", 0.1, 0.2]).kind).toBe("none");
  });

  it("niceCeiling: 1, 2 or 5 × a power of ten", () => {
    expect([
      niceCeiling(4_000_001),
      niceCeiling(1_250_000),
      niceCeiling(63_125_000),
      niceCeiling(0),
    ]).toEqual([5_000_000, 2_000_000, 100_000_000, 1_000_000]);
  });
});
