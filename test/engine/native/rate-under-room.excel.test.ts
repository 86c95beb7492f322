import * as shapes from "../../../src/engine/shapes";
import { rateUnderRoomExcel } from "../../../src/engine/shapes/rate-under-room.excel";
import { recordTwin } from "./record-twin";

describe("rateUnderRoomExcel", () => {
  it("HLJ_DATA_VOUCHER: MIN(transactions × 10%, MAX(0, 1,000,000 − received)), a blank receipt 0", () => {
    const e = recordTwin(shapes.rateUnderRoom, rateUnderRoomExcel, "HLJ_DATA_VOUCHER", [
      "A1",
      "B1",
    ]);
    expect(e.text).toBe('MIN(A1*0.1,MAX(0,1000000-IF(B1="",0,B1)))');
    expect(e.max).toBe(1_000_000); // the annual cap bounds the award
  });
  it("SD_RD_SUBSIDY: the rate is the (required) rate argument", () => {
    const e = recordTwin(shapes.rateUnderRoom, rateUnderRoomExcel, "SD_RD_SUBSIDY", ["A1", "B1"]);
    expect(e.text).toBe("MIN(A1*B1,MAX(0,5000000))"); // received omitted: 0
  });
});
