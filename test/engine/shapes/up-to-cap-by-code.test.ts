import { L } from "../../../src/engine/labels";
import { upToCapByCode } from "../../../src/engine/shapes/up-to-cap-by-code";
import { award, labels, runShape, step } from "./run-shape";

describe("upToCapByCode: count × min(requested, cap of the category)", () => {
  const c = { caps: { SENIOR: 500, JUNIOR: 200 } };
  const shape = upToCapByCode("title");

  it("request omitted → the category's cap: SENIOR 500, JUNIOR 200", () => {
    expect(award(shape, { title: "SENIOR", requested: undefined }, c)).toBe(500);
    expect(award(shape, { title: "JUNIOR", requested: undefined }, c)).toBe(200);
  });

  it("a request below the cap as asked: SENIOR 300 → 300", () => {
    const { award: a, steps } = runShape(shape, { title: "SENIOR", requested: 300 }, c);
    expect(a).toBe(300);
    expect(step(steps, L.categoryCap.en)).toMatchObject({ limit: 500, bound: false });
  });

  it("the same request above a lower cap: JUNIOR 300 → 200, binding; at the cap 200 → 200", () => {
    const { award: a, steps } = runShape(shape, { title: "JUNIOR", requested: 300 }, c);
    expect(a).toBe(200);
    expect(step(steps, L.categoryCap.en).bound).toBe(true);
    expect(award(shape, { title: "JUNIOR", requested: 200 }, c)).toBe(200);
  });

  it("a code with no cap → 0, recorded as not covered", () => {
    const { award: a, steps } = runShape(shape, { title: "INTERN", requested: 100 }, c);
    expect(a).toBe(0);
    expect(labels(steps)).toEqual([L.notCovered.en]);
  });

  it("reads the request from the parameter the record names: asked 150 → 150", () => {
    const named = upToCapByCode("title", { requestedParam: "asked" });
    expect(award(named, { title: "SENIOR", asked: 150, requested: 400 }, c)).toBe(150);
  });

  describe("with a count parameter", () => {
    const counted = upToCapByCode("title", { countParam: "people" });
    it("3 × min(cap 200) = 600; 3 × min(150, 200) = 450", () => {
      const { award: a, steps } = runShape(counted, { title: "JUNIOR", people: 3 }, c);
      expect(a).toBe(600);
      expect(labels(steps)).toEqual([
        L.requested.en,
        L.categoryCap.en,
        L.itemCount.en,
        L.timesCount.en,
      ]);
      expect(award(counted, { title: "JUNIOR", people: 3, requested: 150 }, c)).toBe(450);
    });
    it("count omitted → 1: 200", () => {
      expect(award(counted, { title: "JUNIOR", people: undefined }, c)).toBe(200);
    });
  });
});
