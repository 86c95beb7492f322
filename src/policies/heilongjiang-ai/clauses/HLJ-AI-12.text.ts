/** HLJ-AI-12's prose: each title's cap read from the record's constants. */
import type { ClauseNotes } from "../../../catalog/types";
import { grouped, wan } from "../../../format/money";
import { clauseText } from "../../builders/clause";
import type { HLJAI_ENTERPRISE_HONOR_SUBSIDY } from "./HLJ-AI-12";

export const text = clauseText<typeof HLJAI_ENTERPRISE_HONOR_SUBSIDY>(
  "HLJAI_ENTERPRISE_HONOR_SUBSIDY",
  (c) => ({
    description: {
      en: `Heilongjiang AI enterprise title subsidy (HLJ-AI-12): one-time up to ${grouped(c.caps.CHAMPION)} yuan for a newly recognised national single-champion enterprise, up to ${grouped(c.caps.LITTLE_GIANT)} yuan for a national specialised-and-new 'little giant'.`,
      zh: `黑龙江人工智能优质企业补助（HLJ-AI-12）：新认定的国家级单项冠军企业单户一次性最高${wan(c.caps.CHAMPION)}，国家级专精特新“小巨人”企业单户一次性最高${wan(c.caps.LITTLE_GIANT)}。`,
    },
    formula: {
      en: `min(requested, cap): ${grouped(c.caps.CHAMPION)} for a national single champion, ${grouped(c.caps.LITTLE_GIANT)} for a national 'little giant'; omitted, the cap. One-time per new recognition.`,
      zh: `min(申请金额, 上限)：国家级单项冠军${wan(c.caps.CHAMPION)}，国家级专精特新“小巨人”${wan(c.caps.LITTLE_GIANT)}；不填按上限。每次新认定一次性给予。`,
    },
    params: {
      honor_type: {
        en: `"CHAMPION" (国家级单项冠军, 单项冠军): cap ${grouped(c.caps.CHAMPION)}. "LITTLE_GIANT" (国家级专精特新“小巨人”, 小巨人): cap ${grouped(c.caps.LITTLE_GIANT)}. Call once per title.`,
        zh: `“CHAMPION”（国家级单项冠军、单项冠军）：上限${wan(c.caps.CHAMPION)}；“LITTLE_GIANT”（国家级专精特新“小巨人”、小巨人）：上限${wan(c.caps.LITTLE_GIANT)}。每个称号分别计算。`,
      },
      requested: {
        en: "Amount requested or expected from review, in yuan; defaults to the title's cap (the maximum).",
        zh: "申请或预计评审获得的金额，元；不填则按该称号的最高额。",
      },
    },
    codes: {
      honor_type: {
        CHAMPION: { en: "National single-champion enterprise", zh: "国家级单项冠军企业" },
        LITTLE_GIANT: {
          en: "National specialised-and-new 'little giant'",
          zh: "国家级专精特新“小巨人”企业",
        },
      },
    },
    ambiguities: [
      {
        issue: { en: "A firm that gains both titles.", zh: "同时获得两项称号的企业。" },
        chosen: {
          en: "It may claim each (different recognitions; the text does not say otherwise): call the function once per title.",
          zh: "可分别申领（属不同认定，原文未作限制）：每个称号分别调用一次函数。",
        },
      },
      {
        issue: { en: "Only new recognitions (新认定) qualify.", zh: "仅新认定的企业符合条件。" },
        chosen: {
          en: "Assumed: the function computes the subsidy once recognised.",
          zh: "视为已满足：函数按已获认定计算补助。",
        },
      },
    ],
    // Expected values from the policy text, never from the code: 「最高200万元」 / 「最高100万元」 by title.
    examples: [
      { args: ["CHAMPION"], expect: 2_000_000, arithmetic: "default = cap" },
      {
        args: ["LITTLE_GIANT", 1_500_000],
        expect: 1_000_000,
        arithmetic: "→ cap 1,000,000",
        note: "cap",
      },
      { args: ["小巨人", 600_000], expect: 600_000, arithmetic: "below cap" },
    ],
  })
);

export const notes: ClauseNotes = {
  id: "HLJ-AI-12",
  categoryNote: "enterprise titles",
  context: ["落实人工智能领域集成电路企业所得税、增值税等税收优惠政策。"],
  because: "给予单户一次性最高200万元补助",
};
