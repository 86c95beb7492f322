/** SD-ROBOT-02's prose: the grant read from the record's constants. */
import type { ClauseNotes } from "../../../catalog/types";
import { grouped, wan } from "../../../format/money";
import { clauseText } from "../../builders/clause";
import { draft } from "../prose.text";
import type { SD_PLATFORM_GRANT } from "./SD-ROBOT-02";

export const text = clauseText<typeof SD_PLATFORM_GRANT>("SD_PLATFORM_GRANT", (c) => ({
  description: draft({
    en: `Shandong grant for major S&T innovation platforms newly upgraded to national level (SD-ROBOT-02): ${grouped(c.amount)} yuan per platform, where the state requires no matching funds.`,
    zh: `山东新升级国家级重大科技创新平台经费支持（SD-ROBOT-02）：国家没有配套资金要求的，每个平台${wan(c.amount)}。`,
  }),
  formula: {
    en: `0 if the state requires matching funds; otherwise ${grouped(c.amount)} × number of platforms.`,
    zh: `国家有配套资金要求的为0；否则 ${wan(c.amount)} × 平台数量。`,
  },
  params: {
    count: {
      en: "Number of platforms newly upgraded to national level within the policy period; default 1.",
      zh: "政策实施期内新升级为国家级的平台数量，默认1。",
    },
    national_matching_required: {
      en: "TRUE if the state requires local matching funds for the platform: this clause then does not apply (「国家没有配套资金要求的」) → 0. Default FALSE.",
      zh: "国家对该平台有配套资金要求的填TRUE，此时不适用本条（「国家没有配套资金要求的」），结果为0。默认FALSE。",
    },
  },
  ambiguities: [
    {
      issue: {
        en: "Where the state does require matching funds.",
        zh: "国家有配套资金要求的情形。",
      },
      chosen: {
        en: "0 under this clause: the province presumably provides the matching under the national requirement instead, outside this clause.",
        zh: "本条计为0：推定此时由省级按国家要求另行配套，不在本条范围内。",
      },
    },
  ],
  // Expected values from the policy text, never from the code: 「每个平台1000万元」.
  examples: [
    {
      args: [],
      expect: 10_000_000,
      arithmetic: "10,000,000 × 1 = 10,000,000",
      note: "fixed = cap per platform",
    },
    { args: [3], expect: 30_000_000, arithmetic: "10,000,000 × 3 = 30,000,000" },
    {
      args: [1, true],
      expect: 0,
      arithmetic: "matching required → clause not applicable",
      note: "condition not met",
    },
  ],
}));

export const notes: ClauseNotes = {
  id: "SD-ROBOT-02",
  because: "对政策实施期内新升级的国家级相关重大科技创新平台",
};
