import { FastCalc } from "../../../src/engine/calc";
import { meets } from "../../../src/engine/shapes/threshold";
import { label } from "./run-shape";

describe("meets: the comparison the threshold's wording prescribes (民法典 art. 1259)", () => {
  const test = (value: number, op: ">=" | ">") => {
    const calc = new FastCalc(true);
    const met = meets(calc, label("Spend"), value, 100, op);
    return { met, step: calc.steps?.[0] };
  };

  it('">=" (以上/达) includes the limit: 100 ≥ 100 is met, 99.99 is not', () => {
    expect(test(100, ">=").met).toBe(true);
    expect(test(99.99, ">=").met).toBe(false);
    expect(test(100.01, ">=").met).toBe(true);
  });

  it('">" (超过) excludes the limit: 100 > 100 is not met, 100.01 is', () => {
    expect(test(100, ">").met).toBe(false);
    expect(test(100.01, ">").met).toBe(true);
    expect(test(99.99, ">").met).toBe(false);
  });

  it("records the value, the limit, the operator and the outcome, met or not", () => {
    expect(test(100, ">").step).toEqual({
      kind: "threshold",
      label: label("Spend"),
      amount: 100,
      limit: 100,
      op: ">",
      met: false,
    });
    expect(test(150, ">=").step).toMatchObject({ op: ">=", met: true, amount: 150 });
  });
});
