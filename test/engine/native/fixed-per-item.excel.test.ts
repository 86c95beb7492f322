import * as shapes from "../../../src/engine/shapes";
import { fixedPerItemExcel } from "../../../src/engine/shapes/fixed-per-item.excel";
import { recordTwin } from "./record-twin";

describe("fixedPerItemExcel", () => {
  it("HLJ_KEYLAB_GRANT: 1000万 for EXCELLENT (or 优秀) only", () => {
    const e = recordTwin(shapes.fixedPerItem, fixedPerItemExcel, "HLJ_KEYLAB_GRANT", ["A1"]);
    expect(e.text).toBe('IF(OR(UPPER(TRIM(A1))="EXCELLENT",UPPER(TRIM(A1))="优秀"),10000000,0)');
    expect(e.max).toBe(10_000_000);
  });
  it("HLJ_NATIONAL_CENTER_GRANT: × the count, 1 when blank", () => {
    const e = recordTwin(shapes.fixedPerItem, fixedPerItemExcel, "HLJ_NATIONAL_CENTER_GRANT", [
      "A1",
      "B1",
    ]);
    expect(e.text).toMatch(/^IF\(OR\(.*\),10000000,0\)\*IF\(B1="",1,B1\)$/);
  });
});
