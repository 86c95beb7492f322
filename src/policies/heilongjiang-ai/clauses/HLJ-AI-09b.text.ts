/** HLJ-AI-09b's prose: threshold, rate and 「原则上」 cap read from the record's constants. */
import type { ClauseNotes } from "../../../catalog/types";
import { grouped, wan } from "../../../format/money";
import { percent } from "../../../format/percent";
import { clauseText } from "../../builders/clause";
import { inPrincipleCapAmbiguity, inPrincipleCapHelp } from "../../builders/heilongjiang.text";
import type { HLJAI_TERMINAL_PROJECT_SUBSIDY } from "./HLJ-AI-09b";

export const text = clauseText<typeof HLJAI_TERMINAL_PROJECT_SUBSIDY>(
  "HLJAI_TERMINAL_PROJECT_SUBSIDY",
  (c) => ({
    description: {
      en: `Heilongjiang smart-terminal / agent project subsidy (HLJ-AI-09b): new projects investing ${grouped(c.threshold)} yuan or more get ${percent(c.rate)} of approved total investment in phases, in principle at most ${grouped(c.cap)} yuan per project; returns what is still due.`,
      zh: `黑龙江智能终端与智能体项目补助（HLJ-AI-09b）：新建总投资${wan(c.threshold)}（含）以上的项目，分阶段按项目核定总投资的${percent(c.rate)}安排补助，原则上单个项目不超过${wan(c.cap)}；返回扣除以前阶段已拨付后的剩余额。`,
    },
    formula: {
      en: `0 if total investment < ${grouped(c.threshold)} (「2000万元（含）以上」 includes ${grouped(c.threshold)}); otherwise max(0, min(${percent(c.rate)} × approved total investment, cap ${grouped(c.cap)}) − paid in prior phases).`,
      zh: `新建总投资低于${wan(c.threshold)}为0（“（含）以上”含本数）；否则max(0, min(核定总投资×${percent(c.rate)}, 上限${wan(c.cap)}) − 以前阶段已拨付)。`,
    },
    params: {
      total_investment: {
        en: `Total investment of the new project (新建总投资), in yuan, used for the ${grouped(c.threshold)} threshold (inclusive).`,
        zh: `新建项目总投资，元，用于判断是否达到${wan(c.threshold)}（含）门槛。`,
      },
      approved_total_investment: {
        en: "Approved total investment (核定总投资), the base of the subsidy, in yuan; defaults to total_investment when omitted.",
        zh: "项目核定总投资（补助基数），元；不填则按新建总投资计。",
      },
      paid_in_prior_phases: {
        en: "Subsidy already paid for this project in earlier phases (「分阶段」), in yuan; default 0.",
        zh: "本项目以前阶段已拨付的补助，元（“分阶段”补助），默认0。",
      },
      cap: inPrincipleCapHelp(c.cap),
    },
    ambiguities: [
      {
        issue: { en: "The phase split is not given.", zh: "原文未规定各阶段的拨付比例。" },
        chosen: {
          en: "The function returns the remaining entitlement: the formula on cumulative inputs less what earlier phases paid.",
          zh: "函数返回剩余应得额：按累计数据计算后，扣除以前阶段已拨付额。",
        },
      },
      inPrincipleCapAmbiguity(c.cap),
    ],
    // Expected values from 「新建总投资2000万元（含）以上…核定总投资的20%…原则上…不超过5000万元」.
    examples: [
      { args: [60_000_000], expect: 12_000_000, arithmetic: "60,000,000 × 0.20" },
      {
        args: [300_000_000, 280_000_000, 30_000_000],
        expect: 20_000_000,
        arithmetic: "56,000,000 → cap 50,000,000; − 30,000,000 already paid",
        note: "cap, phased",
      },
      { args: [19_999_999], expect: 0, arithmetic: "< 20,000,000", note: "below threshold" },
      {
        args: [20_000_000],
        expect: 4_000_000,
        arithmetic: "20,000,000 × 0.20",
        note: "at the threshold",
      },
    ],
  })
);

export const notes: ClauseNotes = {
  id: "HLJ-AI-09b",
  because: "采取分阶段投资补助方式",
};
