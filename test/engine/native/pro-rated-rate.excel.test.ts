import * as shapes from "../../../src/engine/shapes";
import { proRatedRateExcel } from "../../../src/engine/shapes/pro-rated-rate.excel";
import { recordTwin } from "./record-twin";

describe("proRatedRateExcel", () => {
  it("BJ_FIRST_LOAN_SUBSIDY's pro-rating: principal × 1% × (months within 12 ÷ 12), blank months 12", () => {
    const e = recordTwin(shapes.proRatedRate, proRatedRateExcel, "BJ_FIRST_LOAN_SUBSIDY", [
      "A1",
      "B1",
    ]);
    expect(e.text).toBe('A1*0.01*(MIN(IF(B1="",12,B1),12)/12)');
  });
});
