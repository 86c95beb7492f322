/** HLJ-ROBOT clauses (spec §4.1, functions §5.1). */
import { amount, amounts, code, count, rate, receivedToDate } from "../../catalog/params";
import { grouped, wan } from "../../format/money";
import { percent } from "../../format/percent";
import type { Clause, ClauseFunction } from "../../catalog/types";
import {
  type FixedPerItemConstants,
  type PerItemRoomConstants,
  type RangeBandConstants,
  type RateCapByCodeConstants,
  type RateOptionalCapConstants,
  type TierConstants,
  fixedPerItem,
  newlyCrossedTiers,
  perItemCapUnderRoom,
  rangeBand,
  rateCappedByCode,
  rateWithOptionalCap,
} from "../../engine/formulas";
import { HLJAI_SCENARIO_GRANT } from "../heilongjiang-ai/clauses";
import * as hlj from "../heilongjiang-shared";
import { clause as HLJ_ROBOT_02a } from "./clauses/HLJ-ROBOT-02a";

const HLJ_RD_SUBSIDY = hlj.rdPostSubsidyFunction({
  name: "HLJ_RD_SUBSIDY",
  description: {
    en: "Heilongjiang robot R&D subsidy (HLJ-ROBOT-01): base R&D post-subsidy ratios raised by 50%, if last year's R&D ≥ 500,000; cumulative cap 15,000,000 yuan.",
    zh: "黑龙江智能机器人研发补助（HLJ-ROBOT-01）：上年度研发投入50万元以上，按基础比例上浮50%补助，累计最高1500万元。",
  },
  exampleRatios: { stock: "0.02", increment: "0.10" },
  receivedToDate: {
    en: "Already received under this clause (and HLJ-AI-03) during the policy term, in yuan; default 0.",
    zh: "政策期内本条（及HLJ-AI-03）已获补助，元，默认0。",
  },
  constants: { threshold: 500_000, uplift: 1.5, cumulativeCap: 15_000_000 },
  capScope: "Only receipts under this clause and HLJ-AI-03.",
  examples: [
    {
      args: [8_000_000, 6_000_000, 0.02, 0.1],
      expect: 480_000,
      arithmetic:
        "stock 6,000,000 × 0.02 = 120,000; increment 2,000,000 × 0.10 = 200,000; (120,000 + 200,000) × 1.5 = 480,000",
    },
    {
      args: [400_000_000, 300_000_000, 0.02, 0.1, 13_000_000],
      expect: 2_000_000,
      arithmetic:
        "300,000,000 × 0.02 = 6,000,000; 100,000,000 × 0.10 = 10,000,000; 16,000,000 × 1.5 = 24,000,000; room 15,000,000 − 13,000,000 = 2,000,000",
      note: "cap",
    },
    {
      args: [480_000, 300_000, 0.02, 0.1],
      expect: 0,
      arithmetic: "480,000 < 500,000",
      note: "below threshold",
    },
    {
      args: [3_000_000, 4_000_000, 0.02, 0.1],
      expect: 90_000,
      arithmetic:
        "stock min(3,000,000, 4,000,000) × 0.02 = 60,000; increment 0; 60,000 × 1.5 = 90,000",
      note: "R&D fell",
    },
    {
      args: [8_000_000, 6_000_000, 0.02, 0.1, undefined, "TOTAL"],
      expect: 540_000,
      arithmetic: "8,000,000 × 0.02 = 160,000; 2,000,000 × 0.10 = 200,000; 360,000 × 1.5 = 540,000",
      note: "TOTAL basis",
    },
  ],
});

const NATIONAL_CENTER = {
  amount: 10_000_000,
  covered: ["EMERGING", "ENGINEERING", "MANUFACTURING"] as const,
};

const HLJ_NATIONAL_CENTER_GRANT: ClauseFunction<FixedPerItemConstants> = {
  name: "HLJ_NATIONAL_CENTER_GRANT",
  description: {
    en: "Heilongjiang national innovation center grant (HLJ-ROBOT-02b): one-time 10,000,000 yuan per newly recognised national emerging-industry innovation center, industrial-technology engineering center or manufacturing innovation center in robotics.",
    zh: "黑龙江国家级创新中心资助（HLJ-ROBOT-02b）：新认定的智能机器人领域国家新兴产业创新中心、国家产业技术工程化中心、国家制造业创新中心，每个一次性资助1000万元。",
  },
  params: [
    code(
      "center_type",
      { en: "Centre type", zh: "中心类型" },
      [
        {
          value: "EMERGING",
          aliases: ["国家新兴产业创新中心"],
          label: { en: "National emerging-industry innovation center", zh: "国家新兴产业创新中心" },
        },
        {
          value: "ENGINEERING",
          aliases: ["国家产业技术工程化中心"],
          label: {
            en: "National industrial-technology engineering center",
            zh: "国家产业技术工程化中心",
          },
        },
        {
          value: "MANUFACTURING",
          aliases: ["国家制造业创新中心"],
          label: { en: "National manufacturing innovation center", zh: "国家制造业创新中心" },
        },
        {
          value: "PROVINCIAL",
          aliases: ["省级", "部级", "省（部）级"],
          label: {
            en: "Provincial or ministerial platform (HLJ-ROBOT-02c, no amount)",
            zh: "省（部）级创新平台（HLJ-ROBOT-02c，未定金额）",
          },
        },
      ],
      {
        en: 'Type of center: "EMERGING" (国家新兴产业创新中心), "ENGINEERING" (国家产业技术工程化中心) or "MANUFACTURING" (国家制造业创新中心), 10,000,000 each. "PROVINCIAL" (省级, 部级) is accepted and returns 0: provincial/ministerial platforms fall under HLJ-ROBOT-02c, which states no amount.',
        zh: "中心类型：“EMERGING”（国家新兴产业创新中心）、“ENGINEERING”（国家产业技术工程化中心）或“MANUFACTURING”（国家制造业创新中心），每个1000万元。“PROVINCIAL”（省级、部级）可输入，结果为0：省（部）级创新平台属HLJ-ROBOT-02c，按专项细则支持，本政策未定金额。",
      }
    ),
    count(
      "count",
      { en: "Number of centres", zh: "新认定中心数量" },
      {
        en: "Number of such centers newly recognised (新认定); default 1.",
        zh: "新认定的此类中心数量，默认1。",
      },
      { default: 1 }
    ),
  ],
  constants: NATIONAL_CENTER,
  formula: {
    en: "10,000,000 × count for a national emerging-industry, engineering or manufacturing innovation center; 0 for a provincial or ministerial platform. One-time.",
    zh: "国家新兴产业创新中心、国家产业技术工程化中心、国家制造业创新中心：1000万元 × 数量（一次性）；省（部）级平台为0。",
  },
  compute: fixedPerItem({
    codeParam: "center_type",
    countParam: "count",
    label: { en: "One-time grant per national center", zh: "每个国家级中心一次性资助" },
  }),
  ambiguities: [
    {
      issue: "Only newly recognised centers (新认定) qualify.",
      chosen: "Assumed: the function computes the grant once recognised.",
    },
    {
      issue: "Provincial or ministerial platforms.",
      chosen:
        "Accepted as PROVINCIAL and return 0 (Revision 1): they belong to HLJ-ROBOT-02c, which has no amount.",
    },
    {
      issue: "Short names such as 制造业创新中心 without 国家.",
      chosen:
        "Not accepted as aliases: a provincial center of the same name would otherwise be paid as a national one.",
    },
  ],
  examples: [
    { args: ["MANUFACTURING"], expect: 10_000_000, arithmetic: "10,000,000 × 1" },
    {
      args: ["EMERGING", 2],
      expect: 20_000_000,
      arithmetic: "10,000,000 × 2",
      note: "fixed max per center",
    },
    { args: ["ENGINEERING", 0], expect: 0, arithmetic: "10,000,000 × 0", note: "none" },
    {
      args: ["PROVINCIAL"],
      expect: 0,
      arithmetic: "provincial/ministerial platforms are HLJ-ROBOT-02c, which has no amount",
      note: "not covered",
    },
    { args: ["NATIONALX"], expect: "#VALUE!", arithmetic: "unknown code", note: "bad input" },
  ],
};

