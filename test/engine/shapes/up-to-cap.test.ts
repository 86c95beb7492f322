import { L } from "../../../src/engine/labels";
import { upToCap } from "../../../src/engine/shapes/up-to-cap";
import { award, labels, runShape, step } from "./run-shape";

describe("upToCap: min(requested, cap), the request defaulting to the cap", () => {
  const c = { cap: 500 };
  const shape = upToCap();

  it("request omitted → the cap: 500", () => {
    const { award: a, steps } = runShape(shape, { requested: undefined }, c);
    expect(a).toBe(500);
    expect(labels(steps)).toEqual([L.requested.en, L.perAwardCap.en]);
  });

  it("below the cap as asked: 300 → 300, not binding", () => {
    const { award: a, steps } = runShape(shape, { requested: 300 }, c);
    expect(a).toBe(300);
    expect(step(steps, L.perAwardCap.en).bound).toBe(false);
  });

  it("at the cap (inclusive): 500 → 500; above it clipped: 800 → 500, binding", () => {
    expect(award(shape, { requested: 500 }, c)).toBe(500);
    const { award: a, steps } = runShape(shape, { requested: 800 }, c);
    expect(a).toBe(500);
    expect(step(steps, L.perAwardCap.en).bound).toBe(true);
  });

  it("a request of 0 → 0", () => {
    expect(award(shape, { requested: 0 }, c)).toBe(0);
  });

  it("reads the request from the parameter the record names: amount_sought 200 → 200", () => {
    expect(award(upToCap("amount_sought"), { amount_sought: 200, requested: 400 }, c)).toBe(200);
  });
});
