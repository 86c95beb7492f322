import { cappedProductAtPrice } from "../../../src/engine/shapes/capped-product-at-price";
import { award, label, labels, runShape, step } from "./run-shape";

describe("cappedProductAtPrice: capped quantities multiplied, × a unit price", () => {
  const shape = cappedProductAtPrice({
    quantities: [
      { param: "area", label: label("Area"), capKey: "maxArea" },
      { param: "months", label: label("Months"), capKey: "maxMonths" },
    ],
    productLabel: label("Area × months"),
    price: { param: "rent", label: label("× rent") },
  });
  const c = { maxArea: 50, maxMonths: 6 };

  it("neither limit binding: 40 × 5 = 200 × 2.5 = 500", () => {
    const { award: a, steps } = runShape(shape, { area: 40, months: 5, rent: 2.5 }, c);
    expect(a).toBe(500);
    expect(labels(steps)).toEqual(["Area", "Months", "Area × months", "× rent"]);
    expect(step(steps, "Area").bound).toBe(false);
    expect(step(steps, "Area × months").amount).toBe(200);
  });
  it("at the limits (inclusive): 50 × 6 = 300 × 2 = 600, not binding", () => {
    const { award: a, steps } = runShape(shape, { area: 50, months: 6, rent: 2 }, c);
    expect(a).toBe(600);
    expect(step(steps, "Months").bound).toBe(false);
  });
  it("both limits binding: 80 → 50, 9 → 6, 300 × 2 = 600", () => {
    const { award: a, steps } = runShape(shape, { area: 80, months: 9, rent: 2 }, c);
    expect(a).toBe(600);
    expect(step(steps, "Area").bound).toBe(true);
    expect(step(steps, "Months").bound).toBe(true);
  });
  it("one quantity: its capped value is the product, 80 → 50 × 3 = 150", () => {
    const one = cappedProductAtPrice({
      quantities: [{ param: "area", label: label("Area"), capKey: "maxArea" }],
      productLabel: label("Area"),
      price: { param: "rent", label: label("× rent") },
    });
    expect(award(one, { area: 80, rent: 3 }, c)).toBe(150);
  });
});
