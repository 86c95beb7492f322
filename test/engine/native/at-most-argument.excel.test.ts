import * as shapes from "../../../src/engine/shapes";
import { atMostArgumentExcel } from "../../../src/engine/shapes/at-most-argument.excel";
import { evaluate, madeUp, param } from "./made-up";

const label = { en: "x", zh: "x" };

describe("atMostArgumentExcel", () => {
  // Made up: the loan × a rate at most the LPR argument (the LPR itself when no rate is given), up to 100.
  const twin = atMostArgumentExcel(
    { param: "rate", maxParam: "lpr" },
    shapes.rateCapped({ param: "loan", label }, "rate")
  );
  const params = [param.amount("loan"), param.rate("rate", {}), param.rate("lpr")];
  const e = madeUp(twin, params, { rate: 0.5, cap: 100 });

  it("#N/A when the rate passes the LPR by more than a rounding, else the inner award at the checked rate", () => {
    const tooHigh = 'IF(B1="",FALSE,B1-C1>C1*0.000000000001)';
    expect(e.text).toBe(`IF(${tooHigh},NA(),MIN(A1*IF(B1="",C1,MIN(B1,C1)),100))`);
  });
  it.each([
    [1000, null, 0.04, 40], // no rate: the LPR, 1000 × 0.04
    [1000, 0.03, 0.04, 30], // 1000 × 0.03, under the LPR
    [1000, 0.04, 0.04, 40], // at the LPR
    [1000, 0.05, 0.04, "#NA"], // above the LPR
    [5000, 0.04, 0.04, 100], // 200 → the cap 100
  ])("loan %p, rate %p, LPR %p → %p", (loan, rate, lpr, award) =>
    expect(evaluate(e, [loan, rate, lpr])).toBe(award)
  );
});
