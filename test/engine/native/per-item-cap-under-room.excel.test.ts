import * as shapes from "../../../src/engine/shapes";
import { perItemCapUnderRoomExcel } from "../../../src/engine/shapes/per-item-cap-under-room.excel";
import { recordTwin } from "./record-twin";

const twin = (name: string, args: (string | undefined)[]) =>
  recordTwin(shapes.perItemCapUnderRoom, perItemCapUnderRoomExcel, name, args);

describe("perItemCapUnderRoomExcel", () => {
  it("HLJ_FIRST_SET_AWARD: per unit ≥ 50万, 50%, at most 200万, masks only; then the 500万 annual room", () => {
    const e = twin("HLJ_FIRST_SET_AWARD", ["A1:C1", "D1"]);
    expect(e.text).toBe(
      "MIN(SUMPRODUCT((A1:C1>=500000)*(A1:C1*0.5<=2000000)*(A1:C1*0.5))" +
        "+2000000*SUMPRODUCT((A1:C1>=500000)*(A1:C1*0.5>2000000))," +
        'MAX(0,5000000-IF(D1="",0,D1)))'
    );
    expect(e.text).not.toMatch(/IF\([^,]*:/); // never IF over the range
    expect(e.max).toBe(5_000_000);
  });
  it("BJ_FIRST_TRIAL_AWARD: no threshold and no rate, each request at most 50万; no range → 0", () => {
    expect(twin("BJ_FIRST_TRIAL_AWARD", ["A1:C1", undefined]).text).toBe(
      "MIN(SUMPRODUCT((A1:C1<=500000)*A1:C1)+500000*SUMPRODUCT((A1:C1>500000)*1),MAX(0,2000000))"
    );
    expect(twin("BJ_FIRST_TRIAL_AWARD", [undefined, undefined]).text).toBe("MIN(0,MAX(0,2000000))");
  });
});
