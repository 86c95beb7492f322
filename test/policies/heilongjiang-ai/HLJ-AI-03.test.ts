/**
 * HLJ-AI-03 「对研发投入50万元以上…给予基础比例上浮50%的补助支持，累计最高不超过1500万元」, the cap shared with
 * HLJ-ROBOT-01. Illustrative ratios (not official): stock 3%, increment 15%.
 */
import { describeRdPostSubsidy, describeTwinsAgree } from "../heilongjiang-twins";

describeRdPostSubsidy({
  name: "HLJAI_RD_SUBSIDY",
  threshold: [
    {
      args: [500_000, 0, 0.03, 0.15],
      expect: 112_500,
      arithmetic: "at 500,000: stock 0; increment 500,000 × 0.15 = 75,000; × 1.5 = 112,500",
    },
    {
      args: [499_999.99, 0, 0.03, 0.15],
      expect: 0,
      arithmetic: "just below, 499,999.99 < 500,000 → 0",
    },
    {
      args: [500_000.01, 0, 0.03, 0.15],
      expect: 112_500,
      arithmetic:
        "just above: increment 500,000.01 × 0.15 = 75,000.0015; × 1.5 = 112,500.00225 → 112,500.00",
    },
  ],
  split: {
    args: [12_000_000, 9_000_000, 0.03, 0.15],
    expect: 1_080_000,
    arithmetic: "9,000,000 × 0.03 = 270,000; 3,000,000 × 0.15 = 450,000; 720,000 × 1.5 = 1,080,000",
  },
  total: {
    args: [12_000_000, 9_000_000, 0.03, 0.15],
    expect: 1_215_000,
    arithmetic:
      "12,000,000 × 0.03 = 360,000; 3,000,000 × 0.15 = 450,000; 810,000 × 1.5 = 1,215,000",
  },
  basis: [
    {
      args: [3_000_000, 4_000_000, 0.03, 0.15],
      expect: 135_000,
      arithmetic:
        "R&D fell: stock min(3,000,000, 4,000,000) × 0.03 = 90,000; increment 0; × 1.5 = 135,000",
    },
  ],
  // The entitlement in the first cases: 1,080,000 (the SPLIT case).
  cumulativeCap: [
    {
      args: [12_000_000, 9_000_000, 0.03, 0.15, 13_920_000],
      expect: 1_080_000,
      arithmetic: "exactly at the room left: 15,000,000 − 13,920,000 = 1,080,000",
    },
    {
      args: [12_000_000, 9_000_000, 0.03, 0.15, 14_000_000],
      expect: 1_000_000,
      arithmetic: "room 15,000,000 − 14,000,000 = 1,000,000 < 1,080,000",
    },
    {
      args: [12_000_000, 9_000_000, 0.03, 0.15, 15_000_000],
      expect: 0,
      arithmetic: "received = cap: room exhausted → 0",
    },
    {
      args: [250_000_000, 150_000_000, 0.03, 0.15],
      expect: 15_000_000,
      arithmetic:
        "150,000,000 × 0.03 = 4,500,000; 100,000,000 × 0.15 = 15,000,000; 19,500,000 × 1.5 = 29,250,000 → 15,000,000",
    },
  ],
  baseAnnualCap: [
    {
      args: [12_000_000, 9_000_000, 0.03, 0.15, 0, "SPLIT", 600_000],
      expect: 900_000,
      arithmetic: "binds: 600,000 × 1.5 = 900,000 < 1,080,000",
    },
    {
      args: [12_000_000, 9_000_000, 0.03, 0.15, 0, "SPLIT", 800_000],
      expect: 1_080_000,
      arithmetic: "does not bind: 800,000 × 1.5 = 1,200,000 ≥ 1,080,000",
    },
    {
      args: [250_000_000, 150_000_000, 0.03, 0.15, 0, "SPLIT", ""],
      expect: 15_000_000,
      arithmetic: "omitted: 29,250,000 cut only by the 15,000,000 cumulative cap",
    },
  ],
});

// Spec §5.2: the same constants as HLJ_RD_SUBSIDY.
describeTwinsAgree("HLJAI_RD_SUBSIDY", "HLJ_RD_SUBSIDY", [
  [8_000_000, 6_000_000, 0.02, 0.1],
  [12_000_000, 9_000_000, 0.03, 0.15, 14_000_000, "TOTAL", 600_000],
]);
