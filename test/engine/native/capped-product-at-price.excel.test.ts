import * as shapes from "../../../src/engine/shapes";
import { cappedProductAtPriceExcel } from "../../../src/engine/shapes/capped-product-at-price.excel";
import { recordTwin } from "./record-twin";

describe("cappedProductAtPriceExcel", () => {
  it("HZ_FREE_OFFICE_VALUE: area within 1000 m² × months within 36 × the monthly rent", () => {
    const e = recordTwin(
      shapes.cappedProductAtPrice,
      cappedProductAtPriceExcel,
      "HZ_FREE_OFFICE_VALUE",
      ["A1", "B1", "C1"]
    );
    expect(e.text).toBe("MIN(A1,1000)*MIN(B1,36)*C1");
    expect(e.max).toBeGreaterThan(10_000_000_000_000); // 1000 × 36 × a rent up to 10 trillion
  });
});
