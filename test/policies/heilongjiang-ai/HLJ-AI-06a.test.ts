/** HLJ-AI-06a 「单个给予最高200万元的补助」 (up to). */
import { describeDataset, describeTwinsAgree } from "../heilongjiang-twins";

describeDataset({
  name: "HLJAI_DATASET_SUBSIDY",
  maximum: { args: [], expect: 2_000_000, arithmetic: "the maximum 200万元 = 2,000,000" },
  cap: [
    { args: [1_999_999.99], expect: 1_999_999.99, arithmetic: "below the cap: as requested" },
    { args: [2_000_000], expect: 2_000_000, arithmetic: "at the cap: as requested" },
    { args: [2_000_000.01], expect: 2_000_000, arithmetic: "2,000,000.01 → cap 2,000,000" },
    { args: [0], expect: 0, arithmetic: "0 requested → 0" },
  ],
});

describeTwinsAgree("HLJAI_DATASET_SUBSIDY", "HLJ_DATASET_GRANT", [[], [2_600_000]]);
