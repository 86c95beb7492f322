import { rdPostSubsidyExcel } from "../../../src/engine/shapes/rd-post-subsidy.excel";
import { evaluate, madeUp, param } from "./made-up";

describe("rdPostSubsidyExcel", () => {
  // Made up: R&D at least 100, the base subsidy doubled (uplift 2), at most 1,000 over the policy period.
  const params = [
    param.amount("rd_last_year"),
    param.amount("rd_prior_year"),
    param.rate("base_stock_ratio"),
    param.rate("base_increment_ratio"),
    param.amount("received_to_date", {}),
    param.code("stock_basis", [["SPLIT"], ["TOTAL"]], { default: "SPLIT" }),
    param.amount("base_annual_cap", {}),
  ];
  const e = madeUp(rdPostSubsidyExcel, params, { threshold: 100, uplift: 2, cumulativeCap: 1000 });

  it("IF(last ≥ threshold, the room under the cumulative cap of the raised stock and increment parts, 0)", () => {
    expect(e.text).toMatch(/^IF\(A1>=100,MIN\(/);
    // The stock part: all of last year's R&D for TOTAL, else MIN(last, prior).
    expect(e.text).toContain(
      'IF(F1="",FALSE,UPPER(TRIM(F1))="TOTAL"),A1,MIN(A1,B1))*C1+MAX(0,A1-B1)*D1'
    );
    expect(e.text).toContain('MAX(0,1000-IF(E1="",0,E1))');
  });
  // last, prior, stock ratio, increment ratio, received, basis, annual cap → award
  it.each([
    // stock MIN(500, 300) × 0.1 = 30; increment (500 − 300) × 0.5 = 100; (30 + 100) × 2 = 260
    [[500, 300, 0.1, 0.5, null, null, null], 260],
    // TOTAL: stock 500 × 0.1 = 50; + 100 = 150; × 2 = 300
    [[500, 300, 0.1, 0.5, null, "TOTAL", null], 300],
    // below the threshold (50 < 100): 0
    [[50, 30, 0.1, 0.5, null, "SPLIT", null], 0],
    // annual cap 100 × 2 = 200 < 260
    [[500, 300, 0.1, 0.5, null, "split", 100], 200],
    // received 900: room 1000 − 900 = 100 < 260
    [[500, 300, 0.1, 0.5, 900, "SPLIT", null], 100],
  ])("%p → %p", (values, award) => expect(evaluate(e, values)).toBe(award));
});
