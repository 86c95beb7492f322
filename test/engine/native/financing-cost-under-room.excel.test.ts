import { financingCostUnderRoomExcel } from "../../../src/engine/shapes/financing-cost-under-room.excel";
import { evaluate, madeUp, param } from "./made-up";

const label = { en: "x", zh: "x" };

describe("financingCostUnderRoomExcel", () => {
  // Made up: loan × rate (the rate argument, else the LPR argument, else 5%) × years, at most the cost
  // paid when given, under what is left of a 100 cap after receipts.
  const twin = financingCostUnderRoomExcel({
    base: { param: "loan", label },
    rateParam: "rate",
    rateDefaultParam: "lpr",
    yearsParam: "years",
    costParam: "cost",
    room: { label },
  });
  const params = [
    param.amount("loan"),
    param.rate("rate", {}),
    param.rate("lpr", {}),
    param.count("years"),
    param.amount("cost", {}),
    param.amount("received_to_date", {}),
  ];
  const e = madeUp(twin, params, { rate: 0.05, cap: 100 });

  it("MIN(loan × rate × years [at most the cost], MAX(0, cap − received))", () => {
    const raw = 'A1*IF(B1="",IF(C1="",0.05,C1),B1)*D1';
    expect(e.text).toBe(`MIN(IF(E1="",${raw},MIN(${raw},E1)),MAX(0,100-IF(F1="",0,F1)))`);
  });
  it.each([
    [[1000, null, null, 1, null, null], 50], // 1000 × 5% × 1
    [[1000, null, 0.03, 2, null, null], 60], // the LPR 3% × 2 years
    [[1000, 0.04, 0.03, 2, null, null], 80], // the rate 4% over the LPR
    [[1000, 0.04, null, 2, 70, null], 70], // 80, at most the 70 paid
    [[1000, 0.04, null, 2, null, 50], 50], // 80, room 100 − 50 = 50
    [[5000, null, null, 1, null, null], 100], // 250 → the cap 100
  ])("%p → %p", (values, award) => expect(evaluate(e, values)).toBe(award));
});
