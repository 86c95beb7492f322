import { barredByFlag } from "../../../src/engine/shapes/barred-by-flag";
import { fixedConstant } from "../../../src/engine/shapes/fixed-constant";
import { label, labels, runShape } from "./run-shape";

describe("barredByFlag: a flag that makes the clause inapplicable", () => {
  const shape = barredByFlag(
    { param: "excluded", label: label("Excluded") },
    fixedConstant("grant", label("Grant"))
  );
  const c = { grant: 70 };

  it("TRUE → 0, recorded as a fixed step under the record's label", () => {
    const { award, steps } = runShape(shape, { excluded: true }, c);
    expect(award).toBe(0);
    expect(steps).toEqual([{ kind: "fixed", label: label("Excluded"), amount: 0 }]);
  });
  it("FALSE → the award, 70", () => {
    const { award, steps } = runShape(shape, { excluded: false }, c);
    expect(award).toBe(70);
    expect(labels(steps)).toEqual(["Grant"]);
  });
  it("omitted (no default) → the award, 70", () => {
    expect(runShape(shape, {}, c).award).toBe(70);
  });
});
