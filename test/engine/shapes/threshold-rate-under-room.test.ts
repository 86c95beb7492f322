import { L } from "../../../src/engine/labels";
import { thresholdRateUnderRoom } from "../../../src/engine/shapes/threshold-rate-under-room";
import { award, label, labels, runShape, step } from "./run-shape";

describe("thresholdRateUnderRoom: 0 below the threshold, else min(base × rate, max(0, cap − received))", () => {
  const c = { threshold: 1000, thresholdOp: ">" as const, rate: 0.1, cap: 500 };
  const base = { param: "spend", label: label("Spend") };
  const room = { label: label("Annual room") };
  const shape = thresholdRateUnderRoom(base, room);

  it("「超过」 excludes the number: 1,000 → 0, the threshold recorded as not met", () => {
    const { award: a, steps } = runShape(shape, { spend: 1000 }, c);
    expect(a).toBe(0);
    expect(step(steps, L.threshold.en)).toMatchObject({ op: ">", met: false, limit: 1000 });
    expect(labels(steps)).toEqual(["Spend", L.threshold.en]);
  });

  it("just above: the rate on the whole base, 1,000.01 × 0.1 = 100.001 → 100.00", () => {
    expect(award(shape, { spend: 1000.01 }, c)).toBe(100);
  });

  it("「达」 includes the number: 1,000 × 0.1 = 100", () => {
    expect(award(shape, { spend: 1000 }, { ...c, thresholdOp: ">=" })).toBe(100);
  });

  it("room not binding: 4,000 × 0.1 = 400 ≤ 500; binding: 8,000 × 0.1 = 800 → 500", () => {
    expect(award(shape, { spend: 4000 }, c)).toBe(400);
    const { award: a, steps } = runShape(shape, { spend: 8000 }, c);
    expect(a).toBe(500);
    expect(step(steps, "Annual room").bound).toBe(true);
  });

  it("receipts: 500 − 450 = 50 left → 400 cut to 50; 600 received → 0", () => {
    expect(award(shape, { spend: 4000, received_to_date: 450 }, c)).toBe(50);
    expect(award(shape, { spend: 4000, received_to_date: 600 }, c)).toBe(0);
  });

  it("receipts under the parameter the room names, and the record's own threshold label", () => {
    const named = thresholdRateUnderRoom(
      base,
      { label: label("Annual room"), receivedParam: "paid" },
      label("Spend over the line")
    );
    const { award: a, steps } = runShape(named, { spend: 4000, paid: 300, received_to_date: 0 }, c);
    expect(a).toBe(200); // 500 − 300 = 200 left; 400 → 200
    expect(step(steps, "Spend over the line").met).toBe(true);
  });
});
