/**
 * SD-ROBOT clauses (spec §4.3, functions §5.4). A DRAFT for comment (征求意见稿): every function's
 * description begins with "DRAFT (征求意见稿) – ", because its numbers may change in the final text.
 */
import { amount, code, count, flag, rate, receivedToDate } from "../../catalog/params";
import type { Clause, ClauseFunction, Text } from "../../catalog/types";
import {
  type CapsByCodeConstants,
  type FixedPerItemConstants,
  fixedPerItem,
  rateUnderRoom,
  upToCap,
  upToCapByCode,
} from "../../engine/formulas";
import { L } from "../../engine/labels";

/** 「责任单位」 lines shared by the a/b/c rows of one measure. */
const DEPT = {
  m11: "省科技厅、省财政厅、省市场监管局",
  m12: "省工业和信息化厅、省大数据局、省财政厅",
  m14: "省工业和信息化厅、省财政厅",
};

/** The optional `requested` of an "up to" award: defaults to the cap. */
const requested = (name: string, what: Text, cap: Text) =>
  amount(
    name,
    { en: "Amount requested", zh: "申请金额" },
    {
      en: `Amount requested or expected for ${what.en}, in yuan. Omitted: the cap (${cap.en}), i.e. the maximum possible award; a larger request is cut to the cap.`,
      zh: `${what.zh}申请或预计获得的金额，元。不填则按上限（${cap.zh}）计算，即可能获得的最高金额；超过上限的按上限计。`,
    },
    { optional: true }
  );

// ---------------------------------------------------------------------------------------------------
// SD-ROBOT-02
// ---------------------------------------------------------------------------------------------------

const platformGrant = fixedPerItem({
  countParam: "count",
  label: { en: "Grant per platform", zh: "每个平台经费支持" },
});

const SD_PLATFORM_GRANT: ClauseFunction<FixedPerItemConstants> = {
  name: "SD_PLATFORM_GRANT",
  description: {
    en: "DRAFT (征求意见稿) – Shandong grant for major S&T innovation platforms newly upgraded to national level (SD-ROBOT-02): 10,000,000 yuan per platform, where the state requires no matching funds.",
    zh: "征求意见稿 – 山东新升级国家级重大科技创新平台经费支持（SD-ROBOT-02）：国家没有配套资金要求的，每个平台1000万元。",
  },
  params: [
    count(
      "count",
      { en: "Number of platforms", zh: "新升级平台数量" },
      {
        en: "Number of platforms newly upgraded to national level within the policy period; default 1.",
        zh: "政策实施期内新升级为国家级的平台数量，默认1。",
      },
      { default: 1 }
    ),
    flag(
      "national_matching_required",
      { en: "National matching required", zh: "国家要求配套" },
      {
        en: "TRUE if the state requires local matching funds for the platform: this clause then does not apply (「国家没有配套资金要求的」) → 0. Default FALSE.",
        zh: "国家对该平台有配套资金要求的填TRUE，此时不适用本条（「国家没有配套资金要求的」），结果为0。默认FALSE。",
      },
      { default: false }
    ),
  ],
  constants: { amount: 10_000_000 },
  formula: {
    en: "0 if the state requires matching funds; otherwise 10,000,000 × number of platforms.",
    zh: "国家有配套资金要求的为0；否则 1000万元 × 平台数量。",
  },
  compute(args, c, calc) {
    if (args.national_matching_required === true) {
      return calc.fixed(
        {
          en: "The state requires matching funds: clause not applicable",
          zh: "国家有配套资金要求，不适用本条",
        },
        0
      );
    }
    return platformGrant(args, c, calc);
  },
  ambiguities: [
    {
      issue: "Where the state does require matching funds.",
      chosen:
        "0 under this clause: the province presumably provides the matching under the national requirement instead, outside this clause.",
    },
  ],
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
};

// ---------------------------------------------------------------------------------------------------
// SD-ROBOT-04
// ---------------------------------------------------------------------------------------------------

const SD_STANDARD_AWARD: ClauseFunction<CapsByCodeConstants> = {
  name: "SD_STANDARD_AWARD",
  description: {
    en: "DRAFT (征求意见稿) – Shandong award for leading the drafting or revision of standards (SD-ROBOT-04): up to 400,000 / 200,000 / 100,000 yuan per international / national / local standard.",
    zh: "征求意见稿 – 山东主导制修订标准奖补（SD-ROBOT-04）：国际标准、国家标准、地方标准每项分别最高40万元、20万元、10万元。",
  },
  params: [
    code(
      "level",
      { en: "Standard level", zh: "标准层级" },
      [
        {
          value: "INTERNATIONAL",
          aliases: ["国际", "国际标准"],
          label: { en: "International standard (up to 400,000)", zh: "国际标准（最高40万元）" },
        },
        {
          value: "NATIONAL",
          aliases: ["国家", "国家标准"],
          label: { en: "National standard (up to 200,000)", zh: "国家标准（最高20万元）" },
        },
        {
          value: "LOCAL",
          aliases: ["地方", "地方标准"],
          label: { en: "Local standard (up to 100,000)", zh: "地方标准（最高10万元）" },
        },
        {
          value: "INDUSTRY",
          aliases: ["行业", "行业标准"],
          label: {
            en: "Industry standard (not covered → 0)",
            zh: "行业标准（不在本条范围，结果为0）",
          },
        },
        {
          value: "GROUP",
          aliases: ["团体", "团体标准"],
          label: {
            en: "Group standard (not covered → 0)",
            zh: "团体标准（不在本条范围，结果为0）",
          },
        },
      ],
      {
        en: 'Level of the standard: "INTERNATIONAL"/国际 (cap 400,000), "NATIONAL"/国家 (200,000) or "LOCAL"/地方 (100,000). "INDUSTRY"/行业 and "GROUP"/团体 are accepted but return 0: the clause does not cover them.',
        zh: "标准层级：“INTERNATIONAL”/国际（上限40万元）、“NATIONAL”/国家（20万元）、“LOCAL”/地方（10万元）。“INDUSTRY”/行业、“GROUP”/团体可输入，但本条不覆盖，结果为0。",
      }
    ),
    count(
      "count",
      { en: "Number of standards", zh: "标准项数" },
      {
        en: "Number of standards led at that level; default 1.",
        zh: "该层级主导制修订的标准项数，默认1。",
      },
      { default: 1 }
    ),
    requested(
      "requested_per_item",
      { en: "each standard", zh: "每项标准" },
      { en: "the level's cap", zh: "该层级上限" }
    ),
  ],
  constants: { caps: { INTERNATIONAL: 400_000, NATIONAL: 200_000, LOCAL: 100_000 } },
  formula: {
    en: "count × min(requested per standard, cap of the level): 400,000 international, 200,000 national, 100,000 local; 0 for other levels.",
    zh: "项数 × min(每项申请金额, 该层级上限)：国际40万元、国家20万元、地方10万元；其他层级为0。",
  },
  compute: upToCapByCode("level", { requestedParam: "requested_per_item", countParam: "count" }),
  upTo: true,
  ambiguities: [
    { issue: "「主导」", chosen: "The lead drafting unit." },
    { issue: "「高水平」", chosen: "Qualifies all three levels; qualitative and assumed." },
    { issue: "Annual cap per enterprise.", chosen: "None: the text states none." },
  ],
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
};

