/** SD-ROBOT-12a (SD_COMPUTE_VOUCHER, draft): expected amounts by hand from 「累计奖补总额最高500万元」 (500万元 = 5,000,000). */
import { itRejects } from "../../support/expect-error";
import { award } from "./support";

describe("SD_COMPUTE_VOUCHER: 「对符合条件的算力交易合同进行奖补，单个企业累计奖补总额最高500万元」", () => {
  const F = "SD_COMPUTE_VOUCHER";

  it("contract × the user's voucher rate, below the cap", () => {
    expect(award(F, 2_000_000, 0.2)).toBeCloseTo(400_000, 2); // 2,000,000 × 20% = 400,000
  });
  it("reaches the 5,000,000 cumulative cap exactly", () => {
    expect(award(F, 25_000_000, 0.2)).toBeCloseTo(5_000_000, 2); // 25,000,000 × 20% = 5,000,000 = cap
  });
  it("「累计奖补总额最高500万元」 caps a larger amount", () => {
    expect(award(F, 30_000_000, 0.2)).toBeCloseTo(5_000_000, 2); // 6,000,000 → cap 5,000,000
  });
  it("the cumulative room is reduced by vouchers already received", () => {
    expect(award(F, 10_000_000, 0.2, 3_500_000)).toBeCloseTo(1_500_000, 2); // min(2,000,000, 5,000,000 − 3,500,000) = 1,500,000
  });
  it("nothing left once 5,000,000 has been received over the policy period", () => {
    expect(award(F, 10_000_000, 0.2, 5_000_000)).toBeCloseTo(0, 2); // room 0
  });

  itRejects(F, [
    [["abc", 0.2], "#VALUE!", "contract_amount must be a number"],
    [[-1, 0.2], "#VALUE!", "contract_amount must not be negative"],
    [["", 0.2], "#VALUE!", "contract_amount is required"],
    [[undefined, 0.2], "#VALUE!", "contract_amount is required"],
    [[1_000_000, ""], "#VALUE!", "rate is required"],
    [[1_000_000, -0.1], "#NUM!", "rate must be between 0 and 1 (e.g. 0.3 for 30%)"],
    [[1_000_000, 0.2, "abc"], "#VALUE!", "received_to_date must be a number"],
  ]);
});
