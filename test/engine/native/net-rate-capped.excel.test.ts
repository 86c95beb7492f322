import * as shapes from "../../../src/engine/shapes";
import { netRateCappedExcel } from "../../../src/engine/shapes/net-rate-capped.excel";
import { recordTwin } from "./record-twin";

describe("netRateCappedExcel", () => {
  it("HZ_NEW_INVESTMENT_SUBSIDY: (gross − exclusions, floored) × the rate (default and most 30%), at most 5000万", () => {
    const e = recordTwin(shapes.netRateCapped, netRateCappedExcel, "HZ_NEW_INVESTMENT_SUBSIDY", [
      "A1",
      "B1",
      "C1",
    ]);
    expect(e.text).toBe('MIN(MAX(0,A1-IF(B1="",0,B1))*IF(C1="",0.3,MIN(C1,0.3)),50000000)');
    expect(e.max).toBe(50_000_000);
  });
  it("HZ_FLAGSHIP_PROJECT_SUBSIDY: two exclusions, each deducted floored at 0, in order", () => {
    const e = recordTwin(shapes.netRateCapped, netRateCappedExcel, "HZ_FLAGSHIP_PROJECT_SUBSIDY", [
      "A1",
      "B1",
      "C1",
    ]);
    expect(e.text).toBe('MIN(MAX(0,MAX(0,A1-IF(B1="",0,B1))-IF(C1="",0,C1))*0.5,3000000)');
  });
});
