/** HLJ-AI-04 「根据绩效评价结果，按总投资额的30%最高给予1000万元资助」 (Revision 2: a graded rate). */
import { describePilotPlatform, describeTwinsAgree } from "../heilongjiang-twins";

describePilotPlatform({
  name: "HLJAI_PILOT_PLATFORM_GRANT",
  cap: [
    {
      args: [33_333_333.33],
      expect: 10_000_000,
      arithmetic: "30% × 33,333,333.33 = 9,999,999.999 → 10,000,000.00 after rounding; not capped",
    },
    { args: [10_000_000], expect: 3_000_000, arithmetic: "30% × 10,000,000 = 3,000,000" },
    {
      args: [33_333_333.34],
      expect: 10_000_000,
      arithmetic: "30% × 33,333,333.34 = 10,000,000.002 → cap 10,000,000",
    },
  ],
  graded: [
    {
      args: [20_000_000, 0.2],
      expect: 4_000_000,
      arithmetic: "graded rate (Revision 2 worked example): 20,000,000 × 0.20 = 4,000,000",
    },
    {
      args: [20_000_000, ""],
      expect: 6_000_000,
      arithmetic: "blank rate is the maximum 0.30: 20,000,000 × 0.30 = 6,000,000",
    },
    {
      args: [80_000_000, 0.15],
      expect: 10_000_000,
      arithmetic: "the cap binds at a graded rate too: 80,000,000 × 0.15 = 12,000,000 → 10,000,000",
    },
  ],
  aboveMax: { args: [20_000_000, 0.31], message: "rate exceeds the policy maximum of 0.3" },
});

describeTwinsAgree("HLJAI_PILOT_PLATFORM_GRANT", "HLJ_PILOT_PLATFORM_GRANT", [
  [20_000_000],
  [80_000_000, 0.15],
]);
