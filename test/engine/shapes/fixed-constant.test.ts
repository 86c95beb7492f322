import { L } from "../../../src/engine/labels";
import { fixedConstant } from "../../../src/engine/shapes/fixed-constant";
import { label, runShape } from "./run-shape";

describe("fixedConstant: the award a constant holds", () => {
  it("pays the named constant, 250, recorded as the fixed award", () => {
    const { award, steps } = runShape(fixedConstant("prize"), {}, { prize: 250, other: 9 });
    expect(award).toBe(250);
    expect(steps).toEqual([{ kind: "fixed", label: L.fixedAward, amount: 250 }]);
  });

  it("the record's label names the step", () => {
    const { steps } = runShape(fixedConstant("prize", label("Prize")), {}, { prize: 250 });
    expect(steps.map((s) => s.label.en)).toEqual(["Prize"]);
  });
});
