/** SD-ROBOT-12c's prose: the cap read from the record's constants. */
import type { ClauseNotes } from "../../../catalog/types";
import { grouped, wan } from "../../../format/money";
import { clauseText } from "../../builders/clause";
import { draft, requestedHelp } from "../prose.text";
import type { SD_CORPUS_VOUCHER } from "./SD-ROBOT-12c";

export const text = clauseText<typeof SD_CORPUS_VOUCHER>("SD_CORPUS_VOUCHER", (c) => ({
  description: draft({
    en: `Shandong corpus voucher (语料券) (SD-ROBOT-12c): up to ${grouped(c.cap)} yuan per qualifying corpus.`,
    zh: `山东“语料券”（SD-ROBOT-12c）：符合条件的语料库，单个语料库最高${wan(c.cap)}补贴。`,
  }),
  formula: {
    en: `min(requested, ${grouped(c.cap)}) per corpus; requested defaults to ${grouped(c.cap)}.`,
    zh: `每个语料库 min(申请金额, ${wan(c.cap)})；申请金额默认${wan(c.cap)}。`,
  },
  params: {
    requested: requestedHelp(
      { en: "the corpus", zh: "该语料库" },
      { en: grouped(c.cap), zh: wan(c.cap) }
    ),
  },
  // Expected values from the policy text, never from the code: 「单个语料库给予最高150万元补贴」.
  examples: [
    { args: [], expect: 1_500_000, arithmetic: "default = cap 1,500,000" },
    { args: [900_000], expect: 900_000, arithmetic: "900,000 below the cap" },
    { args: [2_000_000], expect: 1_500_000, arithmetic: "2,000,000 → cap 1,500,000", note: "cap" },
  ],
}));

export const notes: ClauseNotes = {
  id: "SD-ROBOT-12c",
  because: "单个语料库给予最高150万元补贴",
};
