import { L } from "../../../src/engine/labels";
import { rateUnderRaisedRoom } from "../../../src/engine/shapes/rate-under-raised-room";
import { award, label, labels, runShape, step } from "./run-shape";

describe("rateUnderRaisedRoom: min(base × rate, max(0, cap × (1 + uplift) − received))", () => {
  const shape = rateUnderRaisedRoom({
    base: { param: "spend", label: label("Spend") },
    rateParam: "r",
    capKey: "limit",
    upliftParam: "up",
    upliftLabel: label("Cap × (1 + uplift)"),
    room: { label: L.annualRoom },
  });
  const c = { limit: 1000 };

  it("no uplift, cap not binding: 2,000 × 0.3 = 600 < 1,000", () => {
    const { award: a, steps } = runShape(shape, { spend: 2000, r: 0.3 }, c);
    expect(a).toBe(600);
    expect(labels(steps)).toEqual([
      "Spend",
      L.rateApplied.en,
      "Cap × (1 + uplift)",
      L.annualRoom.en,
    ]);
    expect(step(steps, "Cap × (1 + uplift)").amount).toBe(1000);
  });
  it("no uplift, cap binding: 5,000 × 0.3 = 1,500 → 1,000", () => {
    expect(award(shape, { spend: 5000, r: 0.3 }, c)).toBe(1000);
  });
  it("an uplift of 20% raises the cap: 1,000 × 1.2 = 1,200, 1,500 → 1,200", () => {
    const { award: a, steps } = runShape(shape, { spend: 5000, r: 0.3, up: 0.2 }, c);
    expect(a).toBe(1200);
    expect(step(steps, "Cap × (1 + uplift)").amount).toBe(1200);
  });
  it("received counts against the raised cap: 1,200 − 900 = 300 left", () => {
    expect(award(shape, { spend: 5000, r: 0.3, up: 0.2, received_to_date: 900 }, c)).toBe(300);
  });
  it("room exhausted: 1,000 − 1,500 → 0", () => {
    expect(award(shape, { spend: 5000, r: 0.3, received_to_date: 1500 }, c)).toBe(0);
  });
});
