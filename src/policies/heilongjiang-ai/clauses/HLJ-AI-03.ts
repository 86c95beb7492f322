/** HLJ-AI-03: AI R&D post-subsidy, base ratios raised by 50%, cumulative cap (spec §4.4; twin of HLJ-ROBOT-01). */
import { wan } from "../../../format/money";
import { percent } from "../../../format/percent";
import { quantitativeClause } from "../../builders/clause";
import { rdPostSubsidyFunction } from "../../builders/heilongjiang";

const constants = {
  /** 「对研发投入50万元以上」 (以上 includes it). */
  threshold: 500_000,
  /** 「给予基础比例上浮50%的补助支持」: the base ratios × 1.5. */
  uplift: 1.5,
  /** 「累计最高不超过1500万元」. */
  cumulativeCap: 15_000_000,
};

export const HLJAI_RD_SUBSIDY = rdPostSubsidyFunction("HLJAI_RD_SUBSIDY", constants);

export const clause = quantitativeClause({
  id: "HLJ-AI-03",
  document: "HLJ-AI",
  numberAsWritten: "一、3",
  category: "R&D",
  type: "Q-X",
  quotes: [
    "对研发投入50万元以上且符合条件的人工智能企业，按照企业上年度研发投入存量和增量部分，给予基础比例上浮50%的补助支持，累计最高不超过1500万元。",
  ],
  summary: (c) => ({
    en: "Identical to HLJ-ROBOT-01, but for AI enterprises.",
    zh: `与HLJ-ROBOT-01相同，适用于人工智能企业：研发投入${wan(c.threshold)}以上的，按上年度研发投入存量和增量部分，给予基础比例上浮${percent(c.uplift - 1)}的补助，累计最高${wan(c.cumulativeCap)}。`,
  }),
  departments: "省发展改革委、省科技厅、省工业和信息化厅、省财政厅，各市（地）人民政府（行署）",
  fn: HLJAI_RD_SUBSIDY,
  oneTime: { kind: "annual" },
});
