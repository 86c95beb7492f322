/**
 * HLJ-AI-07 (HLJ-AI, spec §4.4 / §5.2). Every expected number is worked out by hand from the policy text; the
 * arithmetic sits beside it.
 */
import { calculate } from "../../../src";

const award = (name: string, args: unknown[]): number => calculate(name, args) as number;

// HLJ-AI-07 「经评审按照一定比例给予“模型券”补贴，单个采购主体年度补贴最高不超过100万元，
// 对于在关键领域应用规模较大的项目，可按照一定比例上浮」 (Revision 1: the uplift raises the cap only)
describe("HLJAI_MODEL_VOUCHER — 「年度补贴最高不超过100万元」", () => {
  test("below the cap", () => {
    // 3,333,333.3 × 0.30 = 999,999.99
    expect(award("HLJAI_MODEL_VOUCHER", [3_333_333.3, 0.3])).toBeCloseTo(999_999.99, 2);
  });
  test("at the cap", () => {
    // 2,000,000 × 0.50 = 1,000,000
    expect(award("HLJAI_MODEL_VOUCHER", [2_000_000, 0.5])).toBeCloseTo(1_000_000, 2);
  });
  test("capped", () => {
    // 2,000,000.02 × 0.50 = 1,000,000.01 → 1,000,000
    expect(award("HLJAI_MODEL_VOUCHER", [2_000_000.02, 0.5])).toBeCloseTo(1_000_000, 2);
  });
  test("cap reduced by received_to_date; exhausted → 0", () => {
    // 600,000 vs room 1,000,000 − 600,000 = 400,000
    expect(award("HLJAI_MODEL_VOUCHER", [2_000_000, 0.3, 600_000])).toBeCloseTo(400_000, 2);
    expect(award("HLJAI_MODEL_VOUCHER", [2_000_000, 0.3, 1_000_000])).toBe(0);
  });
});

describe("HLJAI_MODEL_VOUCHER — 「可按照一定比例上浮」 raises the annual cap only", () => {
  test("the uplift does not raise an amount under the cap", () => {
    // 2,000,000 × 0.30 = 600,000; cap 1,000,000 × 1.5 = 1,500,000; result 600,000 (not 900,000)
    expect(award("HLJAI_MODEL_VOUCHER", [2_000_000, 0.3, 0, 0.5])).toBeCloseTo(600_000, 2);
  });
  test("the uplifted cap binds", () => {
    // 10,000,000 × 0.30 = 3,000,000; cap 1,000,000 × (1 + 1) = 2,000,000
    expect(award("HLJAI_MODEL_VOUCHER", [10_000_000, 0.3, 0, 1])).toBeCloseTo(2_000_000, 2);
  });
  test("the uplifted cap is exhausted → 0", () => {
    // cap 1,000,000 × 1.2 = 1,200,000; received 1,200,000 → room 0
    expect(award("HLJAI_MODEL_VOUCHER", [5_000_000, 0.3, 1_200_000, 0.2])).toBe(0);
  });
  test("blank uplift = 0", () => {
    // 5,000,000 × 0.30 = 1,500,000 → 1,000,000
    expect(award("HLJAI_MODEL_VOUCHER", [5_000_000, 0.3, 0, ""])).toBeCloseTo(1_000_000, 2);
  });
});
