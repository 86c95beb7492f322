import { L } from "../../../src/engine/labels";
import { phasedRateCapped } from "../../../src/engine/shapes/phased-rate-capped";
import { award, label, labels, runShape, step } from "./run-shape";

describe("phasedRateCapped: max(0, min(base × rate, cap) − paid), optionally behind a threshold", () => {
  const c = { rate: 0.1, cap: 1000, threshold: 5000, thresholdOp: ">=" as const };
  const base = { param: "approved", label: label("Approved investment"), fallbackParam: "total" };
  const threshold = { param: "total", label: label("Total investment") };
  const shape = phasedRateCapped({ base, paidParam: "paid", threshold });
  const args = (total: number, approved?: number, paid?: number) => ({ total, approved, paid });

  it("below the threshold (4,999 < 5,000) → 0", () => {
    const { award: a, steps } = runShape(shape, args(4999, 8000), c);
    expect(a).toBe(0);
    expect(step(steps, L.threshold.en)).toMatchObject({ op: ">=", met: false });
  });

  it("at the threshold (inclusive), base falling back to the total: 5,000 × 0.1 = 500", () => {
    expect(award(shape, args(5000), c)).toBe(500);
  });

  it("「超过」 excludes the number: 5,000 → 0", () => {
    expect(award(shape, args(5000), { ...c, thresholdOp: ">" })).toBe(0);
  });

  it("the approved base when given: 8,000 × 0.1 = 800 (the total only tests the threshold)", () => {
    expect(award(shape, args(9000, 8000), c)).toBe(800);
  });

  it("cap binding: 20,000 × 0.1 = 2,000 → 1,000", () => {
    const { award: a, steps } = runShape(shape, args(20_000, 20_000), c);
    expect(a).toBe(1000);
    expect(step(steps, L.perProjectCap.en).bound).toBe(true);
  });

  it("less earlier phases: 1,000 − 400 = 600; all paid 1,000 − 1,000 = 0; overpaid max(0, 1,000 − 1,200) = 0", () => {
    const { award: a, steps } = runShape(shape, args(20_000, 20_000, 400), c);
    expect(a).toBe(600);
    expect(labels(steps).at(-1)).toBe("Less amounts paid in earlier phases");
    expect(award(shape, args(20_000, 20_000, 1000), c)).toBe(0);
    expect(award(shape, args(20_000, 20_000, 1200), c)).toBe(0);
  });

  it("no threshold option: the constant is not tested, 1,000 × 0.1 = 100", () => {
    const open = phasedRateCapped({ base, paidParam: "paid" });
    expect(award(open, args(1000), c)).toBe(100);
  });

  it("a threshold option but no threshold constant: not tested, 1,000 × 0.1 = 100", () => {
    expect(award(shape, args(1000), { rate: 0.1, cap: 1000 })).toBe(100);
  });

  it("base and fallback both omitted → a base of 0 → 0", () => {
    const open = phasedRateCapped({ base, paidParam: "paid" });
    expect(award(open, { approved: undefined, total: undefined, paid: undefined }, c)).toBe(0);
  });

  it("rate and cap arguments: 8,000 × 0.05 = 400; an approved cap of 1,500 over 2,000 → 1,500", () => {
    const open = phasedRateCapped({ base, paidParam: "paid", rateParam: "rate", capParam: "cap" });
    expect(award(open, { approved: 8000, rate: 0.05 }, c)).toBe(400);
    expect(award(open, { approved: 20_000, cap: 1500 }, c)).toBe(1500);
    expect(award(open, { approved: 20_000, rate: undefined, cap: undefined }, c)).toBe(1000);
  });
});
