import * as shapes from "../../../src/engine/shapes";
import { thresholdRateUnderRoomExcel } from "../../../src/engine/shapes/threshold-rate-under-room.excel";
import { recordTwin } from "./record-twin";

const twin = (name: string) =>
  recordTwin(shapes.thresholdRateUnderRoom, thresholdRateUnderRoomExcel, name, ["A1", "B1"]).text;

describe("thresholdRateUnderRoomExcel", () => {
  it("HLJAI_COMPUTE_AWARD: 「超过30万元」 is strict, then 30% under the 400万 annual room", () => {
    expect(twin("HLJAI_COMPUTE_AWARD")).toBe(
      'IF(A1>300000,MIN(A1*0.3,MAX(0,4000000-IF(B1="",0,B1))),0)'
    );
  });
  it("HZ_COMPONENT_PURCHASE_AWARD: 「达100万元」 includes the threshold", () => {
    expect(twin("HZ_COMPONENT_PURCHASE_AWARD")).toBe(
      'IF(A1>=1000000,MIN(A1*0.1,MAX(0,5000000-IF(B1="",0,B1))),0)'
    );
  });
});
