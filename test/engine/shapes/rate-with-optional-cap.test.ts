import { L } from "../../../src/engine/labels";
import {
  type BaseShape,
  rateWithOptionalCap,
} from "../../../src/engine/shapes/rate-with-optional-cap";
import { award, label, labels, runShape, step } from "./run-shape";

describe("rateWithOptionalCap: min(base × rate, cap), the rate or the cap possibly an argument", () => {
  const base = { param: "spend", label: label("Spend") };

  describe("rate and cap both in the record", () => {
    const c = { rate: 0.3, cap: 1000 };
    const shape = rateWithOptionalCap(base);
    it("cap not binding: 2,000 × 0.3 = 600", () => {
      const { award: a, steps } = runShape(shape, { spend: 2000 }, c);
      expect(a).toBe(600);
      expect(step(steps, L.perProjectCap.en).bound).toBe(false);
    });
    it("cap binding: 5,000 × 0.3 = 1,500 → 1,000", () => {
      expect(award(shape, { spend: 5000 }, c)).toBe(1000);
    });
  });

  it("no cap in the text and no cap parameter: uncapped, 5,000 × 0.3 = 1,500, no cap step", () => {
    const { award: a, steps } = runShape(rateWithOptionalCap(base), { spend: 5000 }, { rate: 0.3 });
    expect(a).toBe(1500);
    expect(labels(steps)).toEqual(["Spend", L.rateApplied.en]);
  });

  describe("a cap parameter over the text's cap (「原则上」)", () => {
    const c = { rate: 0.3, cap: 1000 };
    const shape = rateWithOptionalCap(base, { capParam: "approved_cap" });
    it("an approved cap of 2,000 replaces 1,000: 5,000 × 0.3 = 1,500, not binding", () => {
      const { award: a, steps } = runShape(shape, { spend: 5000, approved_cap: 2000 }, c);
      expect(a).toBe(1500);
      expect(step(steps, L.perProjectCap.en)).toMatchObject({ limit: 2000, bound: false });
    });
    it("omitted, the text's cap: 1,500 → 1,000", () => {
      expect(award(shape, { spend: 5000, approved_cap: undefined }, c)).toBe(1000);
    });
  });

  describe("a cap parameter where the text has none", () => {
    const c = { rate: 0.3 };
    const shape = rateWithOptionalCap(base, { capParam: "cap" });
    it("the entered cap binds: 1,500 → 1,200, labelled as entered", () => {
      const { award: a, steps } = runShape(shape, { spend: 5000, cap: 1200 }, c);
      expect(a).toBe(1200);
      expect(step(steps, L.capOverride.en).bound).toBe(true);
    });
    it("omitted: uncapped, 1,500", () => {
      expect(award(shape, { spend: 5000, cap: undefined }, c)).toBe(1500);
    });
  });

  describe("a rate parameter", () => {
    const shape = rateWithOptionalCap(base, { rateParam: "rate" });
    it("replaces the text's rate: 2,000 × 0.2 = 400; omitted, 2,000 × 0.3 = 600", () => {
      expect(award(shape, { spend: 2000, rate: 0.2 }, { rate: 0.3, cap: 1000 })).toBe(400);
      expect(award(shape, { spend: 2000, rate: undefined }, { rate: 0.3, cap: 1000 })).toBe(600);
    });
    it("no rate in the text (Q-R): the argument is the rate, 5,000 × 0.1 = 500", () => {
      expect(award(shape, { spend: 5000, rate: 0.1 }, {})).toBe(500);
    });
    it("no argument and no constant is a defect of the record", () => {
      expect(() => award(shape, { spend: 5000, rate: undefined }, {})).toThrow(
        "rateWithOptionalCap: no rate argument and no rate constant"
      );
    });
  });

  it("a base from another shape: its steps first, then the rate, 400 − 100 = 300 × 0.5 = 150", () => {
    const increment: BaseShape = (at) => {
      const nowAt = at("now");
      return (args, _c, calc) =>
        calc.deduct(label("Increment"), calc.base(label("Now"), args[nowAt] as number), 100);
    };
    const { award: a, steps } = runShape(
      rateWithOptionalCap(increment),
      { now: 400 },
      { rate: 0.5 }
    );
    expect(a).toBe(150);
    expect(labels(steps)).toEqual(["Now", "Increment", L.rateApplied.en]);
  });
});
