import { rateCappedExcel } from "../../../src/engine/shapes/rate-capped.excel";
import { evaluate, madeUp, param } from "./made-up";

const base = { param: "cost", label: { en: "Cost", zh: "费用" } };

describe("rateCappedExcel", () => {
  // Made up: 20%, at most 50; the rate argument optional (blank: 20%).
  const c = { rate: 0.2, cap: 50 };
  const e = madeUp(
    rateCappedExcel(base, "rate"),
    [param.amount("cost"), param.rate("rate", {})],
    c
  );

  it("MIN(base × rate, cap), the text's rate when the rate is blank", () => {
    expect(e.text).toBe('IF(B1="",MIN(A1*0.2,50),MIN(A1*B1,50))');
  });
  it.each([
    [100, null, 20], // 100 × 0.2 = 20
    [100, 0.1, 10], // 100 × 0.1 = 10
    [1000, null, 50], // 1000 × 0.2 = 200 → cap 50
  ])("cost %p, rate %p → %p", (cost, rate, award) => expect(evaluate(e, [cost, rate])).toBe(award));

  it("without a rate parameter: the constant rate only", () => {
    const fixed = madeUp(rateCappedExcel(base), [param.amount("cost")], c);
    expect(fixed.text).toBe("MIN(A1*0.2,50)");
    expect(evaluate(fixed, [150])).toBe(30); // 150 × 0.2
  });
});
