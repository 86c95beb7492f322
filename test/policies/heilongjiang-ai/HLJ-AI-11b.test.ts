/** HLJ-AI-11b 「按照实际发生费用的30%，给予最高30万元补助资金」. */
import { describeLaunchEvent, describeTwinsAgree } from "../heilongjiang-twins";

describeLaunchEvent({
  name: "HLJAI_LAUNCH_EVENT_SUBSIDY",
  cap: [
    {
      args: [999_999.99],
      expect: 300_000,
      arithmetic: "999,999.99 × 0.30 = 299,999.997 → 300,000.00 after rounding; not capped",
    },
    { args: [500_000], expect: 150_000, arithmetic: "500,000 × 0.30 = 150,000" },
    { args: [1_000_000], expect: 300_000, arithmetic: "1,000,000 × 0.30 = 300,000 = cap" },
    {
      args: [1_000_000.1],
      expect: 300_000,
      arithmetic: "1,000,000.1 × 0.30 = 300,000.03 → cap 300,000",
    },
  ],
});

describeTwinsAgree("HLJAI_LAUNCH_EVENT_SUBSIDY", "HLJ_LAUNCH_EVENT_SUBSIDY", [
  [400_000],
  [1_500_000],
]);
