/** SD-ROBOT-12a's prose: the cumulative cap read from the record's constants. */
import type { ClauseNotes } from "../../../catalog/types";
import { grouped, wan } from "../../../format/money";
import { clauseText } from "../../builders/clause";
import { draft } from "../prose.text";
import type { SD_COMPUTE_VOUCHER } from "./SD-ROBOT-12a";

export const text = clauseText<typeof SD_COMPUTE_VOUCHER>("SD_COMPUTE_VOUCHER", (c) => ({
  description: draft({
    en: `Shandong compute voucher (算力券) for robot training grounds (SD-ROBOT-12a): qualifying compute-transaction contracts × a rate you supply (not stated), up to ${grouped(c.cap)} yuan cumulative per enterprise.`,
    zh: `山东机器人训练场“算力券”（SD-ROBOT-12a）：符合条件的算力交易合同金额 × 比例（原文未载明，须自行填写），单个企业累计最高${wan(c.cap)}。`,
  }),
  formula: {
    en: `min(contract amount × rate, max(0, ${grouped(c.cap)} − received over the policy period)).`,
    zh: `min(合同金额 × 比例, max(0, ${wan(c.cap)} − 政策期内已获))。`,
  },
  params: {
    contract_amount: {
      en: "Amount of the qualifying compute-transaction contract(s), in yuan.",
      zh: "符合条件的算力交易合同金额，元。",
    },
    rate: {
      en: "Voucher rate; not stated in the draft (「对符合条件的算力交易合同进行奖补」).",
      zh: "算力券补贴比例，征求意见稿未载明（「对符合条件的算力交易合同进行奖补」）。",
    },
    received_to_date: {
      en: `Compute vouchers already received over the policy period, in yuan; default 0. Cumulative cap ${grouped(c.cap)} per enterprise.`,
      zh: `政策期内已获算力券奖补，元，默认0。单个企业累计最高${wan(c.cap)}。`,
    },
  },
  ambiguities: [
    {
      issue: { en: "No voucher rate in the text (Q-R).", zh: "原文未规定算力券补贴比例（Q-R）。" },
      chosen: { en: "rate is a required argument.", zh: "rate为必填参数。" },
    },
  ],
  // Expected values from the policy text, never from the code: 「单个企业累计奖补总额最高500万元」.
  examples: [
    { args: [3_000_000, 0.3], expect: 900_000, arithmetic: "3,000,000 × 0.30 = 900,000" },
    {
      args: [30_000_000, 0.3],
      expect: 5_000_000,
      arithmetic: "30,000,000 × 0.30 = 9,000,000 → cap 5,000,000",
      note: "cap",
    },
    {
      args: [10_000_000, 0.3, 4_000_000],
      expect: 1_000_000,
      arithmetic: "min(3,000,000, 5,000,000 − 4,000,000) = 1,000,000",
      note: "partly used cap",
    },
  ],
}));

export const notes: ClauseNotes = {
  id: "SD-ROBOT-12a",
  because: "对符合条件的算力交易合同进行奖补",
};
