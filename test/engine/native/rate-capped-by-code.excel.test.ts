import * as shapes from "../../../src/engine/shapes";
import { rateCappedByCodeExcel } from "../../../src/engine/shapes/rate-capped-by-code.excel";
import { recordTwin } from "./record-twin";

describe("rateCappedByCodeExcel", () => {
  it("HLJ_DIGITAL_FACTORY_SUBSIDY: nested IFs over WORKSHOP (200万) and FACTORY (1000万), else 0", () => {
    const e = recordTwin(
      shapes.rateCappedByCode,
      rateCappedByCodeExcel,
      "HLJ_DIGITAL_FACTORY_SUBSIDY",
      ["A1", "B1"]
    );
    const is = (s: string) => `UPPER(TRIM(B1))="${s}"`;
    const workshop = ["WORKSHOP", "LINE", "数字化车间", "生产线", "数字化车间（生产线）"];
    expect(e.text).toBe(
      `IF(OR(${workshop.map(is).join(",")}),MIN(A1*0.1,2000000),` +
        `IF(OR(${is("FACTORY")},${is("智能工厂")}),MIN(A1*0.1,10000000),0))`
    );
    expect(e.max).toBe(10_000_000);
  });
});
