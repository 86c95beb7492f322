import * as shapes from "../../../src/engine/shapes";
import { phasedRateCappedExcel } from "../../../src/engine/shapes/phased-rate-capped.excel";
import { recordTwin } from "./record-twin";

const twin = (name: string, args: string[]) =>
  recordTwin(shapes.phasedRateCapped, phasedRateCappedExcel, name, args).text;

describe("phasedRateCappedExcel", () => {
  it("HZ_RESEARCH_MATCHING_SUBSIDY: MAX(0, MIN(funds × 25%, 500万) − paid earlier)", () => {
    expect(twin("HZ_RESEARCH_MATCHING_SUBSIDY", ["A1", "B1"])).toBe(
      'MAX(0,MIN(A1*0.25,5000000)-IF(B1="",0,B1))'
    );
  });
  it("HLJAI_TERMINAL_PROJECT_SUBSIDY: ≥ 2000万 total, the approved total else the total, a cap argument", () => {
    expect(twin("HLJAI_TERMINAL_PROJECT_SUBSIDY", ["A1", "B1", "C1", "D1"])).toBe(
      'IF(A1>=20000000,MAX(0,MIN(IF(B1="",A1,B1)*0.2,IF(D1="",50000000,D1))-IF(C1="",0,C1)),0)'
    );
  });
});
