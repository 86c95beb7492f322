import { fixedConstant } from "../../../src/engine/shapes/fixed-constant";
import { gated } from "../../../src/engine/shapes/gated";
import { label, labels, runShape } from "./run-shape";

describe("gated: thresholds tested before the award's shape", () => {
  const c = { floor: 100, term: 3, prize: 50 };
  const prize = fixedConstant("prize", label("Prize"));

  describe("conditions that must be met, short-circuiting", () => {
    const shape = gated(
      [
        {
          param: "spend",
          label: label("Spend ≥ floor"),
          op: ">=",
          limit: "floor",
          baseLabel: label("Spend"),
        },
        { param: "loan", label: label("Loan > 0"), op: ">", limit: 0 },
      ],
      prize
    );
    it("both met (spend 100 ≥ 100 inclusive, loan 1 > 0) → the prize, 50", () => {
      const { award, steps } = runShape(shape, { spend: 100, loan: 1 }, c);
      expect(award).toBe(50);
      expect(labels(steps)).toEqual(["Spend", "Spend ≥ floor", "Loan > 0", "Prize"]);
    });
    it("the first not met (99.99 < 100) → 0, and the second is not tested", () => {
      const { award, steps } = runShape(shape, { spend: 99.99, loan: 1 }, c);
      expect(award).toBe(0);
      expect(labels(steps)).toEqual(["Spend", "Spend ≥ floor"]);
      expect(steps[1]).toMatchObject({ kind: "threshold", met: false, limit: 100, op: ">=" });
    });
    it("the second not met (loan 0 is not > 0) → 0", () => {
      const { award, steps } = runShape(shape, { spend: 500, loan: 0 }, c);
      expect(award).toBe(0);
      expect(labels(steps)).toEqual(["Spend", "Spend ≥ floor", "Loan > 0"]);
    });
  });

  describe("testAll: every condition recorded", () => {
    const shape = gated(
      [
        { param: "y1", label: label("Year 1 > floor"), op: ">", limit: "floor" },
        { param: "y2", label: label("Year 2 > floor"), op: ">", limit: "floor" },
      ],
      prize,
      { testAll: true }
    );
    it("100 is not > 100 (exclusive): 0, and year 2 is still tested", () => {
      const { award, steps } = runShape(shape, { y1: 100, y2: 200 }, c);
      expect(award).toBe(0);
      expect(labels(steps)).toEqual(["Year 1 > floor", "Year 2 > floor"]);
      expect(steps.map((s) => s.met)).toEqual([false, true]);
    });
    it("100.01 and 200 both > 100 → 50", () => {
      expect(runShape(shape, { y1: 100.01, y2: 200 }, c).award).toBe(50);
    });
  });

  describe("a condition that bars the award when met (a term limit)", () => {
    const shape = gated(
      [{ param: "year", label: label("Past term"), op: ">", limit: "term", bars: true }],
      prize
    );
    it("year 3 is within a 3-year term (3 > 3 is false) → 50", () => {
      const { award, steps } = runShape(shape, { year: 3 }, c);
      expect(award).toBe(50);
      expect(labels(steps)).toEqual(["Past term", "Prize"]);
    });
    it("year 4 is past it → 0", () => {
      const { award, steps } = runShape(shape, { year: 4 }, c);
      expect(award).toBe(0);
      expect(labels(steps)).toEqual(["Past term"]);
    });
  });
});
