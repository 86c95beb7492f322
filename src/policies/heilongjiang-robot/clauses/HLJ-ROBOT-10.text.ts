/** HLJ-ROBOT-10's prose: no number of its own; the benchmark it cites is read from HLJ-AI-08's record. */
import type { ClauseNotes } from "../../../catalog/types";
import { grouped, wan } from "../../../format/money";
import { percent } from "../../../format/percent";
import { clauseText } from "../../builders/clause";
import { AI_08, HLJ_SCENARIO_SUBSIDY } from "./HLJ-ROBOT-10";

export const text = clauseText<typeof HLJ_SCENARIO_SUBSIDY>("HLJ_SCENARIO_SUBSIDY", () => ({
  description: {
    en: `Heilongjiang robot application-scenario investment subsidy (HLJ-ROBOT-10): the text states no rate and no cap, so both are your inputs (benchmark: ${percent(AI_08.rate)} and ${grouped(AI_08.cap)} under HLJ-AI-08).`,
    zh: `黑龙江智能机器人应用场景投资补助（HLJ-ROBOT-10）：原文未规定比例和上限，均由用户输入（可参照HLJ-AI-08：${percent(AI_08.rate)}、${wan(AI_08.cap)}）。`,
  },
  formula: {
    en: "scenario investment × rate, at most cap when one is given. The text states neither rate nor cap.",
    zh: "场景投资额×补助比例；如填写上限则不超过上限。原文未规定比例和上限。",
  },
  params: {
    scenario_investment: {
      en: "Investment in the application scenario (the basis of 「投资补助」), in yuan.",
      zh: "应用场景投资额（“投资补助”的基数），元。",
    },
    rate: {
      en: `Subsidy rate, e.g. ${AI_08.rate} for ${percent(AI_08.rate)}. Not stated in the text; benchmark ${AI_08.rate} under HLJ-AI-08 (the same 省发展改革委 program). Confirm it.`,
      zh: `补助比例，如${AI_08.rate}表示${percent(AI_08.rate)}。原文未规定；可参照同一省发展改革委项目HLJ-AI-08的${percent(AI_08.rate)}，须自行确认。`,
    },
    cap: {
      en: `Per-scenario cap, in yuan; none stated, so no cap when omitted. Benchmark ${grouped(AI_08.cap)} under HLJ-AI-08.`,
      zh: `单个场景补助上限，元；原文未规定，不填则不设上限。可参照HLJ-AI-08的${wan(AI_08.cap)}。`,
    },
  },
  ambiguities: [
    {
      issue: {
        en: "「投资补助」 with no rate and no cap.",
        zh: "「投资补助」未规定比例和上限。",
      },
      chosen: {
        en: `Rate required, cap optional (omitted: no cap, and EXPLAIN and the calculator say so); practice is probably the HLJ-AI-08 formula (${percent(AI_08.rate)} of approved investment, cap ${grouped(AI_08.cap)}), an assumption the user must confirm.`,
        zh: `比例必填、上限可选（不填则不设上限，EXPLAIN与试算面板会予以提示）；实际执行很可能参照HLJ-AI-08的算法（核定总投资的${percent(AI_08.rate)}，上限${wan(AI_08.cap)}），此为假设，须由用户确认。`,
      },
      alternative: { en: "Treat the clause as unquantifiable.", zh: "将本条视为无法量化。" },
    },
  ],
  // Rate and cap are the user's: the arithmetic is the one product (and the cap when given).
  examples: [
    { args: [30_000_000, 0.2], expect: 6_000_000, arithmetic: "30,000,000 × 0.20" },
    {
      args: [150_000_000, 0.2, 20_000_000],
      expect: 20_000_000,
      arithmetic: "30,000,000 → cap",
      note: "cap",
    },
    { args: [30_000_000, 0], expect: 0, arithmetic: "rate 0" },
  ],
}));

export const notes: ClauseNotes = {
  id: "HLJ-ROBOT-10",
  because: "给予符合条件的应用场景投资补助支持",
};
