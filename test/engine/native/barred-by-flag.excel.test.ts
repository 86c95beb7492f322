import * as shapes from "../../../src/engine/shapes";
import { barredByFlagExcel } from "../../../src/engine/shapes/barred-by-flag.excel";
import { evaluate, madeUp, param } from "./made-up";

const label = { en: "x", zh: "x" };

describe("barredByFlagExcel", () => {
  // Made up: 50% of the cost up to 40, nothing when the "barred" flag is set (a required flag here).
  const twin = barredByFlagExcel(
    { param: "barred", label },
    shapes.rateCapped({ param: "cost", label })
  );
  const e = madeUp(twin, [param.amount("cost"), param.flag("barred", { required: true })], {
    rate: 0.5,
    cap: 40,
  });

  it("IF(flag, 0, the inner award), the flag read through N()", () => {
    expect(e.text).toBe("IF(N(B1)=1,0,MIN(A1*0.5,40))");
  });
  it.each([
    [60, false, 30], // not barred: 60 × 0.5
    [60, true, 0], // barred
    [60, 1, 0], // 1 is TRUE
    [60, 0, 30],
  ])("cost %p, barred %p → %p", (cost, barred, award) =>
    expect(evaluate(e, [cost, barred])).toBe(award)
  );

  it("an optional flag defaulting to FALSE: blank is not barred", () => {
    const opt = madeUp(twin, [param.amount("cost"), param.flag("barred", { default: false })], {
      rate: 0.5,
      cap: 40,
    });
    expect(opt.text).toBe('IF(IF(B1="",FALSE,N(B1)=1),0,MIN(A1*0.5,40))');
    expect(evaluate(opt, [60, null])).toBe(30); // blank: FALSE, not barred
    expect(evaluate(opt, [60, true])).toBe(0);
  });
});
