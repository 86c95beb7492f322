import * as shapes from "../../../src/engine/shapes";
import type { BaseShape } from "../../../src/engine/shapes/rate-with-optional-cap";
import { rateWithOptionalCapExcel } from "../../../src/engine/shapes/rate-with-optional-cap.excel";
import { evaluate, madeUp, param } from "./made-up";

const label = { en: "x", zh: "x" };

describe("rateWithOptionalCapExcel", () => {
  // Made up: 50% unless a rate is given, at most the text's 80 unless a cap is given.
  const params = [param.amount("base"), param.rate("rate", {}), param.amount("cap", {})];
  const twin = rateWithOptionalCapExcel(
    { param: "base", label },
    { rateParam: "rate", capParam: "cap" }
  );
  const e = madeUp(twin, params, { rate: 0.5, cap: 80 });

  it("base × rate, at most the cap argument when given, else the text's cap", () => {
    const raw = 'A1*IF(B1="",0.5,B1)';
    expect(e.text).toBe(`IF(C1="",MIN(${raw},80),MIN(${raw},C1))`);
  });
  it.each([
    [100, null, null, 50], // 100 × 0.5 = 50 under 80
    [200, null, null, 80], // 100 → 80
    [200, null, 90, 90], // 100 → the cap argument 90
    [200, 0.1, null, 20], // 200 × 0.1 = 20
  ])("base %p, rate %p, cap %p → %p", (b, r, cap, award) =>
    expect(evaluate(e, [b, r, cap])).toBe(award)
  );

  it("a base that is another shape's result: its twin (here a request up to 60), then the text's cap", () => {
    const inner = madeUp(
      rateWithOptionalCapExcel(shapes.upToCap("req") as BaseShape),
      [param.amount("req", {})],
      { rate: 0.5, cap: 60 } as never
    );
    // upToCap reads the same constants: MIN(request, 60), then × 50%, then at most 60.
    expect(inner.text).toBe('MIN(IF(A1="",60,MIN(A1,60))*0.5,60)');
    expect(evaluate(inner, [40])).toBe(20); // 40 × 0.5
    expect(evaluate(inner, [null])).toBe(30); // 60 × 0.5
  });
});
