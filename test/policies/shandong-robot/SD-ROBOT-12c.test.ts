/** SD-ROBOT-12c (SD_CORPUS_VOUCHER, draft): an "up to" award without a base. */
import { describeUpToCap } from "./support";

// 「最高150万元」: 150万元 = 1,500,000.
describeUpToCap("SD_CORPUS_VOUCHER", "单个语料库给予最高150万元补贴", 1_500_000, {
  below: 1_499_999,
  above: 1_500_001,
});
