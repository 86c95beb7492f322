/** HLJ-ROBOT-01: R&D post-subsidy, base ratios raised by 50%, cumulative cap (spec §4.1; twin of HLJ-AI-03). */
import { grouped, wan } from "../../../format/money";
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

export const HLJ_RD_SUBSIDY = rdPostSubsidyFunction("HLJ_RD_SUBSIDY", constants);

export const clause = quantitativeClause({
  id: "HLJ-ROBOT-01",
  document: "HLJ-ROBOT",
  numberAsWritten: "二（一）1",
  category: "R&D",
  type: "Q-X",
  quotes: [
    "对研发投入50万元以上且符合条件的智能机器人企业，按照企业上年度研发投入存量和增量部分，给予基础比例上浮50%的补助支持，累计最高不超过1500万元。",
  ],
  summary: (c) => ({
    en: `Robot enterprises with R&D spending ≥ ${grouped(c.threshold)} yuan get the provincial base R&D-subsidy ratios, applied to the stock and increment parts of last year's R&D, raised by ${percent(c.uplift - 1)}; cumulative cap ${grouped(c.cumulativeCap)} yuan.`,
    zh: `研发投入${wan(c.threshold)}以上的智能机器人企业，按上年度研发投入存量和增量部分，给予基础比例上浮${percent(c.uplift - 1)}的补助，累计最高${wan(c.cumulativeCap)}。`,
  }),
  departments: "省工业和信息化厅、省科技厅、省财政厅，各市（地）人民政府（行署）按职能分工负责",
  fn: HLJ_RD_SUBSIDY,
  oneTime: { kind: "annual" },
});
