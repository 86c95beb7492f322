import { L } from "../../../src/engine/labels";
import { rateCappedByCode } from "../../../src/engine/shapes/rate-capped-by-code";
import { award, label, labels, runShape, step } from "./run-shape";

describe("rateCappedByCode: min(base × rate, cap of the category)", () => {
  const c = { rate: 0.1, caps: { WORKSHOP: 100, FACTORY: 300 } };
  const base = { param: "investment", label: label("Investment") };
  const shape = rateCappedByCode(base, "type");

  it("WORKSHOP, cap not binding: 500 × 0.1 = 50 ≤ 100 → 50", () => {
    const { award: a, steps } = runShape(shape, { type: "WORKSHOP", investment: 500 }, c);
    expect(a).toBe(50);
    expect(step(steps, L.categoryCap.en)).toMatchObject({ limit: 100, bound: false });
  });

  it("WORKSHOP, cap binding: 2,000 × 0.1 = 200 → 100", () => {
    expect(award(shape, { type: "WORKSHOP", investment: 2000 }, c)).toBe(100);
  });

  it("FACTORY has its own cap: 2,000 × 0.1 = 200 ≤ 300 → 200; 5,000 × 0.1 = 500 → 300", () => {
    expect(award(shape, { type: "FACTORY", investment: 2000 }, c)).toBe(200);
    expect(award(shape, { type: "FACTORY", investment: 5000 }, c)).toBe(300);
  });

  it("a code with no cap → 0, recorded as not covered (the base not even read)", () => {
    const { award: a, steps } = runShape(shape, { type: "OTHER", investment: 5000 }, c);
    expect(a).toBe(0);
    expect(labels(steps)).toEqual([L.notCovered.en]);
  });

  it("a rate parameter replaces the constant: FACTORY 2,000 × 0.05 = 100; omitted → 200", () => {
    const withRate = rateCappedByCode(base, "type", "rate");
    expect(award(withRate, { type: "FACTORY", investment: 2000, rate: 0.05 }, c)).toBe(100);
    expect(award(withRate, { type: "FACTORY", investment: 2000, rate: undefined }, c)).toBe(200);
  });
});
