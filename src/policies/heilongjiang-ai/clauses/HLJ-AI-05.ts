/** HLJ-AI-05: the compute innovation-consumption award (spec §4.4, §5.2). */
import { thresholdRateUnderRoom } from "../../../engine/shapes";
import { L } from "../../../engine/labels";
import { grouped, wan } from "../../../format/money";
import { percent } from "../../../format/percent";
import { quantitativeClause } from "../../builders/clause";
import { amount, receivedToDate } from "../../builders/params";
import { clauseFunction } from "../../builders/function";

const constants = {
  /** 「算力资源超过30万元的」: 「超过」 excludes the number. */
  threshold: 300_000,
  thresholdOp: ">" as const,
  /** 「按实际支出额给予30%创新消费奖励」. */
  rate: 0.3,
  /** 「每个单位每年奖励最高不超过400万元」. */
  cap: 4_000_000,
};

export const HLJAI_COMPUTE_AWARD = clauseFunction({
  name: "HLJAI_COMPUTE_AWARD",
  params: [
    amount(
      "annual_compute_spend",
      { en: "Compute spend this year", zh: "年度算力支出" },
      { role: { kind: "base" } }
    ),
    receivedToDate({ en: "Received this year", zh: "本年度已获奖励" }, "annual"),
  ],
  constants,
  shape: thresholdRateUnderRoom(
    { param: "annual_compute_spend", label: { en: "Annual compute spend", zh: "年度算力支出额" } },
    { label: L.annualRoom },
    { en: "Spend above the threshold (超过: strict)", zh: "支出超过门槛（“超过”不含本数）" }
  ),
});

export const clause = quantitativeClause({
  id: "HLJ-AI-05",
  document: "HLJ-AI",
  numberAsWritten: "二、5",
  category: "compute",
  type: "Q",
  quotes: [
    "支持高校、科研院所、企业等各类创新主体购买算力赋能“人工智能+”应用场景，对实际购买符合相关要求的算力服务商算力资源超过30万元的，按实际支出额给予30%创新消费奖励，每个单位每年奖励最高不超过400万元。",
  ],
  summary: (c) => ({
    en: `Innovation entities buying compute from qualifying providers, where purchases exceed ${grouped(c.threshold)} yuan, get ${percent(c.rate)} of actual spending as an "innovation consumption" award, up to ${grouped(c.cap)} yuan per unit per year.`,
    zh: `各类创新主体实际购买符合要求的算力服务商算力资源超过${wan(c.threshold)}的，按实际支出额的${percent(c.rate)}给予创新消费奖励，每个单位每年最高${wan(c.cap)}。`,
  }),
  departments: "省发展改革委、省工业和信息化厅、省财政厅，各市（地）人民政府（行署）",
  fn: HLJAI_COMPUTE_AWARD,
  oneTime: { kind: "annual" },
});
