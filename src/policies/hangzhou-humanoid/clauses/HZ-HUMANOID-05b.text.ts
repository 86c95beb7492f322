/** HZ-HUMANOID-05b's prose: the threshold, the rate and the annual cap read from the record's constants. */
import type { ClauseNotes } from "../../../catalog/types";
import { grouped, wan } from "../../../format/money";
import { percent } from "../../../format/percent";
import { clauseText } from "../../builders/clause";
import type { HZ_COMPONENT_PURCHASE_AWARD } from "./HZ-HUMANOID-05b";

export const text = clauseText<typeof HZ_COMPONENT_PURCHASE_AWARD>(
  "HZ_COMPONENT_PURCHASE_AWARD",
  (c) => ({
    description: {
      en: `Hangzhou award for purchasing components from non-affiliated enterprises (HZ-HUMANOID-05b): if annual purchases reach ${grouped(c.threshold)} yuan, ${percent(c.rate)} of them, up to ${grouped(c.cap)} yuan per enterprise per year.`,
      zh: `杭州采购、应用非关联企业零部件奖励（HZ-HUMANOID-05b）：年度采购量达${wan(c.threshold)}的，按年度采购量的${percent(c.rate)}奖励，单家企业每年最高${wan(c.cap)}。`,
    },
    formula: {
      en: `0 if annual purchases < ${grouped(c.threshold)}; otherwise min(${percent(c.rate)} × annual purchases, max(0, ${grouped(c.cap)} − received this year)).`,
      zh: `年度采购额<${wan(c.threshold)}时为0；否则 min(年度采购额×${percent(c.rate)}, max(0, ${wan(c.cap)} − 本年已获))。`,
    },
    params: {
      annual_purchase: {
        en: `The year's purchases of components from non-affiliated enterprises (「年度采购量」, read as a yuan amount). Must reach ${grouped(c.threshold)} (「达100万元」: ${grouped(c.threshold)} itself qualifies).`,
        zh: `本年度采购、应用非关联企业零部件产品的金额（「年度采购量」按金额理解），元。须达到${wan(c.threshold)}（「达」含本数）。`,
      },
      received_to_date: {
        en: `Already received under this clause this year, in yuan; default 0. Annual cap ${grouped(c.cap)} per enterprise.`,
        zh: `本年度本条已获奖励，元，默认0。单家企业每年最高${wan(c.cap)}。`,
      },
    },
    ambiguities: [
      {
        issue: { en: "「年度采购量」 (a quantity word).", zh: "「年度采购量」（字面为数量）。" },
        chosen: {
          en: "Read as the yuan amount purchased in the year.",
          zh: "按年度采购金额（元）理解。",
        },
      },
    ],
    // Expected values from the policy text, never from the code: 「达100万元的,按…10%…每年最高奖励500万元」.
    examples: [
      { args: [3_000_000], expect: 300_000, arithmetic: "3,000,000 × 0.10 = 300,000" },
      {
        args: [80_000_000],
        expect: 5_000_000,
        arithmetic: "80,000,000 × 0.10 = 8,000,000 → cap 5,000,000",
        note: "cap",
      },
      { args: [999_999], expect: 0, arithmetic: "999,999 < 1,000,000", note: "below threshold" },
      {
        args: [1_000_000],
        expect: 100_000,
        arithmetic: "1,000,000 × 0.10 = 100,000",
        note: "at the threshold",
      },
    ],
  })
);

export const notes: ClauseNotes = {
  id: "HZ-HUMANOID-05b",
  categoryNote: "supply-chain procurement",
  because: "单家企业每年最高奖励500万元",
};