// ---------------------------------------------------------------------------------------------------
// SD-ROBOT-07
// ---------------------------------------------------------------------------------------------------

const SD_HUMANOID_ENTERPRISE_AWARD: ClauseFunction<CapsByCodeConstants> = {
  name: "SD_HUMANOID_ENTERPRISE_AWARD",
  description: {
    en: "DRAFT (征求意见稿) – Shandong one-time award for humanoid-robot enterprises (SD-ROBOT-07): up to 8,000,000 yuan for whole-machine makers, up to 3,000,000 yuan for core-component makers.",
    zh: "征求意见稿 – 山东人形机器人企业一次性奖励（SD-ROBOT-07）：整机企业最高800万元，核心零部件企业最高300万元。",
  },
  params: [
    code(
      "enterprise_type",
      { en: "Enterprise type", zh: "企业类型" },
      [
        {
          value: "WHOLE_MACHINE",
          aliases: ["整机", "整机企业"],
          label: {
            en: "Whole-machine enterprise (up to 8,000,000)",
            zh: "整机企业（最高800万元）",
          },
        },
        {
          value: "CORE_COMPONENT",
          aliases: ["核心零部件", "核心零部件企业"],
          label: {
            en: "Core-component enterprise (up to 3,000,000)",
            zh: "核心零部件企业（最高300万元）",
          },
        },
      ],
      {
        en: 'Type of humanoid-robot enterprise: "WHOLE_MACHINE"/整机 (cap 8,000,000) or "CORE_COMPONENT"/核心零部件 (cap 3,000,000).',
        zh: "人形机器人企业类型：“WHOLE_MACHINE”/整机（上限800万元）或“CORE_COMPONENT”/核心零部件（上限300万元）。",
      }
    ),
    requested(
      "requested",
      { en: "the enterprise under the (unpublished) rules", zh: "企业按（尚未公布的）规定" },
      { en: "the type's cap", zh: "该类型上限" }
    ),
  ],
  constants: { caps: { WHOLE_MACHINE: 8_000_000, CORE_COMPONENT: 3_000_000 } },
  formula: {
    en: "min(requested, cap of the type): 8,000,000 whole machine, 3,000,000 core component. One-time.",
    zh: "min(申请金额, 该类型上限)：整机800万元，核心零部件300万元。一次性。",
  },
  compute: upToCapByCode("enterprise_type"),
  upTo: true,
  ambiguities: [
    {
      issue: "The award criteria (「按规定」) are not in the draft.",
      chosen: "requested, defaulting to the cap (a maximum).",
    },
  ],
  examples: [
    { args: ["WHOLE_MACHINE"], expect: 8_000_000, arithmetic: "default = cap 8,000,000" },
    {
      args: ["CORE_COMPONENT", 4_000_000],
      expect: 3_000_000,
      arithmetic: "4,000,000 → cap 3,000,000",
      note: "cap",
    },
    {
      args: ["核心零部件", 1_200_000],
      expect: 1_200_000,
      arithmetic: "1,200,000 below the 3,000,000 cap",
    },
  ],
};

// ---------------------------------------------------------------------------------------------------
// SD-ROBOT-08
// ---------------------------------------------------------------------------------------------------

const SD_ACCEL_PARK_AWARD: ClauseFunction<{ cap: number }> = {
  name: "SD_ACCEL_PARK_AWARD",
  description: {
    en: "DRAFT (征求意见稿) – Shandong award for a recognised future-industry acceleration park (SD-ROBOT-08): up to 6,000,000 yuan per park. The beneficiary is the park (operator), not a robot enterprise.",
    zh: "征求意见稿 – 山东认定的未来产业加速园奖补（SD-ROBOT-08）：每个加速园最高600万元。受益方为加速园（运营方），而非机器人企业。",
  },
  params: [
    requested("requested", { en: "the park", zh: "加速园" }, { en: "6,000,000", zh: "600万元" }),
  ],
  constants: { cap: 6_000_000 },
  formula: {
    en: "min(requested, 6,000,000); requested defaults to 6,000,000.",
    zh: "min(申请金额, 600万元)；申请金额默认600万元。",
  },
  compute: upToCap(),
  upTo: true,
  ambiguities: [
    {
      issue: "Who receives the award.",
      chosen: "The recognised acceleration park (its operator).",
    },
    {
      issue: "Equity support for quality projects in the parks (省新旧动能转换基金).",
      chosen: "Market-based investment: not modelled.",
    },
  ],
  examples: [
    { args: [], expect: 6_000_000, arithmetic: "default = cap 6,000,000" },
    { args: [4_500_000], expect: 4_500_000, arithmetic: "4,500,000 below the cap" },
    { args: [9_000_000], expect: 6_000_000, arithmetic: "9,000,000 → cap 6,000,000", note: "cap" },
  ],
};

