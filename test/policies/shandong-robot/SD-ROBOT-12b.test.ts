/** SD-ROBOT-12b (SD_MODEL_VOUCHER, draft): an "up to" award without a base. */
import { describeUpToCap } from "./support";

// 「最高100万元」: 100万元 = 1,000,000.
describeUpToCap("SD_MODEL_VOUCHER", "单个产品给予最高100万元的定额补贴", 1_000_000, {
  below: 999_999.99,
  above: 1_000_000.01,
});
