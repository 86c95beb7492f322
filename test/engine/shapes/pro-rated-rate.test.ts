import { L } from "../../../src/engine/labels";
import { proRatedRate } from "../../../src/engine/shapes/pro-rated-rate";
import { award, label, labels, runShape, step } from "./run-shape";

describe("proRatedRate: base × yearly rate × periods ÷ periods per year, periods capped", () => {
  const shape = proRatedRate({
    base: { param: "loan", label: label("Loan") },
    periods: { param: "quarters", label: label("Quarters"), capKey: "maxQuarters" },
    perYearKey: "perYear",
    unit: { en: "quarters", zh: "季度数" },
  });
  const c = { rate: 0.02, maxQuarters: 6, perYear: 4 };

  it("within the term: 10,000 × 2% = 200 × 3 ÷ 4 = 150", () => {
    const { award: a, steps } = runShape(shape, { loan: 10000, quarters: 3 }, c);
    expect(a).toBe(150);
    expect(labels(steps)).toEqual(["Loan", "Quarters", L.rateApplied.en, "× quarters ÷ 4"]);
    expect(step(steps, "× quarters ÷ 4").label.zh).toBe("× 季度数 ÷ 4");
    expect(step(steps, "Quarters").bound).toBe(false);
  });
  it("at the term (inclusive): 200 × 6 ÷ 4 = 300, not binding", () => {
    expect(award(shape, { loan: 10000, quarters: 6 }, c)).toBe(300);
  });
  it("beyond the term: 9 quarters → 6, 300", () => {
    const { award: a, steps } = runShape(shape, { loan: 10000, quarters: 9 }, c);
    expect(a).toBe(300);
    expect(step(steps, "Quarters").bound).toBe(true);
  });
  it("a fraction of a fen rounds: 333 × 2% = 6.66 × 1 ÷ 4 = 1.665 → 1.67", () => {
    expect(award(shape, { loan: 333, quarters: 1 }, c)).toBe(1.67);
  });
});