// ---------------------------------------------------------------------------------------------------
// SD-ROBOT-11c
// ---------------------------------------------------------------------------------------------------

const SD_RD_SUBSIDY: ClauseFunction<{ cap: number }> = {
  name: "SD_RD_SUBSIDY",
  description: {
    en: "DRAFT (征求意见稿) – Shandong R&D post-subsidy for robot enterprises (SD-ROBOT-11c): R&D investment × the tier rate of the relevant rules (not stated: you supply it), up to 5,000,000 yuan per enterprise per year.",
    zh: "征求意见稿 – 山东机器人企业研发投入后补助（SD-ROBOT-11c）：研发投入 × 相关规定的分档比例（原文未载明，须自行填写），单个企业年度最高500万元。",
  },
  params: [
    amount(
      "rd_investment",
      { en: "R&D investment", zh: "研发投入" },
      {
        en: "R&D investment on the basis the implementing rules use (total or increment), in yuan.",
        zh: "按实施细则口径（总量或增量）计算的研发投入，元。",
      }
    ),
    rate(
      "rate",
      { en: "Subsidy rate", zh: "补助比例" },
      {
        en: "Effective tier rate under 「按相关规定给予分档分类后补助」; not stated in the draft. If the rules give tier amounts, pass rate = amount ÷ rd_investment.",
        zh: "「按相关规定给予分档分类后补助」的实际适用比例，征求意见稿未载明。若规定的是分档金额，请填 金额 ÷ 研发投入。",
      }
    ),
    receivedToDate(
      { en: "Received this year", zh: "本年度已获后补助" },
      {
        en: "R&D post-subsidy already received this year, in yuan; default 0. Annual cap 5,000,000 per enterprise.",
        zh: "本年度已获研发后补助，元，默认0。单个企业年度最高500万元。",
      }
    ),
  ],
  constants: { cap: 5_000_000 },
  formula: {
    en: "min(R&D investment × rate, max(0, 5,000,000 − received this year)).",
    zh: "min(研发投入 × 比例, max(0, 500万元 − 本年已获))。",
  },
  compute: rateUnderRoom(
    { param: "rd_investment", label: { en: "R&D investment", zh: "研发投入" } },
    { label: L.annualRoom },
    "rate"
  ),
  ambiguities: [
    {
      issue: "The tier rates (「分档分类」) are not in the text (Q-R).",
      chosen: "rate is a required argument.",
      alternative: "A requested amount clipped to the cap.",
    },
  ],
  examples: [
    { args: [20_000_000, 0.05], expect: 1_000_000, arithmetic: "20,000,000 × 0.05 = 1,000,000" },
    {
      args: [200_000_000, 0.05],
      expect: 5_000_000,
      arithmetic: "200,000,000 × 0.05 = 10,000,000 → cap 5,000,000",
      note: "cap",
    },
    {
      args: [40_000_000, 0.1, 3_000_000],
      expect: 2_000_000,
      arithmetic: "min(4,000,000, 5,000,000 − 3,000,000) = 2,000,000",
      note: "partly used cap",
    },
  ],
};

// ---------------------------------------------------------------------------------------------------
// SD-ROBOT-12a / 12b / 12c
// ---------------------------------------------------------------------------------------------------

const SD_COMPUTE_VOUCHER: ClauseFunction<{ cap: number }> = {
  name: "SD_COMPUTE_VOUCHER",
  description: {
    en: "DRAFT (征求意见稿) – Shandong compute voucher (算力券) for robot training grounds (SD-ROBOT-12a): qualifying compute-transaction contracts × a rate you supply (not stated), up to 5,000,000 yuan cumulative per enterprise.",
    zh: "征求意见稿 – 山东机器人训练场“算力券”（SD-ROBOT-12a）：符合条件的算力交易合同金额 × 比例（原文未载明，须自行填写），单个企业累计最高500万元。",
  },
  params: [
    amount(
      "contract_amount",
      { en: "Compute contract amount", zh: "算力交易合同金额" },
      {
        en: "Amount of the qualifying compute-transaction contract(s), in yuan.",
        zh: "符合条件的算力交易合同金额，元。",
      }
    ),
    rate(
      "rate",
      { en: "Voucher rate", zh: "算力券补贴比例" },
      {
        en: "Voucher rate; not stated in the draft (「对符合条件的算力交易合同进行奖补」).",
        zh: "算力券补贴比例，征求意见稿未载明（「对符合条件的算力交易合同进行奖补」）。",
      }
    ),
    receivedToDate(
      { en: "Received in the policy period", zh: "累计已获算力券" },
      {
        en: "Compute vouchers already received over the policy period, in yuan; default 0. Cumulative cap 5,000,000 per enterprise.",
        zh: "政策期内已获算力券奖补，元，默认0。单个企业累计最高500万元。",
      }
    ),
  ],
  constants: { cap: 5_000_000 },
  formula: {
    en: "min(contract amount × rate, max(0, 5,000,000 − received over the policy period)).",
    zh: "min(合同金额 × 比例, max(0, 500万元 − 政策期内已获))。",
  },
  compute: rateUnderRoom(
    {
      param: "contract_amount",
      label: { en: "Compute-transaction contracts", zh: "算力交易合同金额" },
    },
    { label: L.cumulativeRoom },
    "rate"
  ),
  ambiguities: [
    { issue: "No voucher rate in the text (Q-R).", chosen: "rate is a required argument." },
  ],
  examples: [
    { args: [3_000_000, 0.3], expect: 900_000, arithmetic: "3,000,000 × 0.30 = 900,000" },
    {
      args: [30_000_000, 0.3],
      expect: 5_000_000,
      arithmetic: "30,000,000 × 0.30 = 9,000,000 → cap 5,000,000",
      note: "cap",
    },
    {
      args: [10_000_000, 0.3, 4_000_000],
      expect: 1_000_000,
      arithmetic: "min(3,000,000, 5,000,000 − 4,000,000) = 1,000,000",
      note: "partly used cap",
    },
  ],
};

