import { L } from "../../../src/engine/labels";
import { rdPostSubsidy } from "../../../src/engine/shapes/rd-post-subsidy";
import { award, runShape, step } from "./run-shape";

describe("rdPostSubsidy: threshold, stock and increment parts × base ratios, × uplift, caps", () => {
  const c = { threshold: 100, uplift: 1.5, cumulativeCap: 1000 };
  // Base ratios 0.1 (stock) and 0.2 (increment) throughout.
  const args = (last: number, prior: number, more: Record<string, unknown> = {}) => ({
    rd_last_year: last,
    rd_prior_year: prior,
    stock_basis: "MIN",
    base_stock_ratio: 0.1,
    base_increment_ratio: 0.2,
    base_annual_cap: undefined,
    received_to_date: undefined,
    ...more,
  });

  it("below the threshold (99 < 100) → 0, the threshold recorded as not met", () => {
    const { award: a, steps } = runShape(rdPostSubsidy, args(99, 50), c);
    expect(a).toBe(0);
    expect(step(steps, "R&D last year")).toMatchObject({ op: ">=", met: false, limit: 100 });
    expect(steps).toHaveLength(1);
  });

  it("at the threshold (inclusive): 100 ≥ 100; stock min(100, 100) × 0.1 = 10, no increment → 10 × 1.5 = 15", () => {
    expect(award(rdPostSubsidy, args(100, 100), c)).toBe(15);
  });

  it("growth: stock min(400, 300) × 0.1 = 30, increment (400 − 300) × 0.2 = 20, (30 + 20) × 1.5 = 75", () => {
    const { award: a, steps } = runShape(rdPostSubsidy, args(400, 300), c);
    expect(a).toBe(75);
    expect(step(steps, "Base-scheme subsidy").amount).toBe(50);
  });

  it("decline: increment max(0, 300 − 400) = 0, stock min(300, 400) × 0.1 = 30 → 30 × 1.5 = 45", () => {
    expect(award(rdPostSubsidy, args(300, 400), c)).toBe(45);
  });

  it('stock_basis "TOTAL": the stock part is all of last year, 400 × 0.1 + 100 × 0.2 = 60 → × 1.5 = 90', () => {
    expect(award(rdPostSubsidy, args(400, 300, { stock_basis: "TOTAL" }), c)).toBe(90);
  });

  it("base annual cap binding: 40 × 1.5 = 60 < 75 → 60; not binding: 60 × 1.5 = 90 ≥ 75 → 75", () => {
    const { award: a, steps } = runShape(rdPostSubsidy, args(400, 300, { base_annual_cap: 40 }), c);
    expect(a).toBe(60);
    expect(step(steps, "Base scheme's annual limit × 1.5")).toMatchObject({
      limit: 60,
      bound: true,
    });
    expect(award(rdPostSubsidy, args(400, 300, { base_annual_cap: 60 }), c)).toBe(75);
  });

  it("cumulative room: 1,000 − 950 = 50 left → 75 cut to 50; 1,000 received → 0", () => {
    const { award: a, steps } = runShape(
      rdPostSubsidy,
      args(400, 300, { received_to_date: 950 }),
      c
    );
    expect(a).toBe(50);
    expect(step(steps, L.cumulativeRoom.en)).toMatchObject({ limit: 50, bound: true });
    expect(award(rdPostSubsidy, args(400, 300, { received_to_date: 1000 }), c)).toBe(0);
  });

  it("words the uplift from the constant: 1.5 → 50%, 1.2 → 20% ((30 + 20) × 1.2 = 60)", () => {
    const { steps } = runShape(rdPostSubsidy, args(400, 300), c);
    expect(step(steps, "Raised by 50% (× 1.5)").label.zh).toBe("上浮50%（× 1.5）");
    const other = runShape(rdPostSubsidy, args(400, 300), { ...c, uplift: 1.2 });
    expect(other.award).toBe(60);
    expect(step(other.steps, "Raised by 20% (× 1.2)").amount).toBe(60);
  });
});
