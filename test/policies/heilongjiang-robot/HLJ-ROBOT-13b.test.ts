/** HLJ-ROBOT-13b 「按照年度数据交易金额的10%…单个采购主体年度补贴最高不超过100万元」 (one scheme with HLJ-AI-06c). */
import { describeDataVoucher } from "../heilongjiang-twins";

describeDataVoucher({
  name: "HLJ_DATA_VOUCHER",
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
      args: [6_000_000, 400_000],
      expect: 600_000,
      arithmetic: "6,000,000 × 0.10 = 600,000; room 1,000,000 − 400,000 = 600,000 (exactly)",
    },
    {
      args: [6_000_000, 450_000],
      expect: 550_000,
      arithmetic: "room 1,000,000 − 450,000 = 550,000 < 600,000",
    },
    { args: [6_000_000, 1_000_000], expect: 0, arithmetic: "room exhausted: received = cap → 0" },
    { args: [6_000_000, 1_200_000], expect: 0, arithmetic: "room exhausted: received > cap → 0" },
  ],
});
