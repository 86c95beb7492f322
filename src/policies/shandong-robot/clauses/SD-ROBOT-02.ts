/** SD-ROBOT-02: a major S&T innovation platform newly upgraded to national level, no national matching required → a fixed grant per platform. */
import { barredByFlag, fixedPerItem } from "../../../engine/shapes";
import { grouped, wan } from "../../../format/money";
import { quantitativeClause } from "../../builders/clause";
import { count, flag } from "../../builders/params";
import { clauseFunction } from "../../builders/function";

const constants = {
  /** 「省级按规定给予每个平台1000万元经费支持」. */
  amount: 10_000_000,
};

const platformGrant = fixedPerItem({
  countParam: "count",
  label: { en: "Grant per platform", zh: "每个平台经费支持" },
});

/** 「国家没有配套资金要求的」: where the state does require matching, this clause does not pay. */
const platformGrantUnlessMatching = barredByFlag(
  {
    param: "national_matching_required",
    label: {
      en: "The state requires matching funds: clause not applicable",
      zh: "国家有配套资金要求，不适用本条",
    },
  },
  platformGrant
);

export const SD_PLATFORM_GRANT = clauseFunction({
  name: "SD_PLATFORM_GRANT",
  params: [
    count("count", { en: "Number of platforms", zh: "新升级平台数量" }, { default: 1 }),
    flag(
      "national_matching_required",
      { en: "National matching required", zh: "国家要求配套" },
      { default: false }
    ),
  ],
  constants,
  shape: platformGrantUnlessMatching,
});

export const clause = quantitativeClause({
  id: "SD-ROBOT-02",
  document: "SD-ROBOT",
  numberAsWritten: "二（一）2",
  category: "innovation-platform",
  type: "Q",
  quotes: [
    "对政策实施期内新升级的国家级相关重大科技创新平台，国家没有配套资金要求的，省级按规定给予每个平台1000万元经费支持。",
  ],
  summary: (c) => ({
    en: `Each major S&T innovation platform newly upgraded to national level during the policy period, where the state imposes no matching-fund requirement, receives ${grouped(c.amount)} yuan from the province.`,
    zh: `政策实施期内新升级的国家级重大科技创新平台，国家没有配套资金要求的，省级给予每个平台${wan(c.amount)}经费支持。`,
  }),
  departments: "省科技厅、省发展改革委、省工业和信息化厅、省教育厅",
  fn: SD_PLATFORM_GRANT,
  oneTime: {
    kind: "units",
    param: "count",
  },
});
