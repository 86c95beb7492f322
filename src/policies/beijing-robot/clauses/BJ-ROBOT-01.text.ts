/** BJ-ROBOT-01's prose: the cap read from the record's constants. */
import type { ClauseNotes } from "../../../catalog/types";
import { grouped, wan } from "../../../format/money";
import { clauseText } from "../../builders/clause";
import type { BJ_KEYTECH_GRANT } from "./BJ-ROBOT-01";

export const text = clauseText<typeof BJ_KEYTECH_GRANT>("BJ_KEYTECH_GRANT", (c) => ({
  description: {
    en: `Beijing 「筑基」 key-technology tackling grant (BJ-ROBOT-01): tackling investment × a rate you supply (the text says only 「根据攻关投入予以支持」), up to ${grouped(c.cap)} yuan.`,
    zh: `北京机器人产业“筑基”工程关键技术攻关支持（BJ-ROBOT-01）：攻关投入 × 支持比例（原文仅称「根据攻关投入予以支持」，比例须自行填写），最高${wan(c.cap)}。`,
  },
  formula: {
    en: `min(tackling investment × rate, ${grouped(c.cap)}).`,
    zh: `min(攻关投入 × 比例, ${wan(c.cap)})。`,
  },
  params: {
    tackling_investment: {
      en: "Investment in the key-technology tackling project (攻关投入), in yuan.",
      zh: "关键技术攻关项目的攻关投入，元。",
    },
    rate: {
      en: "Support rate, e.g. 0.30; not stated in the text: take it from the programme's notice.",
      zh: "支持比例，如0.30；原文未载明，请按项目申报通知填写。",
    },
  },
  ambiguities: [
    {
      issue: {
        en: "The base is named (攻关投入) but the rate is not (Q-R).",
        zh: "原文明确了计算基数（攻关投入），但未规定支持比例（Q-R）。",
      },
      chosen: { en: "rate is a required argument.", zh: "rate为必填参数。" },
    },
    {
      issue: { en: `The scope of the ${grouped(c.cap)} cap.`, zh: `${wan(c.cap)}上限的适用范围。` },
      chosen: { en: "Per project (per consortium task).", zh: "按项目计（每个联合攻关任务）。" },
      alternative: { en: "Per enterprise.", zh: "按企业计。" },
    },
  ],
  // Expected values from the policy text, never from the code: 「最高 3000 万元」; the rate is illustrative.
  examples: [
    { args: [50_000_000, 0.3], expect: 15_000_000, arithmetic: "50,000,000 × 0.30 = 15,000,000" },
    {
      args: [150_000_000, 0.3],
      expect: 30_000_000,
      arithmetic: "150,000,000 × 0.30 = 45,000,000 → cap 30,000,000",
      note: "cap",
    },
    { args: [50_000_000, 0], expect: 0, arithmetic: "rate 0 → 0" },
  ],
}));

export const notes: ClauseNotes = {
  id: "BJ-ROBOT-01",
  because: "根据攻关投入予以支持，最高 3000 万元。",
};