const SD_MODEL_VOUCHER: ClauseFunction<{ cap: number }> = {
  name: "SD_MODEL_VOUCHER",
  description: {
    en: "DRAFT (征求意见稿) – Shandong model voucher (模型券) (SD-ROBOT-12b): a fixed-amount subsidy of up to 1,000,000 yuan per qualifying large-model product.",
    zh: "征求意见稿 – 山东“模型券”（SD-ROBOT-12b）：符合条件的大模型产品，单个产品最高100万元定额补贴。",
  },
  params: [
    requested(
      "requested",
      { en: "the large-model product", zh: "该大模型产品" },
      { en: "1,000,000", zh: "100万元" }
    ),
  ],
  constants: { cap: 1_000_000 },
  formula: {
    en: "min(requested, 1,000,000) per product; requested defaults to 1,000,000.",
    zh: "每个产品 min(申请金额, 100万元)；申请金额默认100万元。",
  },
  compute: upToCap(),
  upTo: true,
  ambiguities: [
    { issue: "「定额补贴」", chosen: "A fixed amount per product set by review, within the cap." },
    {
      issue: "The beneficiary (model provider or training-ground user).",
      chosen: "Not stated; the function computes the amount only.",
    },
  ],
  examples: [
    { args: [], expect: 1_000_000, arithmetic: "default = cap 1,000,000" },
    { args: [600_000], expect: 600_000, arithmetic: "600,000 below the cap" },
    { args: [1_800_000], expect: 1_000_000, arithmetic: "1,800,000 → cap 1,000,000", note: "cap" },
  ],
};

const SD_CORPUS_VOUCHER: ClauseFunction<{ cap: number }> = {
  name: "SD_CORPUS_VOUCHER",
  description: {
    en: "DRAFT (征求意见稿) – Shandong corpus voucher (语料券) (SD-ROBOT-12c): up to 1,500,000 yuan per qualifying corpus.",
    zh: "征求意见稿 – 山东“语料券”（SD-ROBOT-12c）：符合条件的语料库，单个语料库最高150万元补贴。",
  },
  params: [
    requested(
      "requested",
      { en: "the corpus", zh: "该语料库" },
      { en: "1,500,000", zh: "150万元" }
    ),
  ],
  constants: { cap: 1_500_000 },
  formula: {
    en: "min(requested, 1,500,000) per corpus; requested defaults to 1,500,000.",
    zh: "每个语料库 min(申请金额, 150万元)；申请金额默认150万元。",
  },
  compute: upToCap(),
  upTo: true,
  examples: [
    { args: [], expect: 1_500_000, arithmetic: "default = cap 1,500,000" },
    { args: [900_000], expect: 900_000, arithmetic: "900,000 below the cap" },
    { args: [2_000_000], expect: 1_500_000, arithmetic: "2,000,000 → cap 1,500,000", note: "cap" },
  ],
};

// ---------------------------------------------------------------------------------------------------
// SD-ROBOT-14a
// ---------------------------------------------------------------------------------------------------

const SD_SCENARIO_AWARD: ClauseFunction<CapsByCodeConstants> = {
  name: "SD_SCENARIO_AWARD",
  description: {
    en: "DRAFT (征求意见稿) – Shandong award for typical robot demonstration scenarios admitted to promotion programs (SD-ROBOT-14a): up to 1,000,000 (工赋百景) / 2,000,000 (digital transformation) / 2,000,000 (揭榜挂帅 pilots) yuan.",
    zh: "征求意见稿 – 山东机器人典型示范应用场景奖补（SD-ROBOT-14a）：纳入“工赋百景”、数字化转型、揭榜挂帅试点等项目推广范围的，分别最高100万元、200万元、200万元。",
  },
  params: [
    code(
      "program",
      { en: "Programme", zh: "场景所属项目" },
      [
        {
          value: "GFBJ",
          aliases: ["工赋百景"],
          label: { en: "「工赋百景」 (up to 1,000,000)", zh: "工赋百景（最高100万元）" },
        },
        {
          value: "DIGITAL",
          aliases: ["数字化转型"],
          label: {
            en: "Digital transformation (up to 2,000,000)",
            zh: "数字化转型（最高200万元）",
          },
        },
        {
          value: "JBGS",
          aliases: ["揭榜挂帅", "揭榜挂帅试点"],
          label: {
            en: "Unveil-the-list pilot (up to 2,000,000)",
            zh: "揭榜挂帅试点（最高200万元）",
          },
        },
      ],
      {
        en: 'Program the scenario was admitted to: "GFBJ"/工赋百景 (cap 1,000,000), "DIGITAL"/数字化转型 (cap 2,000,000) or "JBGS"/揭榜挂帅 (cap 2,000,000), mapped in the order the text lists them.',
        zh: "场景纳入的项目：“GFBJ”/工赋百景（上限100万元）、“DIGITAL”/数字化转型（上限200万元）、“JBGS”/揭榜挂帅（上限200万元），按原文列举顺序对应。",
      }
    ),
    requested(
      "requested",
      { en: "the scenario", zh: "该场景" },
      { en: "the program's cap", zh: "该项目上限" }
    ),
  ],
  constants: { caps: { GFBJ: 1_000_000, DIGITAL: 2_000_000, JBGS: 2_000_000 } },
  formula: {
    en: "min(requested, cap of the program): 1,000,000 工赋百景, 2,000,000 digital transformation, 2,000,000 揭榜挂帅 pilot.",
    zh: "min(申请金额, 该项目上限)：工赋百景100万元，数字化转型200万元，揭榜挂帅试点200万元。",
  },
  compute: upToCapByCode("program"),
  upTo: true,
  ambiguities: [
    {
      issue:
        "「“工赋百景”数字化转型揭榜挂帅试点等」 against three caps (1M / 2M / 2M): the program boundaries are unclear.",
      chosen:
        "Listing order: 工赋百景 → 1,000,000; 数字化转型 → 2,000,000; 揭榜挂帅试点 → 2,000,000. The 2nd and 3rd caps are equal, so only 工赋百景 versus the rest matters.",
      alternative:
        "「数字化转型揭榜挂帅试点」 is one program and the third is the unnamed 「等」: still 2,000,000 for every non-工赋百景 program.",
    },
  ],
  examples: [
    { args: ["GFBJ"], expect: 1_000_000, arithmetic: "default = cap 1,000,000" },
    {
      args: ["DIGITAL", 2_500_000],
      expect: 2_000_000,
      arithmetic: "2,500,000 → cap 2,000,000",
      note: "cap",
    },
    { args: ["JBGS", 800_000], expect: 800_000, arithmetic: "800,000 below the 2,000,000 cap" },
    {
      args: ["工赋百景", 1_600_000],
      expect: 1_000_000,
      arithmetic: "1,600,000 → cap 1,000,000",
      note: "cap",
    },
  ],
};

