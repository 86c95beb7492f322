import type { Shape } from "../../../src/catalog/types";
import { atMostCostPaid, capAtCostPaid } from "../../../src/engine/shapes/cap-at-cost-paid";
import { award, label, labels, runShape, step } from "./run-shape";

describe("capAtCostPaid: a financing-cost subsidy is at most the cost actually paid", () => {
  // A subsidy of 500 computed before this stage.
  const shape: Shape<unknown> = (at) => {
    const costAt = at("cost");
    return (args, _c, calc) => capAtCostPaid(args, costAt, calc.base(label("Subsidy"), 500), calc);
  };

  it("cost omitted: the amount unchanged, 500, no stage recorded", () => {
    const { award: a, steps } = runShape(shape, { cost: undefined }, {});
    expect(a).toBe(500);
    expect(labels(steps)).toEqual(["Subsidy"]);
  });

  it("a lower cost binds: min(500, 300) = 300", () => {
    const { award: a, steps } = runShape(shape, { cost: 300 }, {});
    expect(a).toBe(300);
    expect(step(steps, "Cost actually paid (the subsidy cannot exceed it)").bound).toBe(true);
  });

  it("a cost equal to or above the amount does not: 500 → 500, 800 → 500", () => {
    expect(award(shape, { cost: 500 }, {})).toBe(500);
    expect(award(shape, { cost: 800 }, {})).toBe(500);
  });
});

describe("atMostCostPaid: the same stage after another shape", () => {
  const subsidy: Shape<{ subsidy: number }, "cost"> = () => (_args, c, calc) =>
    calc.base(label("Subsidy"), c.subsidy);
  const shape = atMostCostPaid("cost", subsidy);
  it("cost omitted: 500 unchanged; a lower cost binds: min(500, 300) = 300", () => {
    expect(labels(runShape(shape, {}, { subsidy: 500 }).steps)).toEqual(["Subsidy"]);
    expect(award(shape, {}, { subsidy: 500 })).toBe(500);
    expect(award(shape, { cost: 300 }, { subsidy: 500 })).toBe(300);
  });
});
