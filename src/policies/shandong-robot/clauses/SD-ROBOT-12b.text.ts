/** SD-ROBOT-12b's prose: the cap read from the record's constants. */
import type { ClauseNotes } from "../../../catalog/types";
import { grouped, wan } from "../../../format/money";
import { clauseText } from "../../builders/clause";
import { draft, requestedHelp } from "../prose.text";
import type { SD_MODEL_VOUCHER } from "./SD-ROBOT-12b";

export const text = clauseText<typeof SD_MODEL_VOUCHER>("SD_MODEL_VOUCHER", (c) => ({
  description: draft({
    en: `Shandong model voucher (模型券) (SD-ROBOT-12b): a fixed-amount subsidy of up to ${grouped(c.cap)} yuan per qualifying large-model product.`,
    zh: `山东“模型券”（SD-ROBOT-12b）：符合条件的大模型产品，单个产品最高${wan(c.cap)}定额补贴。`,
  }),
  formula: {
    en: `min(requested, ${grouped(c.cap)}) per product; requested defaults to ${grouped(c.cap)}.`,
    zh: `每个产品 min(申请金额, ${wan(c.cap)})；申请金额默认${wan(c.cap)}。`,
  },
  params: {
    requested: requestedHelp(
      { en: "the large-model product", zh: "该大模型产品" },
      { en: grouped(c.cap), zh: wan(c.cap) }
    ),
  },
  ambiguities: [
    {
      issue: { en: "「定额补贴」", zh: "「定额补贴」" },
      chosen: {
        en: "A fixed amount per product set by review, within the cap.",
        zh: "每个产品经评审核定的固定金额，不超过上限。",
      },
    },
    {
      issue: {
        en: "The beneficiary (model provider or training-ground user).",
        zh: "受益方（模型提供方或训练场使用方）。",
      },
      chosen: {
        en: "Not stated; the function computes the amount only.",
        zh: "原文未明确；本函数仅计算金额。",
      },
    },
  ],
  // Expected values from the policy text, never from the code: 「单个产品给予最高100万元」.
  examples: [
    { args: [], expect: 1_000_000, arithmetic: "default = cap 1,000,000" },
    { args: [600_000], expect: 600_000, arithmetic: "600,000 below the cap" },
    { args: [1_800_000], expect: 1_000_000, arithmetic: "1,800,000 → cap 1,000,000", note: "cap" },
  ],
}));

export const notes: ClauseNotes = {
  id: "SD-ROBOT-12b",
  because: "单个产品给予最高100万元的定额补贴",
};
