import { L } from "../../../src/engine/labels";
import { netRateCapped } from "../../../src/engine/shapes/net-rate-capped";
import { award, label, labels, runShape } from "./run-shape";

describe("netRateCapped: min(max(0, gross − Σ exclusions) × rate, cap)", () => {
  const c = { rate: 0.2, cap: 1000 };
  const gross = { param: "gross", label: label("Gross investment") };
  const exclusions = [
    { param: "land", label: label("Less land") },
    { param: "buildings", label: label("Less buildings") },
  ];
  const shape = netRateCapped(gross, exclusions);

  it("one exclusion given, one omitted (0): (3,000 − 500 − 0) × 0.2 = 500", () => {
    const { award: a, steps } = runShape(
      shape,
      { gross: 3000, land: 500, buildings: undefined },
      c
    );
    expect(a).toBe(500);
    expect(labels(steps)).toEqual([
      "Gross investment",
      "Less land",
      "Less buildings",
      L.rateApplied.en,
      L.perProjectCap.en,
    ]);
  });

  it("exclusions above the gross floor the net base at 0: 3,000 − 2,000 = 1,000, 1,000 − 2,000 → 0 → 0", () => {
    expect(award(shape, { gross: 3000, land: 2000, buildings: 2000 }, c)).toBe(0);
  });

  it("cap binding: 10,000 × 0.2 = 2,000 → 1,000; at the cap 5,000 × 0.2 = 1,000 → 1,000", () => {
    expect(award(shape, { gross: 10_000 }, c)).toBe(1000);
    expect(award(shape, { gross: 5000 }, c)).toBe(1000);
  });

  it("a rate parameter replaces the constant: 3,000 × 0.1 = 300; omitted, 3,000 × 0.2 = 600", () => {
    const withRate = netRateCapped(gross, exclusions, "rate");
    expect(award(withRate, { gross: 3000, rate: 0.1 }, c)).toBe(300);
    expect(award(withRate, { gross: 3000, rate: undefined }, c)).toBe(600);
  });
});
