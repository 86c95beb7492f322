import { L } from "../../../src/engine/labels";
import { rateCapped } from "../../../src/engine/shapes/rate-capped";
import { award, label, labels, runShape, step } from "./run-shape";

describe("rateCapped: min(base × rate, cap)", () => {
  const c = { rate: 0.2, cap: 1000 };
  const shape = rateCapped({ param: "spend", label: label("Spend") });

  it("cap not binding: 4,000 × 0.2 = 800 < 1,000 → 800", () => {
    const { award: a, steps } = runShape(shape, { spend: 4000 }, c);
    expect(a).toBe(800);
    expect(labels(steps)).toEqual(["Spend", L.rateApplied.en, L.perAwardCap.en]);
    expect(step(steps, L.perAwardCap.en)).toMatchObject({ amount: 800, limit: 1000, bound: false });
  });

  it("cap binding: 6,000 × 0.2 = 1,200 → 1,000", () => {
    const { award: a, steps } = runShape(shape, { spend: 6000 }, c);
    expect(a).toBe(1000);
    expect(step(steps, L.perAwardCap.en).bound).toBe(true);
  });

  it("exactly at the cap (inclusive): 5,000 × 0.2 = 1,000 → 1,000, the cap not cutting", () => {
    const { award: a, steps } = runShape(shape, { spend: 5000 }, c);
    expect(a).toBe(1000);
    expect(step(steps, L.perAwardCap.en).bound).toBe(false);
  });

  it("rounds once to the fen: 1,234.56 × 0.2 = 246.912 → 246.91", () => {
    expect(award(shape, { spend: 1234.56 }, c)).toBe(246.91);
  });

  it("without a rate parameter, an argument named like one is ignored: 4,000 × 0.2 = 800", () => {
    expect(award(shape, { spend: 4000, rate: 0.1 }, c)).toBe(800);
  });

  describe("with a rate parameter (「不超过r」)", () => {
    const withRate = rateCapped({ param: "spend", label: label("Spend") }, "rate");
    it("the argument replaces the constant: 6,000 × 0.1 = 600", () => {
      expect(award(withRate, { spend: 6000, rate: 0.1 }, c)).toBe(600);
    });
    it("omitted, the constant: 6,000 × 0.2 = 1,200 → 1,000", () => {
      expect(award(withRate, { spend: 6000, rate: undefined }, c)).toBe(1000);
    });
  });
});
