/** SD-ROBOT-08 (SD_ACCEL_PARK_AWARD, draft): an "up to" award without a base. */
import { describeUpToCap } from "./support";

// 「最高600万元」: 600万元 = 6,000,000.
describeUpToCap("SD_ACCEL_PARK_AWARD", "对认定的加速园按规定给予最高600万元奖补支持", 6_000_000, {
  below: 5_999_999.99,
  above: 6_000_000.01,
});
