import * as shapes from "../../../src/engine/shapes";
import { gatedExcel } from "../../../src/engine/shapes/gated.excel";
import { evaluate, madeUp, param } from "./made-up";

const label = { en: "x", zh: "x" };

describe("gatedExcel", () => {
  // Made up: sales of at least minSales (100) and a term of 3 years (year 4 is past it: bars), then
  // 50% of the cost up to 40.
  const twin = gatedExcel(
    [
      { param: "sales", label, op: ">=", limit: "minSales" },
      { param: "year", label, op: ">", limit: 3, bars: true },
    ],
    shapes.rateCapped({ param: "cost", label })
  );
  const params = [param.amount("sales"), param.count("year"), param.amount("cost")];
  const e = madeUp(twin, params, { rate: 0.5, cap: 40, minSales: 100 });

  it("IF(every condition holds, the inner award, 0); a barring condition is NOT(test)", () => {
    expect(e.text).toBe("IF(AND(A1>=100,NOT(B1>3)),MIN(C1*0.5,40),0)");
  });
  it.each([
    [100, 3, 60, 30], // 100 ≥ 100 (inclusive), year 3 within the term: 60 × 0.5
    [99, 1, 60, 0], // sales below 100
    [500, 4, 60, 0], // year 4 > 3: past the term
    [500, 1, 100, 40], // 50 → the cap 40
  ])("sales %p, year %p, cost %p → %p", (sales, year, cost, award) =>
    expect(evaluate(e, [sales, year, cost])).toBe(award)
  );
});
