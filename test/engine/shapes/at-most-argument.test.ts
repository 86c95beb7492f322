import { atMostArgument } from "../../../src/engine/shapes/at-most-argument";
import { rateWithOptionalCap } from "../../../src/engine/shapes/rate-with-optional-cap";
import { award, label, thrownBy } from "./run-shape";

describe("atMostArgument: a rate bounded by another argument", () => {
  const shape = atMostArgument(
    { param: "rate", maxParam: "ceiling" },
    rateWithOptionalCap({ param: "base", label: label("Base") }, { rateParam: "rate" })
  );
  const c = {};

  it("omitted: the maximum applies, 1,000 × 5% = 50", () => {
    expect(award(shape, { base: 1000, ceiling: 0.05 }, c)).toBe(50);
  });
  it("below the maximum: as given, 1,000 × 3% = 30", () => {
    expect(award(shape, { base: 1000, rate: 0.03, ceiling: 0.05 }, c)).toBe(30);
  });
  it("at the maximum (inclusive): 1,000 × 5% = 50", () => {
    expect(award(shape, { base: 1000, rate: 0.05, ceiling: 0.05 }, c)).toBe(50);
  });
  it("a rounding above the maximum is the maximum: 1,000 × 5% = 50", () => {
    expect(award(shape, { base: 1000, rate: 0.05 + 1e-15, ceiling: 0.05 }, c)).toBe(50);
  });
  it("above it: #NUM! naming the bounded parameter and the maximum's value", () => {
    const e = thrownBy(() => award(shape, { base: 1000, rate: 0.06, ceiling: 0.05 }, c));
    expect(e.code).toBe("#NUM!");
    expect(e.message).toBe("rate exceeds the policy maximum of ceiling (0.05)");
    expect(e.param).toBe("rate");
  });
});
