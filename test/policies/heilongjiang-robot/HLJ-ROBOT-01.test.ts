/**
 * HLJ-ROBOT-01 「对研发投入50万元以上…给予基础比例上浮50%的补助支持，累计最高不超过1500万元」.
 * Illustrative ratios (not official): stock 2%, increment 10%.
 */
import { describeRdPostSubsidy } from "../heilongjiang-twins";

describeRdPostSubsidy({
  name: "HLJ_RD_SUBSIDY",
  threshold: [
    {
      args: [500_000, 0, 0.02, 0.1],
      expect: 75_000,
      arithmetic:
        "at 500,000: stock min(500,000, 0) = 0; increment 500,000 × 0.10 = 50,000; × 1.5 = 75,000",
    },
    {
      args: [499_999.99, 0, 0.02, 0.1],
      expect: 0,
      arithmetic: "just below, 499,999.99 < 500,000: threshold not met → 0",
    },
    {
      args: [500_000.01, 0, 0.02, 0.1],
      expect: 75_000,
      arithmetic:
        "just above: increment 500,000.01 × 0.10 = 50,000.001; × 1.5 = 75,000.0015 → 75,000.00",
    },
  ],
  split: {
    args: [8_000_000, 6_000_000, 0.02, 0.1],
    expect: 480_000,
    arithmetic:
      "stock 6,000,000 × 0.02 = 120,000; increment 2,000,000 × 0.10 = 200,000; 320,000 × 1.5 = 480,000",
  },
  total: {
    args: [8_000_000, 6_000_000, 0.02, 0.1],
    expect: 540_000,
    arithmetic: "8,000,000 × 0.02 = 160,000; 2,000,000 × 0.10 = 200,000; 360,000 × 1.5 = 540,000",
  },
  basis: [
    {
      args: [3_000_000, 4_000_000, 0.02, 0.1],
      expect: 90_000,
      arithmetic:
        "R&D fell: stock min(3,000,000, 4,000,000) × 0.02 = 60,000; increment max(0, −1,000,000) = 0; × 1.5 = 90,000",
    },
  ],
  // The entitlement in the first cases: 480,000 (the SPLIT case).
  cumulativeCap: [
    {
      args: [8_000_000, 6_000_000, 0.02, 0.1, 0],
      expect: 480_000,
      arithmetic: "nothing received: 480,000 below the cap",
    },
    {
      args: [8_000_000, 6_000_000, 0.02, 0.1, 14_520_000],
      expect: 480_000,
      arithmetic: "exactly at the room left: 15,000,000 − 14,520,000 = 480,000 = entitlement",
    },
    {
      args: [8_000_000, 6_000_000, 0.02, 0.1, 14_600_000],
      expect: 400_000,
      arithmetic: "room 15,000,000 − 14,600,000 = 400,000 < 480,000",
    },
    {
      args: [8_000_000, 6_000_000, 0.02, 0.1, 15_000_000],
      expect: 0,
      arithmetic: "received = cap: room exhausted → 0",
    },
    {
      args: [8_000_000, 6_000_000, 0.02, 0.1, 16_000_000],
      expect: 0,
      arithmetic: "received above the cap: room exhausted → 0",
    },
    {
      args: [400_000_000, 300_000_000, 0.02, 0.1],
      expect: 15_000_000,
      arithmetic:
        "300,000,000 × 0.02 = 6,000,000; 100,000,000 × 0.10 = 10,000,000; 16,000,000 × 1.5 = 24,000,000 → 15,000,000",
    },
  ],
  baseAnnualCap: [
    {
      args: [8_000_000, 6_000_000, 0.02, 0.1, 0, "SPLIT", 300_000],
      expect: 450_000,
      arithmetic: "binds: entitlement 480,000; 300,000 × 1.5 = 450,000 < 480,000",
    },
    {
      args: [8_000_000, 6_000_000, 0.02, 0.1, 0, "SPLIT", 400_000],
      expect: 480_000,
      arithmetic: "does not bind: 400,000 × 1.5 = 600,000 ≥ 480,000",
    },
    {
      args: [400_000_000, 300_000_000, 0.02, 0.1, 0, "SPLIT", ""],
      expect: 15_000_000,
      arithmetic: "omitted: 24,000,000 cut only by the 15,000,000 cumulative cap",
    },
  ],
});