const HLJ_KEYTECH_GRANT: ClauseFunction<RangeBandConstants> = {
  name: "HLJ_KEYTECH_GRANT",
  description: {
    en: "Heilongjiang key-technology research grant (HLJ-ROBOT-03): 5,000,000–10,000,000 yuan for a qualifying provincial key R&D program project; the request is clipped to 10,000,000, and a request below 5,000,000 is outside the band (#NUM!).",
    zh: "黑龙江关键技术攻关资金（HLJ-ROBOT-03）：符合条件的省重点研发计划项目给予500万元-1000万元科研攻关资金；申请额超过1000万元按1000万元计，低于500万元不在支持区间内（#NUM!）。",
  },
  params: [
    amount(
      "requested_amount",
      { en: "Amount requested", zh: "申请资金" },
      {
        en: "Funding requested, or expected from review, for one qualifying provincial key R&D project, in yuan: 0, or between 5,000,000 and 10,000,000 (more is clipped to 10,000,000).",
        zh: "单个符合条件的省重点研发计划项目申请或预计评审获得的资金，元：填0，或500万元至1000万元之间（超过1000万元按1000万元计）。",
      }
    ),
  ],
  constants: { floor: 5_000_000, cap: 10_000_000 },
  formula: {
    en: "0 → 0; a request in [5,000,000, 10,000,000] as requested; above 10,000,000 → 10,000,000; strictly between 0 and 5,000,000 → #NUM! (outside the 500万元-1000万元 band).",
    zh: "申请额为0时为0；500万元至1000万元之间按申请额；超过1000万元按1000万元；大于0且小于500万元不在“500万元-1000万元”区间内，返回#NUM!。",
  },
  compute: rangeBand("requested_amount"),
  ambiguities: [
    {
      issue: "「500万元-1000万元」: a request below 5,000,000.",
      chosen:
        "Revision 1: the band is the programme's funding range; a request strictly between 0 and 5,000,000 is outside it → #NUM! with a message.",
      alternative:
        "Raise the request to the 5,000,000 floor (rejected: it creates income nobody applied for).",
    },
    {
      issue: "The amount's link to the project budget.",
      chosen: "None: the text does not tie the amount to the budget.",
    },
  ],
  examples: [
    { args: [7_500_000], expect: 7_500_000, arithmetic: "inside [5,000,000, 10,000,000]" },
    {
      args: [12_000_000],
      expect: 10_000_000,
      arithmetic: "min(12,000,000, 10,000,000)",
      note: "cap",
    },
    {
      args: [3_000_000],
      expect: "#NUM!",
      arithmetic: "0 < 3,000,000 < 5,000,000",
      note: "below the band",
    },
    { args: [5_000_000], expect: 5_000_000, arithmetic: "inside the band", note: "at the floor" },
    { args: [0], expect: 0, arithmetic: "no request" },
  ],
};

const HLJ_PILOT_PLATFORM_GRANT = hlj.pilotPlatformGrantFunction({
  name: "HLJ_PILOT_PLATFORM_GRANT",
  description: {
    en: "Heilongjiang robot concept-verification / pilot platform grant (HLJ-ROBOT-04): up to 30% of total investment in a newly built, recognised platform as graded by the performance evaluation, up to 10,000,000 yuan.",
    zh: "黑龙江智能机器人概念验证中心、中试熟化平台资助（HLJ-ROBOT-04）：经认定的新建平台，根据绩效评价结果按总投资额的30%（最高比例）给予资助，最高1000万元。",
  },
  totalInvestment: {
    en: "Total investment (总投资额) in the newly built concept-verification center or pilot-scale maturation platform, in yuan.",
    zh: "新建概念验证中心或中试熟化平台的总投资额，元。",
  },
  constants: { rate: 0.3, cap: 10_000_000 },
  examples: [
    { args: [20_000_000], expect: 6_000_000, arithmetic: "20,000,000 × 0.30" },
    { args: [40_000_000], expect: 10_000_000, arithmetic: "12,000,000 → cap", note: "cap" },
    { args: [0], expect: 0, arithmetic: "0 × 0.30" },
    {
      args: [20_000_000, 0.2],
      expect: 4_000_000,
      arithmetic: "20,000,000 × 0.20 = 4,000,000 (graded rate)",
      note: "graded",
    },
    {
      args: [20_000_000, 0.31],
      expect: "#NUM!",
      arithmetic: "0.31 > 0.30, the policy maximum",
      note: "above the maximum rate",
    },
  ],
});

const INDUSTRIALIZATION = { rate: 0.2, cap: 50_000_000 };

const HLJ_INDUSTRIALIZATION_GRANT: ClauseFunction<RateOptionalCapConstants> = {
  name: "HLJ_INDUSTRIALIZATION_GRANT",
  description: {
    en: "Heilongjiang robot industrialization grant (HLJ-ROBOT-05): 20% of the project's approved total investment, in principle at most 50,000,000 yuan per project.",
    zh: "黑龙江智能机器人成果产业化资金（HLJ-ROBOT-05）：按项目核定总投资的20%安排资金，原则上单个项目不超过5000万元。",
  },
  params: [
    amount(
      "approved_total_investment",
      { en: "Approved total investment", zh: "项目核定总投资" },
      {
        en: "Approved total investment of the project (项目核定总投资), in yuan.",
        zh: "项目核定总投资，元。",
      }
    ),
    hlj.inPrincipleCap(INDUSTRIALIZATION.cap),
  ],
  constants: INDUSTRIALIZATION,
  formula: {
    en: "min(20% × approved total investment, cap), cap 50,000,000 unless an approved exception is entered; reached at 250,000,000 of investment.",
    zh: "min(项目核定总投资×20%, 上限)，上限默认5000万元（可填写获批例外）；核定总投资达2.5亿元时封顶。",
  },
  compute: rateWithOptionalCap(
    {
      param: "approved_total_investment",
      label: { en: "Approved total investment", zh: "项目核定总投资" },
    },
    { capParam: "cap" }
  ),
  remarks: hlj.inPrincipleCapRemarks,
  ambiguities: [hlj.inPrincipleCapAmbiguity(INDUSTRIALIZATION.cap)],
  examples: [
    { args: [80_000_000], expect: 16_000_000, arithmetic: "80,000,000 × 0.20" },
    {
      args: [400_000_000],
      expect: 50_000_000,
      arithmetic: "80,000,000 → cap 50,000,000",
      note: "cap",
    },
    {
      args: [400_000_000, 80_000_000],
      expect: 80_000_000,
      arithmetic: "80,000,000 ≤ cap 80,000,000",
      note: "exception",
    },
    { args: [0], expect: 0, arithmetic: "–" },
  ],
};

