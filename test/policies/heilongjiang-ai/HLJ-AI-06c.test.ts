/** HLJ-AI-06c 「按照年度数据交易金额的10%…单个采购主体年度补贴最高不超过100万元」 (one scheme with HLJ-ROBOT-13b). */
import { describeDataVoucher, describeTwinsAgree } from "../heilongjiang-twins";

describeDataVoucher({
  name: "HLJAI_DATA_VOUCHER",
  cap: [
    { args: [9_999_999.9], expect: 999_999.99, arithmetic: "9,999,999.9 × 0.10 = 999,999.99" },
    { args: [10_000_000], expect: 1_000_000, arithmetic: "10,000,000 × 0.10 = 1,000,000 = cap" },
    {
      args: [10_000_000.1],
      expect: 1_000_000,
      arithmetic: "10,000,000.1 × 0.10 = 1,000,000.01 → 1,000,000",
    },
  ],
  room: [
    {
      args: [3_000_000, 750_000],
      expect: 250_000,
      arithmetic:
        "3,000,000 × 0.10 = 300,000; room 1,000,000 − 750,000 = 250,000 (incl. HLJ-ROBOT-13b)",
    },
    { args: [3_000_000, 1_000_000], expect: 0, arithmetic: "room exhausted: received = cap → 0" },
  ],
});

describeTwinsAgree("HLJAI_DATA_VOUCHER", "HLJ_DATA_VOUCHER", [[6_000_000, 450_000], [18_000_000]]);
