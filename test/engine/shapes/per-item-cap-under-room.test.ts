import { L } from "../../../src/engine/labels";
import { perItemCapUnderRoom } from "../../../src/engine/shapes/per-item-cap-under-room";
import { award, labels, runShape, step } from "./run-shape";

describe("perItemCapUnderRoom: per item threshold → rate → per-unit cap, Σ, then the annual room", () => {
  const c = {
    threshold: 100,
    thresholdOp: ">=" as const,
    rate: 0.2,
    perUnitCap: 50,
    annualCap: 120,
  };
  const shape = perItemCapUnderRoom({
    itemsParam: "values",
    itemLabel: { en: "Product", zh: "产品" },
  });

  it("each branch per item: 100 ≥ 100 → 20; 99.99 below → 0; 300 × 0.2 = 60 → 50; Σ 70 ≤ 120 → 70", () => {
    const { award: a, steps } = runShape(shape, { values: [100, 99.99, 300] }, c);
    expect(a).toBe(70);
    expect(step(steps, "Product 1: threshold")).toMatchObject({ met: true, limit: 100 });
    expect(step(steps, "Product 2: threshold").met).toBe(false);
    expect(labels(steps)).not.toContain("Product 2: rate applied");
    expect(step(steps, "Product 3: per-unit cap")).toMatchObject({ amount: 50, bound: true });
    expect(step(steps, "Sum over items").amount).toBe(70);
    expect(step(steps, L.annualRoom.en).bound).toBe(false);
  });

  it("the annual cap binds: 3 × 50 = 150 → 120", () => {
    const { award: a, steps } = runShape(shape, { values: [300, 300, 300] }, c);
    expect(a).toBe(120);
    expect(step(steps, L.annualRoom.en).bound).toBe(true);
  });

  it("receipts shrink the room: 120 − 100 = 20 → 70 cut to 20; 150 received → 0", () => {
    expect(award(shape, { values: [100, 99.99, 300], received_to_date: 100 }, c)).toBe(20);
    expect(award(shape, { values: [100, 99.99, 300], received_to_date: 150 }, c)).toBe(0);
  });

  it("receipts under the parameter the record names: paid 110 → room 10", () => {
    const named = perItemCapUnderRoom({
      itemsParam: "values",
      itemLabel: { en: "Product", zh: "产品" },
      receivedParam: "paid",
    });
    expect(award(named, { values: [300], paid: 110, received_to_date: 0 }, c)).toBe(10);
  });

  it("「超过」 per item excludes the number: 100 → 0; 100.5 × 0.2 = 20.1", () => {
    const exclusive = { ...c, thresholdOp: ">" as const };
    expect(award(shape, { values: [100] }, exclusive)).toBe(0);
    expect(award(shape, { values: [100.5] }, exclusive)).toBe(20.1);
  });

  it("no threshold and no rate (each item a request): min(30, 50) + min(80, 50) = 80", () => {
    const requests = { perUnitCap: 50, annualCap: 120 };
    const { award: a, steps } = runShape(shape, { values: [30, 80] }, requests);
    expect(a).toBe(80);
    expect(labels(steps)).toEqual([
      "Product 1",
      "Product 1: per-unit cap",
      "Product 2",
      "Product 2: per-unit cap",
      "Sum over items",
      L.annualRoom.en,
    ]);
  });

  it("no items (an empty or omitted range) → 0", () => {
    expect(award(shape, { values: [] }, c)).toBe(0);
    expect(award(shape, { values: undefined }, c)).toBe(0);
  });

  it("labels items by position in both languages", () => {
    const { steps } = runShape(shape, { values: [300] }, c);
    expect(step(steps, "Product 1: per-unit cap").label.zh).toBe("产品1：单台（套）上限");
  });
});
