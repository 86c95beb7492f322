import { L } from "../../../src/engine/labels";
import { financingCostUnderRoom } from "../../../src/engine/shapes/financing-cost-under-room";
import { award, label, labels, runShape, step } from "./run-shape";

describe("financingCostUnderRoom: base × rate [× years], at most the cost paid, under the room", () => {
  const c = { rate: 0.02, cap: 100 };
  const common = {
    base: { param: "loan", label: label("Loan") },
    rateParam: "rate",
    costParam: "cost",
    room: { label: label("Annual room") },
  };
  const shape = financingCostUnderRoom(common);

  it("the constant rate when no argument: 1,000 × 0.02 = 20", () => {
    const { award: a, steps } = runShape(shape, { loan: 1000 }, c);
    expect(a).toBe(20);
    expect(labels(steps)).toEqual(["Loan", L.rateApplied.en, "Annual room"]);
  });

  it("the rate argument replaces it: 1,000 × 0.03 = 30", () => {
    expect(award(shape, { loan: 1000, rate: 0.03 }, c)).toBe(30);
  });

  describe("a default-rate parameter (「不超过…LPR」)", () => {
    const lpr = financingCostUnderRoom({ ...common, rateDefaultParam: "lpr" });
    it("stands in for an omitted rate: 1,000 × 0.035 = 35", () => {
      expect(award(lpr, { loan: 1000, rate: undefined, lpr: 0.035 }, c)).toBe(35);
    });
    it("the rate argument wins over it: 1,000 × 0.01 = 10", () => {
      expect(award(lpr, { loan: 1000, rate: 0.01, lpr: 0.035 }, c)).toBe(10);
    });
    it("without one in the record, an argument named like it is ignored: 1,000 × 0.02 = 20", () => {
      expect(award(shape, { loan: 1000, lpr: 0.035 }, c)).toBe(20);
    });
  });

  it("× years when the record asks them: 1,000 × 0.02 × 2.5 = 50", () => {
    const yearly = financingCostUnderRoom({ ...common, yearsParam: "years" });
    const { award: a, steps } = runShape(yearly, { loan: 1000, years: 2.5 }, c);
    expect(a).toBe(50);
    expect(step(steps, "× years subsidised").amount).toBe(50);
  });

  it("at most the cost paid: min(20, 15) = 15; a higher cost does not bind, 20", () => {
    expect(award(shape, { loan: 1000, cost: 15 }, c)).toBe(15);
    expect(award(shape, { loan: 1000, cost: 25 }, c)).toBe(20);
  });

  it("the room: 10,000 × 0.02 = 200 → 100; 100 − 90 = 10 left → 10; 100 received → 0", () => {
    expect(award(shape, { loan: 10_000 }, c)).toBe(100);
    expect(award(shape, { loan: 1000, received_to_date: 90 }, c)).toBe(10);
    expect(award(shape, { loan: 1000, received_to_date: 100 }, c)).toBe(0);
  });

  it("receipts under the parameter the room names: paid 95 → 5 left → 5", () => {
    const named = financingCostUnderRoom({
      ...common,
      room: { label: label("Annual room"), receivedParam: "paid" },
    });
    expect(award(named, { loan: 1000, paid: 95, received_to_date: 0 }, c)).toBe(5);
  });

  it("no rate argument, no default and no constant is a defect of the record", () => {
    expect(() => award(shape, { loan: 1000 }, { cap: 100 })).toThrow(
      "financingCostUnderRoom: no rate argument and no rate constant"
    );
  });
});
