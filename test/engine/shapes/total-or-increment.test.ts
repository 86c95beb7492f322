import { totalOrIncrement } from "../../../src/engine/shapes/total-or-increment";
import { rateWithOptionalCap } from "../../../src/engine/shapes/rate-with-optional-cap";
import { award, label, labels, runShape, thrownBy } from "./run-shape";

describe("totalOrIncrement: the base a code chooses", () => {
  const base = totalOrIncrement({
    current: { param: "now", label: label("Now") },
    priorParam: "before",
    codeParam: "basis",
    incrementCode: "INC",
    incrementLabel: label("Increment"),
  });
  // At a rate of 10% from the argument, so the award shows the base.
  const shape = rateWithOptionalCap(base, { rateParam: "r" });
  const c = {};

  it("the total: 800 × 10% = 80, the prior value ignored", () => {
    const { award: a, steps } = runShape(
      shape,
      { now: 800, before: 500, basis: "TOTAL", r: 0.1 },
      c
    );
    expect(a).toBe(80);
    expect(labels(steps)).toEqual(["Now", "Rate applied"]);
  });
  it("the increment: (800 − 500) × 10% = 30", () => {
    const { award: a, steps } = runShape(shape, { now: 800, before: 500, basis: "INC", r: 0.1 }, c);
    expect(a).toBe(30);
    expect(labels(steps)).toEqual(["Now", "Increment", "Rate applied"]);
  });
  it("a fall is no increment: 500 − 800 floors at 0", () => {
    expect(award(shape, { now: 500, before: 800, basis: "INC", r: 0.1 }, c)).toBe(0);
  });
  it("the increment without the prior value: #VALUE!, missing, naming it", () => {
    const e = thrownBy(() => award(shape, { now: 800, basis: "INC", r: 0.1 }, c));
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toBe("before is required when basis = INC");
    expect(e.param).toBe("before");
    expect(e.missing).toBe(true);
  });
});
