/** HLJ-ROBOT-13a 「给予最高200万元的资金支持」 (up to). */
import { describeDataset } from "../heilongjiang-twins";

describeDataset({
  name: "HLJ_DATASET_GRANT",
  maximum: { args: [], expect: 2_000_000, arithmetic: "the maximum 200万元 = 2,000,000" },
  cap: [
    { args: [1_999_999.99], expect: 1_999_999.99, arithmetic: "below the cap: as requested" },
    { args: [2_000_000], expect: 2_000_000, arithmetic: "at the cap: as requested" },
    { args: [2_000_000.01], expect: 2_000_000, arithmetic: "2,000,000.01 → cap 2,000,000" },
    { args: [0], expect: 0, arithmetic: "0 requested → 0" },
  ],
});
