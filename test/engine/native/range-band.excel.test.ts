import * as shapes from "../../../src/engine/shapes";
import { rangeBandExcel } from "../../../src/engine/shapes/range-band.excel";
import { recordTwin } from "./record-twin";

describe("rangeBandExcel", () => {
  it("HLJ_KEYTECH_GRANT 「500万元-1000万元」: 0 → 0, inside (0, 500万) #N/A, else at most 1000万", () => {
    const e = recordTwin(shapes.rangeBand, rangeBandExcel, "HLJ_KEYTECH_GRANT", ["A1"]);
    expect(e.text).toBe("IF(A1=0,0,IF(A1<5000000,NA(),MIN(A1,10000000)))");
    expect(e.max).toBe(10_000_000); // NA() yields no number: the band's top bounds it
  });
});
