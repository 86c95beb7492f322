import { L } from "../../../src/engine/labels";
import { rangeBand } from "../../../src/engine/shapes/range-band";
import { award, labels, runShape, step, thrownBy } from "./run-shape";

describe("rangeBand: 「X-Y」 — 0, a request in [X, Y] as asked, above Y clipped, below X an error", () => {
  const c = { floor: 100_000, cap: 500_000 };
  const shape = rangeBand("requested");

  it("0 → 0, no band tested", () => {
    const { award: a, steps } = runShape(shape, { requested: 0 }, c);
    expect(a).toBe(0);
    expect(labels(steps)).toEqual([L.requested.en]);
  });

  it("the lower end is inside the band (inclusive): 100,000 → 100,000", () => {
    const { award: a, steps } = runShape(shape, { requested: 100_000 }, c);
    expect(a).toBe(100_000);
    expect(step(steps, "Lower end of the funding band")).toMatchObject({ op: ">=", met: true });
  });

  it("inside the band as asked: 300,000 → 300,000; the upper end (inclusive) 500,000 → 500,000", () => {
    expect(award(shape, { requested: 300_000 }, c)).toBe(300_000);
    const { award: a, steps } = runShape(shape, { requested: 500_000 }, c);
    expect(a).toBe(500_000);
    expect(step(steps, "Upper end of the funding band").bound).toBe(false);
  });

  it("above the band clipped to its upper end: 800,000 → 500,000", () => {
    const { award: a, steps } = runShape(shape, { requested: 800_000 }, c);
    expect(a).toBe(500_000);
    expect(step(steps, "Upper end of the funding band").bound).toBe(true);
  });

  it.each([99_999.99, 0.01])(
    "strictly between 0 and the lower end (%s) → #NUM! naming the band",
    (r) => {
      const e = thrownBy(() => award(shape, { requested: r }, c));
      expect(e).toMatchObject({
        code: "#NUM!",
        param: "requested",
        message: "requested must be 0 or at least 100,000 (the 10万元-50万元 band)",
      });
    }
  );

  it("the message names the parameter the record reads", () => {
    const e = thrownBy(() => award(rangeBand("grant_sought"), { grant_sought: 5 }, c));
    expect(e).toMatchObject({ param: "grant_sought" });
    expect(e.message).toMatch(/^grant_sought must be 0 or at least/);
  });
});
