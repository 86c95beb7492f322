/** HLJ-ROBOT-07b's prose: the rate and both caps read from the record's constants. */
import type { ClauseNotes } from "../../../catalog/types";
import { grouped, wan } from "../../../format/money";
import { percent } from "../../../format/percent";
import { clauseText } from "../../builders/clause";
import type { HLJ_DIGITAL_FACTORY_SUBSIDY } from "./HLJ-ROBOT-07b";

export const text = clauseText<typeof HLJ_DIGITAL_FACTORY_SUBSIDY>(
  "HLJ_DIGITAL_FACTORY_SUBSIDY",
  (c) => {
    const { WORKSHOP: workshop, FACTORY: factory } = c.caps;
    return {
      description: {
        en: `Heilongjiang digital workshop / smart factory subsidy (HLJ-ROBOT-07b): one-time ${percent(c.rate)} of the project contract amount, up to ${grouped(workshop)} yuan for a digital workshop (production line) and ${grouped(factory)} yuan for a smart factory.`,
        zh: `黑龙江数字化车间、智能工厂补助（HLJ-ROBOT-07b）：按项目合同金额的${percent(c.rate)}给予一次性补助，数字化车间（生产线）最高${wan(workshop)}，智能工厂最高${wan(factory)}。`,
      },
      formula: {
        en: `min(${percent(c.rate)} × contract amount, cap): ${grouped(workshop)} for a digital workshop or production line, ${grouped(factory)} for a smart factory. One-time.`,
        zh: `min(项目合同金额×${percent(c.rate)}, 上限)：数字化车间（生产线）${wan(workshop)}，智能工厂${wan(factory)}。一次性。`,
      },
      params: {
        contract_amount: {
          en: "Project contract amount, including equipment investment, industrial-software purchases and other digital-construction costs, in yuan.",
          zh: "项目合同金额（含设备投资和工业软件购置等数字化建设费用），元。",
        },
        type: {
          en: `"WORKSHOP" or "LINE" (数字化车间, 生产线): cap ${grouped(workshop)}. "FACTORY" (智能工厂): cap ${grouped(factory)}.`,
          zh: `“WORKSHOP”或“LINE”（数字化车间、生产线）：上限${wan(workshop)}；“FACTORY”（智能工厂）：上限${wan(factory)}。`,
        },
      },
      codes: {
        type: {
          WORKSHOP: { en: "Digital workshop (production line)", zh: "数字化车间（生产线）" },
          FACTORY: { en: "Smart factory", zh: "智能工厂" },
        },
      },
      ambiguities: [
        {
          issue: {
            en: "「最高分别不超过200万元和1000万元」",
            zh: "「最高分别不超过200万元和1000万元」",
          },
          chosen: {
            en: `Mapped in listing order: workshop/line ${grouped(workshop)}, smart factory ${grouped(factory)}.`,
            zh: `按列举顺序对应：数字化车间（生产线）${wan(workshop)}，智能工厂${wan(factory)}。`,
          },
        },
      ],
      // Expected values from 「给予10%的一次性补助，最高分别不超过200万元和1000万元」.
      examples: [
        { args: [12_000_000, "WORKSHOP"], expect: 1_200_000, arithmetic: "12,000,000 × 0.10" },
        {
          args: [35_000_000, "WORKSHOP"],
          expect: 2_000_000,
          arithmetic: "3,500,000 → cap",
          note: "cap",
        },
        {
          args: [150_000_000, "FACTORY"],
          expect: 10_000_000,
          arithmetic: "15,000,000 → cap",
          note: "cap",
        },
        { args: [60_000_000, "智能工厂"], expect: 6_000_000, arithmetic: "60,000,000 × 0.10" },
      ],
    };
  }
);

export const notes: ClauseNotes = {
  id: "HLJ-ROBOT-07b",
  because: "给予10%的一次性补助，最高分别不超过200万元和1000万元",
};
