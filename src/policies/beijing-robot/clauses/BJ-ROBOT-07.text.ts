/** BJ-ROBOT-07's prose: rate and cumulative cap read from the record's constants. */
import type { ClauseNotes } from "../../../catalog/types";
import { grouped, wan } from "../../../format/money";
import { percent } from "../../../format/percent";
import { clauseText } from "../../builders/clause";
import { rateAtMostHelp } from "../../builders/rate-at-most.text";
import type { BJ_BTH_SUPPLY_CHAIN_AWARD } from "./BJ-ROBOT-07";

// `c` typed as the record's own constants: the shape's type has `rate` optional, the record states it.
export const text = clauseText<typeof BJ_BTH_SUPPLY_CHAIN_AWARD>(
  "BJ_BTH_SUPPLY_CHAIN_AWARD",
  (c: typeof BJ_BTH_SUPPLY_CHAIN_AWARD.constants) => ({
    description: {
      en: `Beijing award for enterprises in the Beijing–Tianjin–Hebei 「强链补链」 action (BJ-ROBOT-07): at most ${percent(c.rate)} of the actual contract-performance amount, up to ${grouped(c.cap)} yuan.`,
      zh: `北京京津冀“强链补链”行动奖励（BJ-ROBOT-07）：不超过实际履约金额的${percent(c.rate)}，最高${wan(c.cap)}。`,
    },
    formula: {
      en: `min(contract-performance amount × rate (≤ ${percent(c.rate)}), max(0, ${grouped(c.cap)} − received to date)).`,
      zh: `min(实际履约金额 × 比例（≤${percent(c.rate)}）, max(0, ${wan(c.cap)} − 已获奖励))。`,
    },
    params: {
      contract_performance_amount: {
        en: "Actual contract-performance amount (实际履约金额) under the 「强链补链」 action, in yuan.",
        zh: "参加“强链补链”行动的实际履约金额，元。",
      },
      rate: rateAtMostHelp(
        { en: "Award rate", zh: "奖励比例" },
        "「不超过实际履约金额的 5%」",
        c.rate
      ),
      received_to_date: {
        en: `Awards already received under this clause during the policy term, in yuan; default 0. The ${grouped(c.cap)} is the enterprise's ceiling over the term (Revision 2).`,
        zh: `政策期内本条已获奖励，元，默认0。${wan(c.cap)}为企业在政策期内的累计上限。`,
      },
    },
    ambiguities: [
      {
        issue: {
          en: `The scope of the ${grouped(c.cap)} cap is not stated.`,
          zh: `原文未说明${wan(c.cap)}上限的适用范围。`,
        },
        chosen: {
          en: "Revision 2: the enterprise's cumulative ceiling under this clause over the policy term, through received_to_date (default 0, so a single call is also the per-award reading).",
          zh: "Revision 2（修订2）：视为企业在政策期内本条奖励的累计上限，通过received_to_date扣减（默认0，故单次调用即相当于按单笔奖励理解）。",
        },
        alternative: {
          en: "Per award (leave received_to_date empty) or per enterprise per year.",
          zh: "按单笔奖励计（received_to_date留空），或按每家企业每年计。",
        },
      },
    ],
    // Expected values from the policy text, never from the code: 「不超过实际履约金额的 5%…最高 3000 万元」.
    examples: [
      { args: [100_000_000], expect: 5_000_000, arithmetic: "100,000,000 × 0.05 = 5,000,000" },
      {
        args: [800_000_000],
        expect: 30_000_000,
        arithmetic: "800,000,000 × 0.05 = 40,000,000 → cap 30,000,000",
        note: "cap",
      },
      { args: [0], expect: 0, arithmetic: "0 × 0.05 = 0" },
      {
        args: [400_000_000, 0.05, 25_000_000],
        expect: 5_000_000,
        arithmetic:
          "400,000,000 × 0.05 = 20,000,000; room 30,000,000 − 25,000,000 = 5,000,000 → 5,000,000",
        note: "cumulative room",
      },
    ],
  })
);

export const notes: ClauseNotes = {
  id: "BJ-ROBOT-07",
  categoryNote: "supply chain",
  because: "按照不超过实际履约金额的 5%予以奖励",
};
