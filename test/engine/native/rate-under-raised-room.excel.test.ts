import { rateUnderRaisedRoomExcel } from "../../../src/engine/shapes/rate-under-raised-room.excel";
import { evaluate, madeUp, param } from "./made-up";

const label = { en: "x", zh: "x" };

describe("rateUnderRaisedRoomExcel", () => {
  // Made up: cap 100 raised by the uplift argument; cost × rate under what is left after receipts.
  const twin = rateUnderRaisedRoomExcel({
    base: { param: "cost", label },
    rateParam: "rate",
    capKey: "cap",
    upliftParam: "uplift",
    upliftLabel: label,
    room: { label },
  });
  const params = [
    param.amount("cost"),
    param.rate("rate"),
    param.rate("uplift", {}),
    param.amount("received_to_date", {}),
  ];
  const e = madeUp(twin, params, { cap: 100 });

  it("MIN(cost × rate, MAX(0, cap × (1 + uplift) − received)), blanks 0", () => {
    expect(e.text).toBe('MIN(A1*B1,MAX(0,100*(1+IF(C1="",0,C1))-IF(D1="",0,D1)))');
  });
  it.each([
    [1000, 0.1, null, null, 100], // 100 under the 100 cap
    [2000, 0.1, 0.5, null, 150], // 200, cap 100 × 1.5 = 150
    [1000, 0.1, 0.5, 120, 30], // 100, room 150 − 120 = 30
    [1000, 0.1, null, 500, 0], // room MAX(0, 100 − 500) = 0
  ])("cost %p, rate %p, uplift %p, received %p → %p", (cost, rate, up, rec, award) =>
    expect(evaluate(e, [cost, rate, up, rec])).toBe(award)
  );
});
