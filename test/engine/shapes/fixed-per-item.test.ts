import { L } from "../../../src/engine/labels";
import { fixedPerItem } from "../../../src/engine/shapes/fixed-per-item";
import { award, label, labels, runShape } from "./run-shape";

describe("fixedPerItem: a fixed amount × count, for the codes covered", () => {
  const c = { amount: 300, covered: ["A", "B"] as const };

  it("no options: the fixed amount, 300", () => {
    const { award: a, steps } = runShape(fixedPerItem(), {}, c);
    expect(a).toBe(300);
    expect(labels(steps)).toEqual([L.fixedAward.en]);
  });

  it("the record's label names the award step", () => {
    const { steps } = runShape(fixedPerItem({ label: label("Grade A grant") }), {}, c);
    expect(labels(steps)).toEqual(["Grade A grant"]);
  });

  describe("with a code parameter", () => {
    const shape = fixedPerItem({ codeParam: "grade" });
    it("a covered code pays: A → 300, B → 300", () => {
      expect(award(shape, { grade: "A" }, c)).toBe(300);
      expect(award(shape, { grade: "B" }, c)).toBe(300);
    });
    it("a code not covered → 0, recorded as not covered", () => {
      const { award: a, steps } = runShape(shape, { grade: "C" }, c);
      expect(a).toBe(0);
      expect(labels(steps)).toEqual([L.notCovered.en]);
    });
    it("no covered list: every accepted code pays, C → 300", () => {
      expect(award(shape, { grade: "C" }, { amount: 300 })).toBe(300);
    });
  });

  describe("with a count parameter", () => {
    const shape = fixedPerItem({ codeParam: "grade", countParam: "units" });
    it("300 × 4 = 1,200, the count and the product recorded", () => {
      const { award: a, steps } = runShape(shape, { grade: "A", units: 4 }, c);
      expect(a).toBe(1200);
      expect(labels(steps)).toEqual([L.fixedAward.en, L.itemCount.en, L.timesCount.en]);
    });
    it("count omitted → 1: 300; count 0 → 0", () => {
      expect(award(shape, { grade: "A", units: undefined }, c)).toBe(300);
      expect(award(shape, { grade: "A", units: 0 }, c)).toBe(0);
    });
    it("a code not covered → 0 whatever the count", () => {
      expect(award(shape, { grade: "C", units: 4 }, c)).toBe(0);
    });
  });
});
