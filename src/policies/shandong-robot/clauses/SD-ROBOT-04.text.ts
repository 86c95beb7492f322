/** SD-ROBOT-04's prose: every level's cap read from the record's constants. */
import type { ClauseNotes } from "../../../catalog/types";
import { grouped, wan } from "../../../format/money";
import { clauseText } from "../../builders/clause";
import { draft, requestedHelp } from "../prose.text";
import type { SD_STANDARD_AWARD } from "./SD-ROBOT-04";

export const text = clauseText<typeof SD_STANDARD_AWARD>("SD_STANDARD_AWARD", ({ caps: k }) => ({
  description: draft({
    en: `Shandong award for leading the drafting or revision of standards (SD-ROBOT-04): up to ${grouped(k.INTERNATIONAL)} / ${grouped(k.NATIONAL)} / ${grouped(k.LOCAL)} yuan per international / national / local standard.`,
    zh: `山东主导制修订标准奖补（SD-ROBOT-04）：国际标准、国家标准、地方标准每项分别最高${wan(k.INTERNATIONAL)}、${wan(k.NATIONAL)}、${wan(k.LOCAL)}。`,
  }),
  formula: {
    en: `count × min(requested per standard, cap of the level): ${grouped(k.INTERNATIONAL)} international, ${grouped(k.NATIONAL)} national, ${grouped(k.LOCAL)} local; 0 for other levels.`,
    zh: `项数 × min(每项申请金额, 该层级上限)：国际${wan(k.INTERNATIONAL)}、国家${wan(k.NATIONAL)}、地方${wan(k.LOCAL)}；其他层级为0。`,
  },
  params: {
    level: {
      en: `Level of the standard: "INTERNATIONAL"/国际 (cap ${grouped(k.INTERNATIONAL)}), "NATIONAL"/国家 (${grouped(k.NATIONAL)}) or "LOCAL"/地方 (${grouped(k.LOCAL)}). "INDUSTRY"/行业 and "GROUP"/团体 are accepted but return 0: the clause does not cover them.`,
      zh: `标准层级：“INTERNATIONAL”/国际（上限${wan(k.INTERNATIONAL)}）、“NATIONAL”/国家（${wan(k.NATIONAL)}）、“LOCAL”/地方（${wan(k.LOCAL)}）。“INDUSTRY”/行业、“GROUP”/团体可输入，但本条不覆盖，结果为0。`,
    },
    count: {
      en: "Number of standards led at that level; default 1.",
      zh: "该层级主导制修订的标准项数，默认1。",
    },
    requested_per_item: requestedHelp(
      { en: "each standard", zh: "每项标准" },
      { en: "the level's cap", zh: "该层级上限" }
    ),
  },
  codes: {
    level: {
      INTERNATIONAL: {
        en: `International standard (up to ${grouped(k.INTERNATIONAL)})`,
        zh: `国际标准（最高${wan(k.INTERNATIONAL)}）`,
      },
      NATIONAL: {
        en: `National standard (up to ${grouped(k.NATIONAL)})`,
        zh: `国家标准（最高${wan(k.NATIONAL)}）`,
      },
      LOCAL: {
        en: `Local standard (up to ${grouped(k.LOCAL)})`,
        zh: `地方标准（最高${wan(k.LOCAL)}）`,
      },
      INDUSTRY: {
        en: "Industry standard (not covered → 0)",
        zh: "行业标准（不在本条范围，结果为0）",
      },
      GROUP: { en: "Group standard (not covered → 0)", zh: "团体标准（不在本条范围，结果为0）" },
    },
  },
  ambiguities: [
    {
      issue: { en: "「主导」", zh: "「主导」" },
      chosen: { en: "The lead drafting unit.", zh: "指牵头起草单位。" },
    },
    {
      issue: { en: "「高水平」", zh: "「高水平」" },
      chosen: {
        en: "Qualifies all three levels; qualitative and assumed.",
        zh: "修饰全部三个层级；属定性条件，视为已满足。",
      },
    },
    {
      issue: { en: "Annual cap per enterprise.", zh: "每家企业的年度上限。" },
      chosen: { en: "None: the text states none.", zh: "不设：原文未规定。" },
    },
  ],
  // Expected values from the policy text, never from the code: 「分别每项给予最高40万元、20万元和10万元」.
  examples: [
    { args: ["INTERNATIONAL"], expect: 400_000, arithmetic: "1 × 400,000 = 400,000" },
    {
      args: ["NATIONAL", 3, 250_000],
      expect: 600_000,
      arithmetic: "3 × min(250,000, 200,000) = 600,000",
      note: "cap",
    },
    { args: ["LOCAL", 2, 80_000], expect: 160_000, arithmetic: "2 × 80,000 = 160,000" },
    {
      args: ["INDUSTRY"],
      expect: 0,
      arithmetic: "industry standards are not in the clause → 0",
      note: "not covered",
    },
  ],
}));

export const notes: ClauseNotes = {
  id: "SD-ROBOT-04",
  because: "分别每项给予最高40万元、20万元和10万元奖补",
};
