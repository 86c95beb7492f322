/** HZ-HUMANOID-02b's prose: every rate and amount read from the record's constants. */
import type { ClauseNotes } from "../../../catalog/types";
import { grouped, wan } from "../../../format/money";
import { percent } from "../../../format/percent";
import { clauseText } from "../../builders/clause";
import type { HZ_RESEARCH_MATCHING_SUBSIDY } from "./HZ-HUMANOID-02b";

export const text = clauseText<typeof HZ_RESEARCH_MATCHING_SUBSIDY>(
  "HZ_RESEARCH_MATCHING_SUBSIDY",
  (c) => ({
    description: {
      en: `Hangzhou matching subsidy for national or provincial key research tasks (HZ-HUMANOID-02b): ${percent(c.rate)} of the national and provincial grant money actually received, up to ${grouped(c.cap)} yuan; on cumulative receipts, less what earlier tranches already paid.`,
      zh: `杭州承担国家、省重点科研任务配套补助（HZ-HUMANOID-02b）：按国家、省实际到账补助资金的${percent(c.rate)}给予补助，最高${wan(c.cap)}；按累计到账资金计算，扣除此前各批已拨付的配套资金。`,
    },
    formula: {
      en: `max(0, min(${percent(c.rate)} × cumulative funds received, ${grouped(c.cap)}) − paid in prior phases).`,
      zh: `max(0, min(累计到账资金×${percent(c.rate)}, ${wan(c.cap)}) − 此前已拨付)。`,
    },
    params: {
      funds_received: {
        en: "Cumulative national plus provincial grant money actually received (实际到账) for the key research task, in yuan, up to the tranche being matched now.",
        zh: "该重点科研任务累计实际到账的国家、省补助资金合计（截至本次配套的批次），元。",
      },
      paid_in_prior_phases: {
        en: "Municipal matching already paid on earlier tranches of the same task, in yuan; default 0. The result is this tranche's payment.",
        zh: "同一任务此前各批已拨付的市级配套资金，元，默认0。结果为本批应拨付金额。",
      },
    },
    ambiguities: [
      {
        issue: {
          en: `The scope of the ${grouped(c.cap)} cap (「最高500万元」).`,
          zh: `${wan(c.cap)}上限（「最高500万元」）的适用范围。`,
        },
        chosen: {
          en: "Per task: the cap applies to the cumulative matching of one research task.",
          zh: "按任务计：上限适用于单个科研任务的累计配套补助。",
        },
        alternative: {
          en: "Per enterprise per year: pass that year's receipts as funds_received and the amount already received that year as paid_in_prior_phases.",
          zh: "按企业按年度计：将当年到账资金填入funds_received，当年已获配套填入paid_in_prior_phases。",
        },
      },
    ],
    // Expected values from the policy text, never from the code: 「实际到账补助资金的25%,给予最高500万元」.
    examples: [
      { args: [8_000_000], expect: 2_000_000, arithmetic: "8,000,000 × 0.25 = 2,000,000" },
      {
        args: [30_000_000],
        expect: 5_000_000,
        arithmetic: "30,000,000 × 0.25 = 7,500,000 → cap 5,000,000",
        note: "cap",
      },
      {
        args: [30_000_000, 2_000_000],
        expect: 3_000_000,
        arithmetic: "min(7,500,000, 5,000,000) − 2,000,000 = 3,000,000",
        note: "cap, second tranche",
      },
      { args: [0], expect: 0, arithmetic: "0 × 0.25 = 0" },
    ],
  })
);

export const notes: ClauseNotes = {
  id: "HZ-HUMANOID-02b",
  because: "按国家、省实际到账补助资金的25%",
};