export const clauses: Clause[] = [
  {
    id: "SD-ROBOT-01",
    document: "SD-ROBOT",
    numberAsWritten: "二（一）1",
    category: "key-tech",
    type: "N-$",
    quotes: [
      "实施关键技术攻关和企业技术问题解决“揭榜挂帅”升级版，对符合条件的重大技术突破按规定给予政策支持。",
    ],
    summary: {
      en: 'Robot frontier technologies are put into provincial S&T plans, and an upgraded "unveil-the-list" scheme runs. Qualifying major breakthroughs are supported under the rules (no amount).',
      zh: "机器人前沿技术列入省级科技计划重点方向，实施“揭榜挂帅”升级版；对符合条件的重大技术突破按规定给予政策支持（未规定金额）。",
    },
    departments: "省科技厅、省工业和信息化厅、省教育厅、省人力资源社会保障厅",
  },
  {
    id: "SD-ROBOT-02",
    document: "SD-ROBOT",
    numberAsWritten: "二（一）2",
    category: "innovation-platform",
    type: "Q",
    quotes: [
      "对政策实施期内新升级的国家级相关重大科技创新平台，国家没有配套资金要求的，省级按规定给予每个平台1000万元经费支持。",
    ],
    summary: {
      en: "Each major S&T innovation platform newly upgraded to national level during the policy period, where the state imposes no matching-fund requirement, receives 10,000,000 yuan from the province.",
      zh: "政策实施期内新升级的国家级重大科技创新平台，国家没有配套资金要求的，省级给予每个平台1000万元经费支持。",
    },
    departments: "省科技厅、省发展改革委、省工业和信息化厅、省教育厅",
    fn: SD_PLATFORM_GRANT,
    oneTime: {
      kind: "units",
      because: "对政策实施期内新升级的国家级相关重大科技创新平台",
      param: "count",
    },
  },
  {
    id: "SD-ROBOT-03",
    document: "SD-ROBOT",
    numberAsWritten: "二（一）3",
    category: "industrialization",
    type: "N",
    quotes: [
      "支持高校和科研院所通过“赋权+转让+约定收益”等新模式，加快以应用场景驱动科技成果转化，每年认定一批场景应用友好单位。",
    ],
    summary: {
      en: 'Technology-transfer marketplace ("山东科技大市场"), databases of transferable results and of enterprise needs, new transfer models, and yearly recognition of "scenario-friendly" units.',
      zh: "建设“山东科技大市场”、可转化成果数据库和企业科技成果需求库，推广成果转化新模式，每年认定一批场景应用友好单位。",
    },
    departments: "省科技厅、省教育厅",
  },
  {
    id: "SD-ROBOT-04",
    document: "SD-ROBOT",
    numberAsWritten: "二（一）4",
    category: "standards",
    type: "Q",
    quotes: [
      "对主导制修订高水平国际标准、国家标准和地方标准，分别每项给予最高40万元、20万元和10万元奖补。",
    ],
    summary: {
      en: "Leading the drafting or revision of an international / national / local standard earns up to 400,000 / 200,000 / 100,000 yuan per standard.",
      zh: "主导制修订高水平国际标准、国家标准、地方标准的，每项分别最高奖补40万元、20万元、10万元。",
    },
    departments: "省市场监管局、省工业和信息化厅",
    fn: SD_STANDARD_AWARD,
    oneTime: {
      kind: "units",
      because: "分别每项给予最高40万元、20万元和10万元奖补",
      param: "count",
    },
  },
  {
    id: "SD-ROBOT-05",
    document: "SD-ROBOT",
    numberAsWritten: "二（二）1",
    category: "other",
    type: "N",
    quotes: [
      "梯次培育一批专注细分领域、具有高成长预期的创新企业，逐步成长为科技型中小企业、专精特新中小企业、高新技术企业、瞪羚和独角兽企业，培育一批具有全国影响力的专精特新“小巨人”和制造业单项冠军企业。",
    ],
    summary: {
      en: 'Cultivate chain-leader, specialised ("专精特新"), little-giant and single-champion enterprises. No amounts.',
      zh: "培育“链主”企业、专精特新企业、“小巨人”和制造业单项冠军企业。未规定金额。",
    },
    departments: "省工业和信息化厅、省科技厅、省财政厅",
  },
  {
    id: "SD-ROBOT-06",
    document: "SD-ROBOT",
    numberAsWritten: "二（二）2",
    category: "investment",
    type: "N",
    quotes: ["鼓励各地将符合条件的机器人项目纳入重点项目予以支持，加强资源要素保障。"],
    summary: {
      en: "Industrial-chain investment attraction; qualifying robot projects are listed as key projects with factor guarantees.",
      zh: "开展产业链精准招商；符合条件的机器人项目纳入重点项目予以支持，加强资源要素保障。",
    },
    departments: "省商务厅、省发展改革委",
  },
  {
    id: "SD-ROBOT-07",
    document: "SD-ROBOT",
    numberAsWritten: "二（二）3",
    category: "industrialization",
    type: "Q",
    quotes: [
      "聚焦培育壮大具身智能机器人等终端产品，对人形机器人整机和核心零部件企业按规定分别给予一次性最高800万元、300万元奖励。",
    ],
    context: [
      "充分利用“两重”“两新”政策，鼓励企业新建和改扩建项目，指导企业用好设备购置补贴、技改专项贷、股权投资等政策，加大新产品研发生产力度，提升产业发展后劲。",
    ],
    summary: {
      en: "Humanoid whole-machine enterprises get a one-time award of up to 8,000,000 yuan, and core-component enterprises up to 3,000,000 yuan.",
      zh: "人形机器人整机企业、核心零部件企业按规定分别给予一次性最高800万元、300万元奖励。",
    },
    departments: "省发展改革委、省工业和信息化厅、省科技厅、省财政厅",
    fn: SD_HUMANOID_ENTERPRISE_AWARD,
    oneTime: {
      kind: "code",
      because: "分别给予一次性最高800万元、300万元奖励",
      param: "enterprise_type",
    },
  },
  {
    id: "SD-ROBOT-08",
    document: "SD-ROBOT",
    numberAsWritten: "二（三）1",
    category: "land-space",
    type: "Q",
    quotes: [
      "支持未来产业加速园建设，在未来制造、未来信息和未来材料领域培育壮大智能机器人、优质企业，对认定的加速园按规定给予最高600万元奖补支持。对园区内的优质机器人产业项目，通过省新旧动能转换基金按照市场化方式给予支持。",
    ],
    summary: {
      en: "A recognised future-industry acceleration park gets up to 6,000,000 yuan. Quality robot projects in the parks get market-based equity support from the provincial conversion fund (not modelled). The beneficiary of the award is the park (operator), not a robot enterprise.",
      zh: "认定的未来产业加速园最高给予600万元奖补；园区内优质机器人项目通过省新旧动能转换基金按市场化方式支持（不建模）。奖补对象为加速园（运营方），而非机器人企业。",
    },
    departments: "省工业和信息化厅、省发展改革委、省财政厅",
    fn: SD_ACCEL_PARK_AWARD,
    oneTime: { kind: "annual", because: "对认定的加速园按规定给予最高600万元奖补支持" },
  },
  {
    id: "SD-ROBOT-09",
    document: "SD-ROBOT",
    numberAsWritten: "二（三）2",
    category: "land-space",
    type: "N",
    quotes: ["引导资源和创新要素向产业基础好、发展潜力大的地区集聚,打造四大机器人产业发展高地。"],
    summary: {
      en: 'Four robot "highlands": Jinan, Qingdao, Zibo and Jining, each with the focus areas listed in the text.',
      zh: "打造济南、青岛、淄博、济宁四大机器人产业发展高地，各有重点发展方向。",
    },
    departments:
      "none stated after this item (the 责任单位 line after SD-ROBOT-10, 各市人民政府、省工业和信息化厅, probably covers both items)",
  },
  {
    id: "SD-ROBOT-10",
    document: "SD-ROBOT",
    numberAsWritten: "二（三）3",
    category: "land-space",
    type: "N",
    quotes: ["鼓励各市立足比较优势，因地制宜布局和发展机器人特色产业。"],
    summary: {
      en: "Characteristic bases in Zaozhuang, Yantai, Weifang, Tai'an, Weihai, Rizhao, Linyi and Binzhou.",
      zh: "枣庄、烟台、潍坊、泰安、威海、日照、临沂、滨州等市因地制宜发展机器人特色产业基地。",
    },
    departments: "各市人民政府、省工业和信息化厅",
  },
  {
    id: "SD-ROBOT-11a",
    document: "SD-ROBOT",
    numberAsWritten: "二（三）4",
    category: "innovation-platform",
    type: "N-$",
    quotes: [
      "鼓励济南、青岛、淄博、济宁等地争创国家级机器人检验检测质检中心，对获批国家质检中心、国家产业计量测试中心、国家检测重点实验室的给予奖励。",
    ],
    context: [
      "搭建虚拟仿真环境和真实应用环境，优化布局一批中试基地，将符合条件的中试资源纳入“山东省大型科学仪器设备协作共用网”管理。",
    ],
    summary: {
      en: "An award for winning approval of a national quality-inspection center, national industrial metrology-test center or national testing key laboratory. No amount is given.",
      zh: "获批国家质检中心、国家产业计量测试中心、国家检测重点实验室的给予奖励。未规定金额。",
    },
    departments: DEPT.m11,
  },
  {
    id: "SD-ROBOT-11b",
    document: "SD-ROBOT",
    numberAsWritten: "二（三）4",
    category: "pilot-platform",
    type: "N-$",
    quotes: [
      "支持有条件的高校院所和企业建设概念验证中心，对认定的省级概念验证中心，按规定给予一定支持。",
    ],
    summary: {
      en: 'Recognised provincial concept-verification centers get "some support" under the rules (no base, rate or amount).',
      zh: "认定的省级概念验证中心按规定给予一定支持（未规定基数、比例或金额）。",
    },
    departments: DEPT.m11,
  },
  {
    id: "SD-ROBOT-11c",
    document: "SD-ROBOT",
    numberAsWritten: "二（三）4",
    category: "R&D",
    type: "Q-R",
    quotes: [
      "支持机器人企业加大研发投入，按相关规定给予分档分类后补助，单个企业年度最高补助500万元。",
    ],
    summary: {
      en: "R&D post-subsidy, tiered and categorised under the relevant rules, up to 5,000,000 yuan per enterprise per year.",
      zh: "按相关规定对机器人企业研发投入给予分档分类后补助，单个企业年度最高500万元。",
    },
    departments: DEPT.m11,
    fn: SD_RD_SUBSIDY,
    oneTime: { kind: "annual", because: "单个企业年度最高补助500万元" },
  },
  {
    id: "SD-ROBOT-12a",
    document: "SD-ROBOT",
    numberAsWritten: "二（三）5",
    category: "compute",
    type: "Q-R",
    quotes: [
      "对训练场算力需求、大模型及语料库实施“算力券”、“模型券”、“语料券”奖补，按照相关程序，对符合条件的算力交易合同进行奖补，单个企业累计奖补总额最高500万元；",
    ],
    summary: {
      en: "Compute vouchers on qualifying compute-transaction contracts (for robot training grounds), up to 5,000,000 yuan cumulative per enterprise. No rate is given.",
      zh: "对机器人训练场符合条件的算力交易合同给予“算力券”奖补，单个企业累计最高500万元。未规定比例。",
    },
    departments: DEPT.m12,
    fn: SD_COMPUTE_VOUCHER,
    oneTime: { kind: "annual", because: "对符合条件的算力交易合同进行奖补" },
  },
  {
    id: "SD-ROBOT-12b",
    document: "SD-ROBOT",
    numberAsWritten: "二（三）5",
    category: "model",
    type: "Q",
    quotes: ["对符合条件的大模型产品进行奖补，单个产品给予最高100万元的定额补贴；"],
    summary: {
      en: "Model voucher: a fixed-amount subsidy of up to 1,000,000 yuan per qualifying large-model product.",
      zh: "“模型券”：符合条件的大模型产品，单个产品最高100万元定额补贴。",
    },
    departments: DEPT.m12,
    fn: SD_MODEL_VOUCHER,
    oneTime: { kind: "annual", because: "单个产品给予最高100万元的定额补贴" },
  },
  {
    id: "SD-ROBOT-12c",
    document: "SD-ROBOT",
    numberAsWritten: "二（三）5",
    category: "data",
    type: "Q",
    quotes: ["对符合条件的语料库进行奖补，单个语料库给予最高150万元补贴。"],
    summary: {
      en: "Corpus voucher: up to 1,500,000 yuan per qualifying corpus.",
      zh: "“语料券”：符合条件的语料库，单个语料库最高150万元补贴。",
    },
    departments: DEPT.m12,
    fn: SD_CORPUS_VOUCHER,
    oneTime: { kind: "annual", because: "单个语料库给予最高150万元补贴" },
  },
  {
    id: "SD-ROBOT-13",
    document: "SD-ROBOT",
    numberAsWritten: "二（四）1",
    category: "scenario",
    type: "N",
    quotes: [
      "聚焦制造业、农业、建筑业、商贸物流、安全应急、公共安全、矿山等用户特定场景和工艺需求，打造具有示范带动作用的典型应用案例",
    ],
    summary: {
      en: 'The "Robot+" application action: typical cases across sectors, and embodied-intelligence robots in communities and property services.',
      zh: "实施“机器人+”应用行动：打造各行业典型应用案例，探索在居民社区、物业服务等场景应用具身智能机器人。",
    },
    departments:
      "省工业和信息化厅、省发展改革委、省教育厅、省科技厅、省公安厅、省民政厅、省财政厅、省住建厅、省交通厅、省农业厅、省商务厅、省文旅局、省卫健委、省应急管理厅、省国资委、国家矿山安全监察局山东局",
  },
  {
    id: "SD-ROBOT-14a",
    document: "SD-ROBOT",
    numberAsWritten: "二（四）2",
    category: "scenario",
    type: "Q",
    quotes: [
      "将具有技术水平、创新模式和应用成效的机器人典型示范应用场景纳入“工赋百景”数字化转型揭榜挂帅试点等项目推广范围，按程序分别给予最高100万元、200万元、200万元奖补。",
    ],
    summary: {
      en: "Typical robot demonstration scenarios admitted into the promotion programs 「工赋百景」 / digital-transformation / unveil-the-list pilots receive up to 1,000,000 / 2,000,000 / 2,000,000 yuan respectively.",
      zh: "纳入“工赋百景”、数字化转型、揭榜挂帅试点等项目推广范围的机器人典型示范应用场景，分别最高奖补100万元、200万元、200万元。",
    },
    departments: DEPT.m14,
    fn: SD_SCENARIO_AWARD,
    oneTime: { kind: "annual", because: "按程序分别给予最高100万元、200万元、200万元奖补" },
  },
  {
    id: "SD-ROBOT-14b",
    document: "SD-ROBOT",
    numberAsWritten: "二（四）2",
    category: "first-set",
    type: "N-$",
    quotes: [
      "利用“四首”政策支持新产品推广应用，降低产品市场推广风险。",
      "将机器人应用场景建设纳入国家智能工厂评价内容，鼓励各地在转型升级、智能制造等项目中给予政策支持。",
    ],
    summary: {
      en: 'The "four firsts" (四首) policies, for first sets, first batches, first versions and first uses, support new products. Local support in transformation and smart-manufacturing projects. Amounts are set elsewhere.',
      zh: "利用“四首”（首台套、首批次、首版次、首用）政策支持新产品推广应用；鼓励各地在转型升级、智能制造等项目中给予政策支持。金额另行规定。",
    },
    departments: DEPT.m14,
  },
  {
    id: "SD-ROBOT-15",
    document: "SD-ROBOT",
    numberAsWritten: "二（四）3",
    category: "other",
    type: "N",
    quotes: [
      "鼓励机器人产业与文化教育、艺术娱乐等产业融合，在全省各级博物馆、艺术馆、美术馆、旅游景区等场所增加机器人元素，支持有条件的市规划建设机器人展览馆。",
    ],
    summary: {
      en: "Industry-culture integration, robot exhibition halls, publicity in transport hubs and media.",
      zh: "推动机器人产业与文化教育、艺术娱乐融合，规划建设机器人展览馆，在交通枢纽和媒体开展宣传展示。",
    },
    departments: "省教育厅、省住建厅、省交通厅、省文旅厅、省广电局",
  },
  {
    id: "SD-ROBOT-16",
    document: "SD-ROBOT",
    numberAsWritten: "二（五）1",
    category: "talent",
    type: "N",
    quotes: [
      "通过“一事一议”，面向全球引进机器人战略人才、青年科学家和高层次人才团队，在住房、教育、落户等方面给予灵活配套政策支持。",
    ],
    summary: {
      en: "High-end talent recruitment (urgently needed talent plan, case-by-case deals, Taishan industry leading-talent project, entrepreneurship contest).",
      zh: "扩大高端人才引进（急需紧缺人才项目计划、“一事一议”、泰山产业领军人才工程、高层次人才创业大赛）。",
    },
    departments: "省委组织部、省发展改革委、省教育厅、省科技厅、省工信厅、省人力资源社会保障厅",
  },
  {
    id: "SD-ROBOT-17",
    document: "SD-ROBOT",
    numberAsWritten: "二（五）2",
    category: "talent",
    type: "N",
    quotes: [
      "为符合条件的高技能人才发放“山东惠才卡”，在住房保障、子女就学、职称评聘、交通出行等方面提供支持保障。",
    ],
    summary: {
      en: "Talent training (outstanding engineers, industry–education consortia, training bases) and the 「山东惠才卡」 card for highly skilled talent. The sentence on the Taishan project duplicates one in SD-ROBOT-16.",
      zh: "加强产业人才培养（卓越工程师、产教联合体、实训基地），为高技能人才发放“山东惠才卡”。关于泰山产业领军人才工程的表述与SD-ROBOT-16重复。",
    },
    departments: "省委组织部、省教育厅、省工业和信息化厅、省人力资源社会保障厅",
  },
  {
    id: "SD-ROBOT-18",
    document: "SD-ROBOT",
    numberAsWritten: "二（五）3",
    category: "talent",
    type: "N",
    quotes: [
      "支持机器人企业、高校、行业协会等联合举办机器人职业技能大赛，组织细分行业机器人应用技能和创新创意竞赛，选拔高素质技术技能人才和机器人场景应用新创意新构想。",
    ],
    summary: {
      en: "Skills competitions and entrepreneurship contests (创客中国).",
      zh: "举办机器人职业技能大赛和创新创业赛事（创客中国）。",
    },
    departments: "省人力资源社会保障厅、省工业和信息化厅",
  },
  {
    id: "SD-ROBOT-19",
    document: "SD-ROBOT",
    numberAsWritten: "三（一）",
    category: "other",
    type: "N",
    quotes: [
      "扎实实施标志性产业链“链长制”，深入开展产业链重大问题调查研究，加强跨部门协同合作，推动各类资源要素向机器人产业链集聚。",
    ],
    summary: {
      en: "The chain-leader (链长制) mechanism; cities are encouraged to issue their own measures.",
      zh: "实施产业链“链长制”；鼓励各市出台支持机器人产业发展的措施。",
    },
    departments: "省工业和信息化厅、各市人民政府",
  },
  {
    id: "SD-ROBOT-20",
    document: "SD-ROBOT",
    numberAsWritten: "三（二）",
    category: "listing-finance",
    type: "N",
    quotes: ["对符合条件的机器人投资项目，政府出资收益可按一定比例或全额让渡给其他出资方。"],
    summary: {
      en: "Fund investment, with government returns ceded in part or in full to co-investors; patient capital; IP and equity-pledge loans; financial leasing; export credit.",
      zh: "基金投资，政府出资收益可按一定比例或全额让渡给其他出资方；发展耐心资本；知识产权和股权质押贷款；融资租赁；出口信贷。",
    },
    departments:
      "省财政厅、省委金融办、人民银行山东省分行、山东金融监管局、山东证监局、青岛金融监管局、青岛证监局",
  },
  {
    id: "SD-ROBOT-21",
    document: "SD-ROBOT",
    numberAsWritten: "三（三）",
    category: "other",
    type: "N",
    quotes: [
      "举办机器人产业合作会议、展示展览等活动，支持举办山东省机器人大会，提升产业知名度与影响力。",
    ],
    summary: {
      en: "Publicity via 「山东好成果」, conferences, exhibitions and the Shandong Robot Conference.",
      zh: "利用“山东好成果”等平台宣传推广，举办机器人产业合作会议、展示展览和山东省机器人大会。",
    },
    departments: "省科技厅、省工业和信息化厅、省广电局",
  },
];
