import { totalOrIncrementExcel } from "../../../src/engine/shapes/total-or-increment.excel";
import { evaluate, madeUp, param } from "./made-up";

const label = { en: "x", zh: "x" };

describe("totalOrIncrementExcel", () => {
  // Made up: the current value, or for "INCREMENT" (alias 增量) MAX(0, current − prior).
  const twin = totalOrIncrementExcel({
    current: { param: "current", label },
    priorParam: "prior",
    codeParam: "basis",
    incrementCode: "INCREMENT",
    incrementLabel: label,
  });
  const params = [
    param.amount("current"),
    param.amount("prior", {}),
    param.code("basis", [["TOTAL"], ["INCREMENT", "增量"]]),
  ];
  const e = madeUp(twin, params, undefined);

  it("IF(basis is INCREMENT, MAX(0, current − prior) (#N/A without a prior), current)", () => {
    const isIncrement = 'IF(C1="",FALSE,OR(UPPER(TRIM(C1))="INCREMENT",UPPER(TRIM(C1))="增量"))';
    expect(e.text).toBe(`IF(${isIncrement},IF(B1="",NA(),MAX(0,A1-B1)),A1)`);
  });
  it.each([
    [100, 60, "increment", 40], // 100 − 60, any case
    [100, 60, null, 100], // a blank basis: the total
    [100, 60, "TOTAL", 100],
    [100, 150, " 增量 ", 0], // MAX(0, 100 − 150), trimmed
    [100, null, "INCREMENT", "#NA"], // the increment needs a prior value
  ])("current %p, prior %p, basis %p → %p", (cur, prior, basis, award) =>
    expect(evaluate(e, [cur, prior, basis])).toBe(award)
  );
});
