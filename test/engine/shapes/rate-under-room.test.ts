import { L } from "../../../src/engine/labels";
import { rateUnderRoom } from "../../../src/engine/shapes/rate-under-room";
import { award, label, labels, runShape, step } from "./run-shape";

describe("rateUnderRoom: min(base × rate, max(0, cap − received))", () => {
  const c = { rate: 0.5, cap: 1000 };
  const room = { label: label("Annual room") };
  const shape = rateUnderRoom({ param: "spend", label: label("Spend") }, room);

  it("nothing received, room not binding: 1,000 × 0.5 = 500 ≤ 1,000 → 500", () => {
    const { award: a, steps } = runShape(shape, { spend: 1000, received_to_date: undefined }, c);
    expect(a).toBe(500);
    expect(labels(steps)).toEqual(["Spend", L.rateApplied.en, "Annual room"]);
    expect(step(steps, "Annual room")).toMatchObject({ limit: 1000, bound: false });
  });

  it("room binding: 1,000 − 700 = 300 left, 500 → 300", () => {
    const { award: a, steps } = runShape(shape, { spend: 1000, received_to_date: 700 }, c);
    expect(a).toBe(300);
    expect(step(steps, "Annual room")).toMatchObject({ amount: 300, limit: 300, bound: true });
  });

  it("room exactly the award: 1,000 − 500 = 500 left, 500 → 500", () => {
    expect(award(shape, { spend: 1000, received_to_date: 500 }, c)).toBe(500);
  });

  it("room exhausted: received 1,000 → 0; received 1,200 → max(0, −200) = 0", () => {
    expect(award(shape, { spend: 1000, received_to_date: 1000 }, c)).toBe(0);
    expect(award(shape, { spend: 1000, received_to_date: 1200 }, c)).toBe(0);
  });

  it("reads receipts from the parameter the room names: paid_this_year 900 → room 100 → 100", () => {
    const named = rateUnderRoom(
      { param: "spend", label: label("Spend") },
      { label: label("Annual room"), receivedParam: "paid_this_year" }
    );
    expect(award(named, { spend: 1000, paid_this_year: 900, received_to_date: 0 }, c)).toBe(100);
  });

  describe("with a rate parameter", () => {
    const withRate = rateUnderRoom({ param: "spend", label: label("Spend") }, room, "rate");
    it("the argument replaces the constant: 1,000 × 0.1 = 100", () => {
      expect(award(withRate, { spend: 1000, rate: 0.1 }, c)).toBe(100);
    });
    it("no rate constant (Q-R): the argument is the rate, 1,000 × 0.25 = 250", () => {
      expect(award(withRate, { spend: 1000, rate: 0.25 }, { cap: 1000 })).toBe(250);
    });
    it("no argument and no constant is a defect of the record, not of the input", () => {
      expect(() => award(withRate, { spend: 1000, rate: undefined }, { cap: 1000 })).toThrow(
        "clause record defect: no rate argument and no rate constant"
      );
    });
  });
});