const HLJ_DIGITAL_FACTORY_SUBSIDY: ClauseFunction<RateCapByCodeConstants> = {
  name: "HLJ_DIGITAL_FACTORY_SUBSIDY",
  description: {
    en: "Heilongjiang digital workshop / smart factory subsidy (HLJ-ROBOT-07b): one-time 10% of the project contract amount, up to 2,000,000 yuan for a digital workshop (production line) and 10,000,000 yuan for a smart factory.",
    zh: "黑龙江数字化车间、智能工厂补助（HLJ-ROBOT-07b）：按项目合同金额的10%给予一次性补助，数字化车间（生产线）最高200万元，智能工厂最高1000万元。",
  },
  params: [
    amount(
      "contract_amount",
      { en: "Contract amount", zh: "项目合同金额" },
      {
        en: "Project contract amount, including equipment investment, industrial-software purchases and other digital-construction costs, in yuan.",
        zh: "项目合同金额（含设备投资和工业软件购置等数字化建设费用），元。",
      }
    ),
    code(
      "type",
      { en: "Type", zh: "建设类型" },
      [
        {
          value: "WORKSHOP",
          aliases: ["LINE", "数字化车间", "生产线", "数字化车间（生产线）"],
          label: { en: "Digital workshop (production line)", zh: "数字化车间（生产线）" },
        },
        { value: "FACTORY", aliases: ["智能工厂"], label: { en: "Smart factory", zh: "智能工厂" } },
      ],
      {
        en: '"WORKSHOP" or "LINE" (数字化车间, 生产线): cap 2,000,000. "FACTORY" (智能工厂): cap 10,000,000.',
        zh: "“WORKSHOP”或“LINE”（数字化车间、生产线）：上限200万元；“FACTORY”（智能工厂）：上限1000万元。",
      }
    ),
  ],
  constants: { rate: 0.1, caps: { WORKSHOP: 2_000_000, FACTORY: 10_000_000 } },
  formula: {
    en: "min(10% × contract amount, cap): 2,000,000 for a digital workshop or production line, 10,000,000 for a smart factory. One-time.",
    zh: "min(项目合同金额×10%, 上限)：数字化车间（生产线）200万元，智能工厂1000万元。一次性。",
  },
  compute: rateCappedByCode(
    { param: "contract_amount", label: { en: "Project contract amount", zh: "项目合同金额" } },
    "type"
  ),
  ambiguities: [
    {
      issue: "「最高分别不超过200万元和1000万元」",
      chosen: "Mapped in listing order: workshop/line 2,000,000, smart factory 10,000,000.",
    },
  ],
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

const HLJ_REVENUE_MILESTONE_AWARD: ClauseFunction<TierConstants> = {
  name: "HLJ_REVENUE_MILESTONE_AWARD",
  description: {
    en: "Heilongjiang robot revenue milestone award (HLJ-ROBOT-09): one-time 500,000 / 2,000,000 / 3,000,000 / 5,000,000 yuan when annual revenue first exceeds 10M / 50M / 100M / 300M yuan; by default the highest tier newly crossed.",
    zh: "黑龙江智能机器人营收规模奖励（HLJ-ROBOT-09）：年营收首次超过1000万元、5000万元、1亿元、3亿元的，分别一次性奖励50万元、200万元、300万元、500万元；默认按新跨越的最高档计。",
  },
  params: [
    amount(
      "annual_revenue",
      { en: "Annual revenue", zh: "年营业收入" },
      {
        en: "The robot manufacturer's annual operating revenue (年营收) for the year assessed, in yuan (the whole enterprise's revenue).",
        zh: "智能机器人制造企业被评估年度的年营业收入，元（企业全部营收）。",
      }
    ),
    amount(
      "prior_max_revenue",
      { en: "Highest earlier revenue", zh: "以往最高年营收" },
      {
        en: "Highest annual revenue in any earlier year, in yuan, to test 「首次」 (first time); default 0.",
        zh: "以往任一年度的最高年营收，元，用于判断是否“首次”超过；默认0。",
      },
      { default: 0 }
    ),
    code(
      "mode",
      { en: "Tier mode", zh: "跨档计算方式" },
      [
        {
          value: "HIGHEST",
          aliases: ["就高", "最高档"],
          label: { en: "Highest tier newly crossed", zh: "按新跨越的最高档" },
        },
        {
          value: "SUM",
          aliases: ["累加", "逐档累加"],
          label: { en: "Every tier newly crossed", zh: "新跨越各档累加" },
        },
        {
          value: "TOP_UP",
          aliases: ["就高补差", "补差"],
          label: {
            en: "Highest tier less the tier passed before (top-up)",
            zh: "就高补差：最高档扣除以往已超过档次的奖励",
          },
        },
      ],
      {
        en: 'How to pay when several tiers are crossed in one year. Default "HIGHEST": the largest tier newly crossed (Revision 1: 「分别」 maps each tier to its amount, the document\'s 「从优、就高、不重复」 and implementing practice pay the highest tier on a jump; the conservative base case). "SUM": every tier newly crossed. "TOP_UP" (就高补差, Revision 2): the award of the highest tier passed this year less the award of the highest tier prior_max_revenue passed, which is taken as claimed then.',
        zh: "同一年跨越多个档次时的计算方式。默认“HIGHEST”：按新跨越的最高档奖励（“分别”仅将各档对应各自金额，本政策“从优、就高、不重复”，实施细则通常跨档按最高档，属稳健口径）。“SUM”：新跨越的各档累加。“TOP_UP”（就高补差）：本年超过的最高档奖励，减去以往最高年营收已超过的最高档奖励（视为当时已领取）。",
      },
      { default: "HIGHEST" }
    ),
  ],
  constants: {
    tiers: [
      { threshold: 10_000_000, award: 500_000 },
      { threshold: 50_000_000, award: 2_000_000 },
      { threshold: 100_000_000, award: 3_000_000 },
      { threshold: 300_000_000, award: 5_000_000 },
    ],
    op: ">",
  },
  formula: {
    en: "A tier T is newly crossed when revenue > T and prior max revenue ≤ T (「超过」 is strict). Tiers: > 10,000,000 → 500,000; > 50,000,000 → 2,000,000; > 100,000,000 → 3,000,000; > 300,000,000 → 5,000,000. HIGHEST (default) pays the largest newly crossed tier; SUM pays them all (lifetime at most 10,500,000); TOP_UP pays the largest newly crossed tier less the award of the highest tier prior max revenue passed (lifetime at most 5,000,000, whatever the path).",
    zh: "本年营收>T且以往最高营收≤T时为新跨越T档（“超过”不含本数）。各档：超过1000万元奖50万元；超过5000万元奖200万元；超过1亿元奖300万元；超过3亿元奖500万元。默认按新跨越的最高档；选“SUM”则各档累加（累计最多1050万元）；选“TOP_UP”则就高补差：新跨越的最高档扣除以往已超过的最高档奖励（无论增长路径，累计最多500万元）。",
  },
  compute: newlyCrossedTiers({
    valueParam: "annual_revenue",
    valueLabel: { en: "Annual revenue", zh: "年营收" },
    priorParam: "prior_max_revenue",
    priorLabel: { en: "Prior max revenue", zh: "以往最高年营收" },
    modeParam: "mode",
  }),
  readings: [{ param: "mode", values: ["HIGHEST", "SUM", "TOP_UP"] }],
  ambiguities: [
    {
      issue: "Several tiers crossed in one year.",
      chosen:
        "HIGHEST (Revision 1): 「分别」 maps each tier to its amount and does not say a multi-tier jump pays every tier; 「从优、就高、不重复」 and 跨档按最高档 practice; conservative base case.",
      alternative:
        'SUM (mode = "SUM"): each 「首次超过」 its own one-time award, the literal 「分别」. TOP_UP (mode = "TOP_UP", 就高补差, Revision 2): the highest tier less the one passed before, taken as claimed then; path-independent. HIGHEST pays a firm that jumps tiers less than one that climbs them one a year; EXPLAIN and the calculator show all three.',
      reading: "mode",
    },
    {
      issue: "What 「首次」 is measured against.",
      chosen: "The company's whole history, through prior_max_revenue.",
      alternative: "Only years inside the policy term: pass the maximum within the term.",
    },
    {
      issue: "Whose revenue.",
      chosen: "The whole enterprise's revenue, not only its robot products.",
    },
  ],
  examples: [
    {
      args: [62_000_000, 45_000_000],
      expect: 2_000_000,
      arithmetic: "only 50,000,000 newly crossed",
    },
    {
      args: [320_000_000, 9_000_000],
      expect: 5_000_000,
      arithmetic: "10M, 50M, 100M and 300M all newly crossed; HIGHEST pays the largest",
      note: "jump, default",
    },
    {
      args: [320_000_000, 9_000_000, "SUM"],
      expect: 10_500_000,
      arithmetic: "500,000 + 2,000,000 + 3,000,000 + 5,000,000",
      note: "jump, SUM",
    },
    {
      args: [320_000_000, 60_000_000, "TOP_UP"],
      expect: 3_000_000,
      arithmetic:
        "highest tier passed now 300M → 5,000,000; prior 60M passed 50M → 2,000,000; 5,000,000 − 2,000,000",
      note: "TOP_UP",
    },
    {
      args: [60_000_000, 0, "TOP_UP"],
      expect: 2_000_000,
      arithmetic: "60M passes 50M → 2,000,000; prior 0 passed no tier → − 0",
      note: "TOP_UP, first year",
    },
    {
      args: [100_000_000, 50_000_000, "TOP_UP"],
      expect: 1_500_000,
      arithmetic:
        "100M is not > 100M, passes 50M → 2,000,000; 50M is not > 50M, passes 10M → 500,000; 2,000,000 − 500,000",
      note: "TOP_UP, at the thresholds",
    },
    {
      args: [10_000_000],
      expect: 0,
      arithmetic: "10,000,000 is not > 10,000,000",
      note: "below threshold",
    },
    { args: [80_000_000, 120_000_000], expect: 0, arithmetic: "no tier newly crossed" },
  ],
};

/** HLJ-AI-08's rate and cap: the benchmark HLJ-ROBOT-10 names for a comparable scenario (same 省发展改革委 program). */
const AI_08 = HLJAI_SCENARIO_GRANT.constants;

const HLJ_SCENARIO_SUBSIDY: ClauseFunction<RateOptionalCapConstants> = {
  name: "HLJ_SCENARIO_SUBSIDY",
  description: {
    en: `Heilongjiang robot application-scenario investment subsidy (HLJ-ROBOT-10): the text states no rate and no cap, so both are your inputs (benchmark: ${percent(AI_08.rate)} and ${grouped(AI_08.cap)} under HLJ-AI-08).`,
    zh: `黑龙江智能机器人应用场景投资补助（HLJ-ROBOT-10）：原文未规定比例和上限，均由用户输入（可参照HLJ-AI-08：${percent(AI_08.rate)}、${wan(AI_08.cap)}）。`,
  },
  params: [
    amount(
      "scenario_investment",
      { en: "Scenario investment", zh: "场景投资额" },
      {
        en: "Investment in the application scenario (the basis of 「投资补助」), in yuan.",
        zh: "应用场景投资额（“投资补助”的基数），元。",
      }
    ),
    rate(
      "rate",
      { en: "Subsidy rate", zh: "补助比例" },
      {
        en: `Subsidy rate, e.g. ${AI_08.rate} for ${percent(AI_08.rate)}. Not stated in the text; benchmark ${AI_08.rate} under HLJ-AI-08 (the same 省发展改革委 program). Confirm it.`,
        zh: `补助比例，如${AI_08.rate}表示${percent(AI_08.rate)}。原文未规定；可参照同一省发展改革委项目HLJ-AI-08的${percent(AI_08.rate)}，须自行确认。`,
      }
    ),
    amount(
      "cap",
      { en: "Cap per scenario", zh: "单个场景补助上限" },
      {
        en: `Per-scenario cap, in yuan; none stated, so no cap when omitted. Benchmark ${grouped(AI_08.cap)} under HLJ-AI-08.`,
        zh: `单个场景补助上限，元；原文未规定，不填则不设上限。可参照HLJ-AI-08的${wan(AI_08.cap)}。`,
      },
      { optional: true }
    ),
  ],
  constants: {},
  formula: {
    en: "scenario investment × rate, at most cap when one is given. The text states neither rate nor cap.",
    zh: "场景投资额×补助比例；如填写上限则不超过上限。原文未规定比例和上限。",
  },
  compute: rateWithOptionalCap(
    { param: "scenario_investment", label: { en: "Scenario investment", zh: "场景投资额" } },
    { rateParam: "rate", capParam: "cap" }
  ),
  // Revision 2: an omitted cap is computed without one, and said in words beside the award.
  remarks: (args) =>
    args.cap === undefined
      ? [
          {
            en: `no cap is stated in the text (HLJ-AI-08 sets ${grouped(AI_08.cap)} for a comparable scenario)`,
            zh: `原文未规定上限（HLJ-AI-08对可比场景规定为${wan(AI_08.cap)}）`,
          },
        ]
      : [],
  ambiguities: [
    {
      issue: "「投资补助」 with no rate and no cap.",
      chosen: `Rate required, cap optional (omitted: no cap, and EXPLAIN and the calculator say so); practice is probably the HLJ-AI-08 formula (${percent(AI_08.rate)} of approved investment, cap ${grouped(AI_08.cap)}), an assumption the user must confirm.`,
      alternative: "Treat the clause as unquantifiable.",
    },
  ],
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
};

const HLJ_LAUNCH_EVENT_SUBSIDY = hlj.launchEventSubsidyFunction({
  name: "HLJ_LAUNCH_EVENT_SUBSIDY",
  description: {
    en: "Heilongjiang robot launch-event subsidy (HLJ-ROBOT-11): 30% of actual costs of a qualifying first-launch / first-show / first-exhibition event, up to 300,000 yuan per event.",
    zh: "黑龙江智能机器人首发活动补助（HLJ-ROBOT-11）：符合条件的首发、首秀、首展活动，按实际发生费用的30%给予补助，每场最高30万元。",
  },
  constants: { rate: 0.3, cap: 300_000 },
  examples: [
    { args: [400_000], expect: 120_000, arithmetic: "400,000 × 0.30" },
    { args: [1_500_000], expect: 300_000, arithmetic: "450,000 → cap", note: "cap" },
    { args: [0], expect: 0, arithmetic: "–" },
  ],
});

const HLJ_FIRST_SET_AWARD: ClauseFunction<PerItemRoomConstants> = {
  name: "HLJ_FIRST_SET_AWARD",
  description: {
    en: "Heilongjiang first-set (首台套) award (HLJ-ROBOT-12): one-time 50% of the transaction price of one unit/set of each recognised product worth ≥ 500,000 yuan, up to 2,000,000 per unit/set and 5,000,000 per enterprise per year.",
    zh: "黑龙江首台（套）奖励（HLJ-ROBOT-12）：获省首台（套）认定、产品价值50万元以上的，按单台（套）实际成交价的50%一次性奖励，单台（套）上限200万元，每户企业每年合计不超过500万元。",
  },
  params: [
    amounts(
      "unit_prices",
      { en: "Unit prices", zh: "单台套成交价" },
      {
        en: "One cell per product recognised as a provincial first set: the actual transaction price (实际成交价) of a single unit/set of that product, in yuan. Blank cells are skipped.",
        zh: "每个获省首台（套）认定的产品填一格：该产品单台（套）实际成交价，元。空格忽略。",
      }
    ),
    receivedToDate(
      { en: "Received this year", zh: "本年度已获奖励" },
      {
        en: "First-set awards already received under this clause by the enterprise in the same year, in yuan; default 0. Annual cap 5,000,000.",
        zh: "企业同一年度已获本条首台（套）奖励，元，默认0。年度上限500万元。",
      }
    ),
  ],
  constants: {
    threshold: 500_000,
    thresholdOp: ">=",
    rate: 0.5,
    perUnitCap: 2_000_000,
    annualCap: 5_000_000,
  },
  formula: {
    en: "For each product price p: min(50% × p, 2,000,000) if p ≥ 500,000 (「50万元以上」 includes 500,000), else 0; sum; then at most the room left under 5,000,000 a year (5,000,000 − received_to_date).",
    zh: "每个产品成交价p：p≥50万元（“以上”含本数）时取min(p×50%, 200万元)，否则为0；合计后不超过年度500万元上限的剩余额度（500万元−本年已获）。",
  },
  compute: perItemCapUnderRoom({
    itemsParam: "unit_prices",
    itemLabel: { en: "Product", zh: "产品" },
  }),
  ambiguities: [
    {
      issue: "Threshold 「产品价值」 versus base 「实际成交价」.",
      chosen: "Both are the unit transaction price.",
      alternative: "An appraised product value: enter only products whose value is ≥ 500,000.",
    },
    {
      issue: "Per product or per unit sold.",
      chosen:
        "One award per recognised product (the first set); ten units sold still give one award.",
    },
    { issue: "Which year's cap.", chosen: "The annual cap applies to the year of the award." },
  ],
  examples: [
    { args: [[[1_200_000]]], expect: 600_000, arithmetic: "1,200,000 × 0.5" },
    {
      args: [[[6_000_000], [5_000_000], [3_000_000]]],
      expect: 5_000_000,
      arithmetic:
        "min(3,000,000, 2,000,000) + min(2,500,000, 2,000,000) + 1,500,000 = 5,500,000 → annual cap",
      note: "per-unit and annual cap",
    },
    { args: [[[480_000]]], expect: 0, arithmetic: "480,000 < 500,000", note: "below threshold" },
    {
      args: [[[3_000_000], [800_000]], 4_000_000],
      expect: 1_000_000,
      arithmetic: "1,500,000 + 400,000 = 1,900,000; room left 5,000,000 − 4,000,000 = 1,000,000",
    },
  ],
};

const HLJ_DATASET_GRANT = hlj.datasetGrantFunction({
  name: "HLJ_DATASET_GRANT",
  description: {
    en: "Heilongjiang robot high-quality dataset grant (HLJ-ROBOT-13a): up to 2,000,000 yuan per certified dataset, by data size, value density and application effect.",
    zh: "黑龙江高质量数据集资金支持（HLJ-ROBOT-13a）：经认证的高质量数据集，根据数据规模、价值密度及应用效果，最高给予200万元。",
  },
  perItem: { en: "one certified high-quality dataset", zh: "单个经认证高质量数据集" },
  constants: { cap: 2_000_000 },
  examples: [
    { args: [1_500_000], expect: 1_500_000, arithmetic: "below cap" },
    { args: [2_600_000], expect: 2_000_000, arithmetic: "→ cap", note: "cap" },
    { args: [], expect: 2_000_000, arithmetic: "default = cap", note: "default" },
  ],
});

const HLJ_DATA_VOUCHER = hlj.dataVoucherFunction({
  name: "HLJ_DATA_VOUCHER",
  description: {
    en: "Heilongjiang data voucher (HLJ-ROBOT-13b): 10% of the purchaser's annual data-product transactions, up to 1,000,000 yuan per purchaser per year (shared with HLJ-AI-06c).",
    zh: "黑龙江“数据券”补贴（HLJ-ROBOT-13b）：按年度数据交易金额的10%给予采购主体补贴，单个采购主体年度最高100万元（与HLJ-AI-06c共用）。",
  },
  id: "HLJ-ROBOT-13b",
  sharedWith: "HLJ-AI-06c",
  constants: { rate: 0.1, cap: 1_000_000 },
  examples: [
    { args: [2_500_000], expect: 250_000, arithmetic: "2,500,000 × 0.10" },
    { args: [18_000_000], expect: 1_000_000, arithmetic: "1,800,000 → cap", note: "cap" },
    {
      args: [6_000_000, 800_000],
      expect: 200_000,
      arithmetic: "min(600,000, 1,000,000 − 800,000)",
      note: "partly used cap",
    },
  ],
});

export const clauses: Clause[] = [
  {
    id: "HLJ-ROBOT-01",
    document: "HLJ-ROBOT",
    numberAsWritten: "二（一）1",
    category: "R&D",
    type: "Q-X",
    quotes: [
      "对研发投入50万元以上且符合条件的智能机器人企业，按照企业上年度研发投入存量和增量部分，给予基础比例上浮50%的补助支持，累计最高不超过1500万元。",
    ],
    summary: {
      en: "Robot enterprises with R&D spending ≥ 500,000 yuan get the provincial base R&D-subsidy ratios, applied to the stock and increment parts of last year's R&D, raised by 50%; cumulative cap 15,000,000 yuan.",
      zh: "研发投入50万元以上的智能机器人企业，按上年度研发投入存量和增量部分，给予基础比例上浮50%的补助，累计最高1500万元。",
    },
    departments: "省工业和信息化厅、省科技厅、省财政厅，各市（地）人民政府（行署）按职能分工负责",
    fn: HLJ_RD_SUBSIDY,
    oneTime: { kind: "annual", because: "按照企业上年度研发投入存量和增量部分" },
  },
  HLJ_ROBOT_02a,
  {
    id: "HLJ-ROBOT-02b",
    document: "HLJ-ROBOT",
    numberAsWritten: "二（一）2",
    category: "innovation-platform",
    type: "Q",
    quotes: [
      "对新认定的智能机器人领域国家新兴产业创新中心、国家产业技术工程化中心、国家制造业创新中心，给予一次性1000万元资助。",
    ],
    summary: {
      en: "Each newly recognised national emerging-industry innovation center, national industrial-technology engineering center or national manufacturing innovation center in robotics gets a one-time grant of 10,000,000 yuan.",
      zh: "新认定的智能机器人领域国家新兴产业创新中心、国家产业技术工程化中心、国家制造业创新中心，每个给予一次性1000万元资助。",
    },
    departments:
      "省发展改革委、省科技厅、省工业和信息化厅、省财政厅，各市（地）人民政府（行署）按职能分工负责",
    fn: HLJ_NATIONAL_CENTER_GRANT,
    oneTime: {
      kind: "units",
      because: "对新认定的智能机器人领域国家新兴产业创新中心",
      param: "count",
    },
  },
  {
    id: "HLJ-ROBOT-02c",
    document: "HLJ-ROBOT",
    numberAsWritten: "二（一）2",
    category: "innovation-platform",
    type: "N-$",
    quotes: ["对智能机器人领域获批的省（部）级创新平台，按照科技创新平台专项支持细则给予支持。"],
    context: [
      "支持企业围绕智能机器人控制器、传感器、灵巧手、操作系统等关键技术，牵头建设企业技术中心、制造业创新中心、产业技术工程化中心等创新平台。",
    ],
    summary: {
      en: "Approved provincial/ministerial innovation platforms in robotics are supported under the separate implementing rules for sci-tech innovation platforms. No amount is given here.",
      zh: "智能机器人领域获批的省（部）级创新平台，按照科技创新平台专项支持细则给予支持，本政策未定金额。",
    },
    departments:
      "省发展改革委、省科技厅、省工业和信息化厅、省财政厅，各市（地）人民政府（行署）按职能分工负责",
  },
  {
    id: "HLJ-ROBOT-03",
    document: "HLJ-ROBOT",
    numberAsWritten: "二（一）3",
    category: "key-tech",
    type: "Q",
    quotes: [
      "支持智能机器人企业申报省重点研发计划",
      "对符合条件的项目给予500万元-1000万元科研攻关资金支持。",
    ],
    summary: {
      en: "Qualifying projects under the provincial key R&D program (robot chips, controllers, sensors, companion large models, core software and algorithms, robot bodies and integration) receive 5,000,000–10,000,000 yuan of research funding.",
      zh: "省重点研发计划中符合条件的智能机器人项目（专用芯片、控制器、传感器，配套大模型、核心软件及算法，本体制造与集成等），给予500万元-1000万元科研攻关资金支持。",
    },
    departments:
      "省发展改革委、省工业和信息化厅、省科技厅、省财政厅，各市（地）人民政府（行署）按职能分工负责",
    fn: HLJ_KEYTECH_GRANT,
    oneTime: { kind: "row", because: "对符合条件的项目给予500万元-1000万元科研攻关资金支持" },
  },
  {
    id: "HLJ-ROBOT-04",
    document: "HLJ-ROBOT",
    numberAsWritten: "二（一）4",
    category: "pilot-platform",
    type: "Q",
    quotes: [
      "经科技主管部门认定的新建概念验证中心、中试熟化平台，根据绩效评价结果，按总投资额的30%最高给予1000万元资助。",
    ],
    summary: {
      en: "Newly built concept-verification centers and pilot-scale maturation platforms recognised by the sci-tech authority receive, according to the performance evaluation, 30% of total investment, up to 10,000,000 yuan.",
      zh: "经科技主管部门认定的新建概念验证中心、中试熟化平台，根据绩效评价结果，按总投资额的30%给予资助，最高1000万元。",
    },
    departments: "省发展改革委、省科技厅、省财政厅，各市（地）人民政府（行署）按职能分工负责",
    fn: HLJ_PILOT_PLATFORM_GRANT,
    oneTime: { kind: "row", because: "按总投资额的30%最高给予1000万元资助" },
  },
  {
    id: "HLJ-ROBOT-05",
    document: "HLJ-ROBOT",
    numberAsWritten: "二（二）5",
    category: "industrialization",
    type: "Q",
    quotes: [
      "对智能机器人领域符合条件的项目，按照项目核定总投资的20%安排资金，原则上单个项目支持金额不超过5000万元。",
    ],
    summary: {
      en: "Qualifying robot industrialization projects receive 20% of approved total investment, in principle at most 50,000,000 yuan per project.",
      zh: "智能机器人领域符合条件的产业化项目，按项目核定总投资的20%安排资金，原则上单个项目不超过5000万元。",
    },
    departments: "省发展改革委、省财政厅，各市（地）人民政府（行署）按职能分工负责",
    fn: HLJ_INDUSTRIALIZATION_GRANT,
    oneTime: { kind: "row", because: "原则上单个项目支持金额不超过5000万元" },
  },
  {
    id: "HLJ-ROBOT-06",
    document: "HLJ-ROBOT",
    numberAsWritten: "二（二）6",
    category: "land-space",
    type: "N",
    quotes: ["在哈尔滨新区（高新区）高质量建设智能机器人岛，全力打造国家级机器人产业基地。"],
    summary: {
      en: 'Build the "Intelligent Robot Island" in Harbin New Area (High-tech Zone) as a national robot industry base, building on national-level platforms such as the HIT robotics national key laboratory.',
      zh: "依托哈工大机器人技术与系统全国重点实验室等国家级平台，在哈尔滨新区（高新区）建设智能机器人岛，打造国家级机器人产业基地。",
    },
    departments:
      "省发展改革委、省科技厅、省工业和信息化厅、省财政厅，各市（地）人民政府（行署）按职能分工负责",
  },
  {
    id: "HLJ-ROBOT-07a",
    document: "HLJ-ROBOT",
    numberAsWritten: "二（二）7",
    category: "investment",
    type: "N-$",
    quotes: ["对符合企业技术改造政策要求的，予以省级财政资金奖励支持。"],
    context: [
      "对符合条件的改造升级、用能设备更新改造项目，在争取国家设备更新超长期特别国债等资金时予以支持。",
    ],
    summary: {
      en: "Technology-transformation projects that meet the provincial technology-transformation policy receive provincial fiscal rewards. The amount is set by that other policy. The likely referent is item 1 of 《黑龙江省推动工业振兴若干政策措施》: LPR interest subsidy for 12 months, capped at 8,000,000 yuan, or 24 months capped at 25,000,000 yuan for projects of 200,000,000 yuan or more. That link is unverified (see §7).",
      zh: "符合企业技术改造政策要求的项目，予以省级财政资金奖励，金额由技术改造政策另行规定（可能指《黑龙江省推动工业振兴若干政策措施》第1条的LPR贴息，该对应关系未经核实）。",
    },
    departments:
      "省工业和信息化厅、省发展改革委、省财政厅，各市（地）人民政府（行署）按职能分工负责",
  },
  {
    id: "HLJ-ROBOT-07b",
    document: "HLJ-ROBOT",
    numberAsWritten: "二（二）7",
    category: "digital-factory",
    type: "Q",
    quotes: [
      "对经认定的数字化车间（生产线）和智能工厂，按项目合同金额（含设备投资和工业软件购置等数字化建设费用）给予10%的一次性补助，最高分别不超过200万元和1000万元。",
    ],
    summary: {
      en: "Recognised digital workshops (production lines) and smart factories receive a one-time 10% of project contract value (including equipment and industrial software), capped at 2,000,000 yuan (workshop/line) and 10,000,000 yuan (smart factory).",
      zh: "经认定的数字化车间（生产线）和智能工厂，按项目合同金额（含设备投资和工业软件购置等）的10%给予一次性补助，最高分别不超过200万元和1000万元。",
    },
    departments:
      "省工业和信息化厅、省发展改革委、省财政厅，各市（地）人民政府（行署）按职能分工负责",
    fn: HLJ_DIGITAL_FACTORY_SUBSIDY,
    oneTime: {
      kind: "code",
      because: "给予10%的一次性补助，最高分别不超过200万元和1000万元",
      param: "type",
    },
  },
  {
    id: "HLJ-ROBOT-08",
    document: "HLJ-ROBOT",
    numberAsWritten: "二（二）8",
    category: "other",
    type: "N",
    quotes: ["为智能机器人配套项目提供要素保障，予以重点推动建设。"],
    summary: {
      en: "Supply-chain projects (sensors, reducers, precision arms for robot assemblers) get factor-of-production guarantees and priority promotion.",
      zh: "为智能机器人总装企业配套的传感器、减速器、高精度机械臂等项目提供要素保障，予以重点推动建设。",
    },
    departments:
      "省工业和信息化厅、省发展改革委、省财政厅，各市（地）人民政府（行署）按职能分工负责",
  },
  {
    id: "HLJ-ROBOT-09",
    document: "HLJ-ROBOT",
    numberAsWritten: "二（二）9",
    category: "revenue-milestone",
    type: "Q",
    quotes: [
      "对智能机器人制造企业年营收规模首次超过1000万元、5000万元、1亿元、3亿元的，分别给予一次性50万元、200万元、300万元、500万元奖励支持。",
    ],
    summary: {
      en: "A robot manufacturer whose annual revenue exceeds 10M / 50M / 100M / 300M yuan for the first time gets one-time awards of 500,000 / 2,000,000 / 3,000,000 / 5,000,000 yuan respectively.",
      zh: "智能机器人制造企业年营收规模首次超过1000万元、5000万元、1亿元、3亿元的，分别给予一次性50万元、200万元、300万元、500万元奖励。",
    },
    departments: "省工业和信息化厅、省财政厅，各市（地）人民政府（行署）按职能分工负责",
    fn: HLJ_REVENUE_MILESTONE_AWARD,
    oneTime: { kind: "tiers", because: "年营收规模首次超过1000万元、5000万元、1亿元、3亿元的" },
  },
  {
    id: "HLJ-ROBOT-10",
    document: "HLJ-ROBOT",
    numberAsWritten: "二（三）10",
    category: "scenario",
    type: "Q-R",
    quotes: [
      "给予符合条件的应用场景投资补助支持。推荐符合条件的项目纳入国家标志性重大应用场景项目清单。",
    ],
    summary: {
      en: "Qualifying application scenarios built by robot firms with user units get an investment subsidy (no rate or cap stated) and are recommended for the national list of landmark scenario projects.",
      zh: "智能机器人企业联合用户单位打造的符合条件的应用场景，给予投资补助（未规定比例和上限），并推荐纳入国家标志性重大应用场景项目清单。",
    },
    departments: "省发展改革委、省财政厅，各市（地）人民政府（行署）按职能分工负责",
    fn: HLJ_SCENARIO_SUBSIDY,
    oneTime: { kind: "row", because: "给予符合条件的应用场景投资补助支持" },
  },
  {
    id: "HLJ-ROBOT-11",
    document: "HLJ-ROBOT",
    numberAsWritten: "二（三）11",
    category: "launch-event",
    type: "Q",
    quotes: ["对符合条件的首发、首秀、首展活动，按照实际发生费用的30%，给予最高30万元补助资金。"],
    summary: {
      en: "Qualifying first-launch / first-show / first-exhibition events receive 30% of actual costs, up to 300,000 yuan.",
      zh: "符合条件的首发、首秀、首展活动，按实际发生费用的30%给予补助，最高30万元。",
    },
    departments: "省商务厅、省财政厅，各市（地）人民政府（行署）按职能分工负责",
    fn: HLJ_LAUNCH_EVENT_SUBSIDY,
    oneTime: { kind: "annual", because: "按照实际发生费用的30%" },
  },
  {
    id: "HLJ-ROBOT-12",
    document: "HLJ-ROBOT",
    numberAsWritten: "二（三）12",
    category: "first-set",
    type: "Q",
    quotes: [
      "对获得省首台（套）产品认定的研制企业，首台（套）产品价值50万元以上的，按单台（套）产品实际成交价的50%给予一次性奖励，单台（套）奖励上限200万元；有多个产品的，每户企业每年奖励合计不超过500万元。",
    ],
    summary: {
      en: "Developers of products recognised as provincial first-of-a-kind (首台套) equipment, where the product value is ≥ 500,000 yuan, receive a one-time 50% of the actual transaction price of one unit/set. The cap is 2,000,000 yuan per unit/set and 5,000,000 yuan per enterprise per year across products.",
      zh: "获省首台（套）产品认定的研制企业，产品价值50万元以上的，按单台（套）实际成交价的50%给予一次性奖励，单台（套）上限200万元；多个产品的，每户企业每年合计不超过500万元。",
    },
    departments: "省工业和信息化厅、省财政厅，各市（地）人民政府（行署）按职能分工负责",
    fn: HLJ_FIRST_SET_AWARD,
    oneTime: { kind: "ranges", because: "有多个产品的，每户企业每年奖励合计不超过500万元" },
  },
  {
    id: "HLJ-ROBOT-13a",
    document: "HLJ-ROBOT",
    numberAsWritten: "二（四）13",
    category: "data",
    type: "Q",
    quotes: [
      "对经认证的高质量数据集，根据其数据规模、价值密度及应用效果，给予最高200万元的资金支持。",
    ],
    context: [
      "支持企业建设数据训练场，为智能机器人训练提供高质量数据支撑，为参与建设和运营的企业提供要素保障，予以重点推动建设。",
    ],
    summary: {
      en: "Certified high-quality robot datasets receive up to 2,000,000 yuan, scaled by data size, value density and application effect.",
      zh: "经认证的智能机器人高质量数据集，根据数据规模、价值密度及应用效果，给予最高200万元资金支持。",
    },
    departments: "省发展改革委、省财政厅、省数据局，各市（地）人民政府（行署）按职能分工负责",
    fn: HLJ_DATASET_GRANT,
    oneTime: { kind: "annual", because: "对经认证的高质量数据集" },
  },
  {
    id: "HLJ-ROBOT-13b",
    document: "HLJ-ROBOT",
    numberAsWritten: "二（四）13",
    category: "data",
    type: "Q",
    quotes: [
      "发放“数据券”，支持企业采购数据集、数据接口、数据模型等数据产品，按照年度数据交易金额的10%，给予采购主体“数据券”补贴，单个采购主体年度补贴最高不超过100万元。",
    ],
    summary: {
      en: "A data voucher of 10% of annual data-purchase transactions (datasets, data APIs, data models), up to 1,000,000 yuan per purchaser per year.",
      zh: "发放“数据券”，按采购数据集、数据接口、数据模型等数据产品的年度交易金额的10%给予补贴，单个采购主体年度最高100万元。",
    },
    departments: "省发展改革委、省财政厅、省数据局，各市（地）人民政府（行署）按职能分工负责",
    fn: HLJ_DATA_VOUCHER,
    oneTime: { kind: "annual", because: "单个采购主体年度补贴最高不超过100万元" },
  },
  {
    id: "HLJ-ROBOT-14",
    document: "HLJ-ROBOT",
    numberAsWritten: "二（四）14",
    category: "other",
    type: "N-$",
    quotes: [
      "对智能机器人产业项目，优先纳入年度省级重点产业项目清单，加强项目前期要素保障，予以重点推动建设。对政府投资智能机器人产业园区和公共服务平台等项目，予以前期工作经费补助和优化审批服务保障。",
    ],
    summary: {
      en: "Robot projects get priority listing as provincial key projects. Government-invested robot parks and public-service platforms get pre-project work funding (unquantified) and faster approvals. The beneficiary of the money is government-invested projects, not enterprises.",
      zh: "智能机器人产业项目优先纳入年度省级重点产业项目清单；政府投资的智能机器人产业园区和公共服务平台等项目，给予前期工作经费补助（未定金额）和审批服务保障。资金受益方为政府投资项目，而非企业。",
    },
    departments: "省发展改革委、省财政厅，各市（地）人民政府（行署）按职能分工负责",
  },
  {
    id: "HLJ-ROBOT-15",
    document: "HLJ-ROBOT",
    numberAsWritten: "二（四）15",
    category: "ip",
    type: "N",
    quotes: [
      "积极为我省智能机器人产业创新主体提供专利快速审查、快速确权、专利导航等“一站式”知识产权综合服务。",
    ],
    summary: {
      en: "One-stop IP services (fast patent examination, fast right confirmation, patent navigation) via the provincial IP protection center.",
      zh: "依托省知识产权保护中心，为智能机器人产业创新主体提供专利快速审查、快速确权、专利导航等“一站式”知识产权综合服务。",
    },
    departments: "省知识产权局，各市（地）人民政府（行署）按职能分工负责",
  },
  {
    id: "HLJ-ROBOT-16",
    document: "HLJ-ROBOT",
    numberAsWritten: "二（四）16",
    category: "talent",
    type: "N",
    quotes: [
      "通过省级人才计划对智能机器人领域科技创新领军人才团队予以支持，设立评审单独赛道，保证高层次人才队伍实现可持续发展。",
      "通过省自然科学基金项目支持智能机器人领域青年科技人员开展创新研究，培育打造优秀科研团队。",
    ],
    summary: {
      en: "A separate review track in provincial talent programs for robot leading-talent teams; provincial NSF support for young researchers; industry–education training bases; skills competitions.",
      zh: "省级人才计划为智能机器人领军人才团队设立评审单独赛道；省自然科学基金支持青年科技人员；共建产教融合实训基地；举办技能大赛。",
    },
    departments:
      "省科技厅、省发展改革委、省工业和信息化厅、省教育厅，各市（地）人民政府（行署）按职能分工负责",
  },
  {
    id: "HLJ-ROBOT-17",
    document: "HLJ-ROBOT",
    numberAsWritten: "二（四）17",
    category: "listing-finance",
    type: "N",
    quotes: [
      "支持医疗机器人、工业机器人、农业机器人、机器人操作系统等领域企业融资上市。",
      "引导政府性融资担保机构加大对智能机器人企业的支持力度，用好龙江天使投资基金和先进制造业基金，支持对智能机器人领域投资，推动智能机器人领域初创期、成长期科创企业加快发展。",
    ],
    summary: {
      en: "Listing support, including a green channel and fast handling of services for provincial listing-reserve firms; government guarantees; angel and advanced-manufacturing funds; IP-pledge and equity financing; the 「政银担」 model. No amounts.",
      zh: "支持企业融资上市，开辟上市“绿色通道”、快速办理省级上市后备企业服务事项；政府性融资担保；龙江天使投资基金和先进制造业基金；知识产权质押融资、股权融资；“政银担”融资模式。未定金额。",
    },
    departments:
      "省发展改革委、省地方金融管理局、省科技厅、省工业和信息化厅、人民银行黑龙江省分行、黑龙江证监局、省知识产权局、省财政厅，各市（地）人民政府（行署）按职能分工负责",
  },
];
