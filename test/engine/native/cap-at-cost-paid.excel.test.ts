import * as shapes from "../../../src/engine/shapes";
import { atMostCostPaidExcel } from "../../../src/engine/shapes/cap-at-cost-paid.excel";
import { evaluate, madeUp, param } from "./made-up";

describe("atMostCostPaidExcel", () => {
  // Made up: 50% of the base up to 40 (rateCapped), then at most the cost paid when one is given.
  const twin = atMostCostPaidExcel(
    "cost",
    shapes.rateCapped({ param: "base", label: { en: "x", zh: "x" } })
  );
  const e = madeUp(twin, [param.amount("base"), param.amount("cost", {})], { rate: 0.5, cap: 40 });

  it("MIN(inner award, cost), the inner award alone when the cost is blank", () => {
    expect(e.text).toBe('IF(B1="",MIN(A1*0.5,40),MIN(MIN(A1*0.5,40),B1))');
  });
  it.each([
    [60, null, 30], // 60 × 0.5 = 30, no cost given
    [60, 20, 20], // 30, at most the 20 paid
    [60, 35, 30], // 30 < 35
    [200, null, 40], // 100 → the cap 40
  ])("base %p, cost %p → %p", (base, cost, award) => expect(evaluate(e, [base, cost])).toBe(award));
});
