/** HLJ-AI clauses (spec §4.4, functions §5.2). */
import { amount } from "../../catalog/params";
import type { Clause, ClauseFunction } from "../../catalog/types";
import { type PhasedConstants, phasedRateCapped } from "../../engine/formulas";
import { grouped, wan } from "../../format/money";
import { percent } from "../../format/percent";
import * as hlj from "../heilongjiang-shared";
import { clause as HLJ_AI_01 } from "./clauses/HLJ-AI-01";
import { clause as HLJ_AI_02 } from "./clauses/HLJ-AI-02";
import { clause as HLJ_AI_05 } from "./clauses/HLJ-AI-05";
import { clause as HLJ_AI_06b } from "./clauses/HLJ-AI-06b";
import { clause as HLJ_AI_07 } from "./clauses/HLJ-AI-07";
import { clause as HLJ_AI_08 } from "./clauses/HLJ-AI-08";
import { clause as HLJ_AI_09a } from "./clauses/HLJ-AI-09a";
import { clause as HLJ_AI_10 } from "./clauses/HLJ-AI-10";
import { clause as HLJ_AI_11a } from "./clauses/HLJ-AI-11a";
import { clause as HLJ_AI_12 } from "./clauses/HLJ-AI-12";
import { clause as HLJ_AI_13a } from "./clauses/HLJ-AI-13a";
import { clause as HLJ_AI_13b } from "./clauses/HLJ-AI-13b";
import { clause as HLJ_AI_14 } from "./clauses/HLJ-AI-14";
import { clause as HLJ_AI_15 } from "./clauses/HLJ-AI-15";
import { clause as HLJ_AI_16 } from "./clauses/HLJ-AI-16";

// HLJ-ROBOT-10 cites HLJ-AI-08's numbers through this module.
export { HLJAI_SCENARIO_GRANT } from "./clauses/HLJ-AI-08";

const HLJAI_RD_SUBSIDY = hlj.rdPostSubsidyFunction({
  name: "HLJAI_RD_SUBSIDY",
  description: {
    en: "Heilongjiang AI R&D subsidy (HLJ-AI-03): base R&D post-subsidy ratios raised by 50%, if last year's R&D ≥ 500,000; cumulative cap 15,000,000 yuan (shared with HLJ-ROBOT-01).",
    zh: "黑龙江人工智能企业研发补助（HLJ-AI-03）：上年度研发投入50万元以上，按基础比例上浮50%补助，累计最高1500万元（与HLJ-ROBOT-01共用）。",
  },
  exampleRatios: { stock: "0.03", increment: "0.15" },
  receivedToDate: {
    en: "Already received under this clause and HLJ-ROBOT-01 (the same subsidy under 「从高不重复」) during the policy term, in yuan; default 0.",
    zh: "政策期内本条及HLJ-ROBOT-01（按“从高不重复”属同一补助）已获补助，元，默认0。",
  },
  constants: { threshold: 500_000, uplift: 1.5, cumulativeCap: 15_000_000 },
  capScope:
    "Only receipts under this clause and HLJ-ROBOT-01 (the same subsidy under 「从高不重复」, §7).",
  examples: [
    {
      args: [12_000_000, 9_000_000, 0.03, 0.15],
      expect: 1_080_000,
      arithmetic: "9,000,000 × 0.03 = 270,000; 3,000,000 × 0.15 = 450,000; 720,000 × 1.5",
    },
    {
      args: [250_000_000, 150_000_000, 0.03, 0.15, 12_000_000],
      expect: 3_000_000,
      arithmetic: "4,500,000 + 15,000,000 = 19,500,000; × 1.5 = 29,250,000; room left 3,000,000",
      note: "cap",
    },
    {
      args: [500_000, 0, 0.03, 0.15],
      expect: 112_500,
      arithmetic: "stock 0; increment 500,000 × 0.15 = 75,000; × 1.5",
      note: "at the threshold",
    },
    {
      args: [499_999.99, 0, 0.03, 0.15],
      expect: 0,
      arithmetic: "< 500,000",
      note: "below threshold",
    },
  ],
});

const HLJAI_PILOT_PLATFORM_GRANT = hlj.pilotPlatformGrantFunction({
  name: "HLJAI_PILOT_PLATFORM_GRANT",
  description: {
    en: "Heilongjiang AI concept-verification / pilot platform grant (HLJ-AI-04): up to 30% of total investment as graded by the performance evaluation, up to 10,000,000 yuan (no 「新建」 condition).",
    zh: "黑龙江人工智能概念验证中心、中试熟化平台资助（HLJ-AI-04）：根据绩效评价结果按总投资额的30%（最高比例）给予资助，最高1000万元（不限新建）。",
  },
  totalInvestment: {
    en: "Total investment (总投资额) in the AI concept-verification center or pilot-scale maturation platform, in yuan.",
    zh: "人工智能领域概念验证中心或中试熟化平台的总投资额，元。",
  },
  constants: { rate: 0.3, cap: 10_000_000 },
  moreAmbiguities: [
    {
      issue: "Unlike HLJ-ROBOT-04, no 「新建」 (newly built) requirement.",
      chosen: "Existing platforms qualify too.",
    },
  ],
  examples: [
    { args: [15_000_000], expect: 4_500_000, arithmetic: "× 0.30" },
    { args: [50_000_000], expect: 10_000_000, arithmetic: "15,000,000 → cap", note: "cap" },
    { args: [0], expect: 0, arithmetic: "–" },
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

const HLJAI_DATASET_SUBSIDY = hlj.datasetGrantFunction({
  name: "HLJAI_DATASET_SUBSIDY",
  description: {
    en: "Heilongjiang AI high-quality dataset subsidy (HLJ-AI-06a): up to 2,000,000 yuan per dataset project, by data size, value density and application effect.",
    zh: "黑龙江人工智能高质量数据集补助（HLJ-AI-06a）：根据数据规模、价值密度及应用效果，单个数据集项目最高补助200万元。",
  },
  perItem: { en: "one AI high-quality dataset project", zh: "单个人工智能高质量数据集项目" },
  formulaPer: { en: " per dataset project", zh: "，按单个数据集项目计" },
  constants: { cap: 2_000_000 },
  examples: [
    { args: [800_000], expect: 800_000, arithmetic: "below cap" },
    { args: [5_000_000], expect: 2_000_000, arithmetic: "→ cap", note: "cap" },
    { args: [], expect: 2_000_000, arithmetic: "default = cap", note: "default" },
  ],
});

const HLJAI_DATA_VOUCHER = hlj.dataVoucherFunction({
  name: "HLJAI_DATA_VOUCHER",
  description: {
    en: "Heilongjiang AI data voucher (HLJ-AI-06c): 10% of the purchaser's annual data-product transactions, up to 1,000,000 yuan per purchaser per year (shared with HLJ-ROBOT-13b).",
    zh: "黑龙江人工智能“数据券”补贴（HLJ-AI-06c）：按年度数据交易金额的10%给予采购主体补贴，单个采购主体年度最高100万元（与HLJ-ROBOT-13b共用）。",
  },
  id: "HLJ-AI-06c",
  sharedWith: "HLJ-ROBOT-13b",
  constants: { rate: 0.1, cap: 1_000_000 },
  examples: [
    { args: [4_000_000], expect: 400_000, arithmetic: "× 0.10" },
    { args: [12_000_000], expect: 1_000_000, arithmetic: "1,200,000 → cap", note: "cap" },
    {
      args: [9_000_000, 500_000],
      expect: 500_000,
      arithmetic: "min(900,000, 1,000,000 − 500,000)",
      note: "partly used cap",
    },
  ],
});

const TERMINAL = { rate: 0.2, cap: 50_000_000, threshold: 20_000_000, thresholdOp: ">=" as const };

const HLJAI_TERMINAL_PROJECT_SUBSIDY: ClauseFunction<PhasedConstants> = {
  name: "HLJAI_TERMINAL_PROJECT_SUBSIDY",
  description: {
    en: `Heilongjiang smart-terminal / agent project subsidy (HLJ-AI-09b): new projects investing ${grouped(TERMINAL.threshold)} yuan or more get ${percent(TERMINAL.rate)} of approved total investment in phases, in principle at most ${grouped(TERMINAL.cap)} yuan per project; returns what is still due.`,
    zh: `黑龙江智能终端与智能体项目补助（HLJ-AI-09b）：新建总投资${wan(TERMINAL.threshold)}（含）以上的项目，分阶段按项目核定总投资的${percent(TERMINAL.rate)}安排补助，原则上单个项目不超过${wan(TERMINAL.cap)}；返回扣除以前阶段已拨付后的剩余额。`,
  },
  params: [
    amount(
      "total_investment",
      { en: "Total investment", zh: "新建项目总投资" },
      {
        en: "Total investment of the new project (新建总投资), in yuan, used for the 20,000,000 threshold (inclusive).",
        zh: "新建项目总投资，元，用于判断是否达到2000万元（含）门槛。",
      }
    ),
    amount(
      "approved_total_investment",
      { en: "Approved total investment", zh: "核定总投资" },
      {
        en: "Approved total investment (核定总投资), the base of the subsidy, in yuan; defaults to total_investment when omitted.",
        zh: "项目核定总投资（补助基数），元；不填则按新建总投资计。",
      },
      { optional: true }
    ),
    amount(
      "paid_in_prior_phases",
      { en: "Paid in earlier phases", zh: "以前阶段已拨付" },
      {
        en: "Subsidy already paid for this project in earlier phases (「分阶段」), in yuan; default 0.",
        zh: "本项目以前阶段已拨付的补助，元（“分阶段”补助），默认0。",
      },
      { default: 0 }
    ),
    hlj.inPrincipleCap(TERMINAL.cap),
  ],
  constants: TERMINAL,
  formula: {
    en: "0 if total investment < 20,000,000 (「2000万元（含）以上」 includes 20,000,000); otherwise max(0, min(20% × approved total investment, cap 50,000,000) − paid in prior phases).",
    zh: "新建总投资低于2000万元为0（“（含）以上”含本数）；否则max(0, min(核定总投资×20%, 上限5000万元) − 以前阶段已拨付)。",
  },
  compute: phasedRateCapped({
    threshold: {
      param: "total_investment",
      label: { en: "New project's total investment", zh: "新建项目总投资" },
    },
    base: {
      param: "approved_total_investment",
      label: { en: "Approved total investment", zh: "项目核定总投资" },
      fallbackParam: "total_investment",
    },
    paidParam: "paid_in_prior_phases",
    capParam: "cap",
  }),
  remarks: hlj.inPrincipleCapRemarks,
  ambiguities: [
    {
      issue: "The phase split is not given.",
      chosen:
        "The function returns the remaining entitlement: the formula on cumulative inputs less what earlier phases paid.",
    },
    hlj.inPrincipleCapAmbiguity(TERMINAL.cap),
  ],
  examples: [
    { args: [60_000_000], expect: 12_000_000, arithmetic: "60,000,000 × 0.20" },
    {
      args: [300_000_000, 280_000_000, 30_000_000],
      expect: 20_000_000,
      arithmetic: "56,000,000 → cap 50,000,000; − 30,000,000 already paid",
      note: "cap, phased",
    },
    { args: [19_999_999], expect: 0, arithmetic: "< 20,000,000", note: "below threshold" },
    {
      args: [20_000_000],
      expect: 4_000_000,
      arithmetic: "20,000,000 × 0.20",
      note: "at the threshold",
    },
  ],
};

const HLJAI_LAUNCH_EVENT_SUBSIDY = hlj.launchEventSubsidyFunction({
  name: "HLJAI_LAUNCH_EVENT_SUBSIDY",
  description: {
    en: "Heilongjiang AI launch-event subsidy (HLJ-AI-11b): 30% of actual costs of a qualifying first-launch / first-show / first-exhibition event, up to 300,000 yuan per event.",
    zh: "黑龙江人工智能首发活动补助（HLJ-AI-11b）：符合条件的首发、首秀、首展活动，按实际发生费用的30%给予补助，每场最高30万元。",
  },
  constants: { rate: 0.3, cap: 300_000 },
  examples: [
    { args: [200_000], expect: 60_000, arithmetic: "× 0.30" },
    { args: [2_000_000], expect: 300_000, arithmetic: "600,000 → cap", note: "cap" },
    { args: [0], expect: 0, arithmetic: "–" },
  ],
});

const AI_DATA_DEPARTMENTS = "省发展改革委、省财政厅、省数据局，各市（地）人民政府（行署）";
const AI_TERMINAL_DEPARTMENTS = "省发展改革委、省工业和信息化厅、省财政厅";
const AI_EVENT_DEPARTMENTS =
  "省发展改革委、省教育厅、省科技厅、省工业和信息化厅、省商务厅、省财政厅、省数据局";

export const clauses: Clause[] = [
  HLJ_AI_01,
  HLJ_AI_02,
  {
    id: "HLJ-AI-03",
    document: "HLJ-AI",
    numberAsWritten: "一、3",
    category: "R&D",
    type: "Q-X",
    quotes: [
      "对研发投入50万元以上且符合条件的人工智能企业，按照企业上年度研发投入存量和增量部分，给予基础比例上浮50%的补助支持，累计最高不超过1500万元。",
    ],
    summary: {
      en: "Identical to HLJ-ROBOT-01, but for AI enterprises.",
      zh: "与HLJ-ROBOT-01相同，适用于人工智能企业：研发投入50万元以上的，按上年度研发投入存量和增量部分，给予基础比例上浮50%的补助，累计最高1500万元。",
    },
    departments: "省发展改革委、省科技厅、省工业和信息化厅、省财政厅，各市（地）人民政府（行署）",
    fn: HLJAI_RD_SUBSIDY,
    oneTime: { kind: "annual", because: "按照企业上年度研发投入存量和增量部分" },
  },
  {
    id: "HLJ-AI-04",
    document: "HLJ-AI",
    numberAsWritten: "一、4",
    category: "pilot-platform",
    type: "Q",
    quotes: [
      "按标准对符合条件的人工智能领域概念验证中心、中试熟化平台，根据绩效评价结果，按总投资额的30%最高给予1000万元资助。",
    ],
    summary: {
      en: "AI concept-verification centers and pilot platforms receive, according to the performance evaluation, 30% of total investment, up to 10,000,000 yuan. Unlike HLJ-ROBOT-04, there is no 「新建」 requirement.",
      zh: "符合条件的人工智能领域概念验证中心、中试熟化平台，根据绩效评价结果，按总投资额的30%给予资助，最高1000万元；与HLJ-ROBOT-04不同，不要求“新建”。",
    },
    departments: "省发展改革委、省科技厅、省财政厅",
    fn: HLJAI_PILOT_PLATFORM_GRANT,
    oneTime: { kind: "row", because: "按总投资额的30%最高给予1000万元资助" },
  },
  HLJ_AI_05,
  {
    id: "HLJ-AI-06a",
    document: "HLJ-AI",
    numberAsWritten: "二、6",
    category: "data",
    type: "Q",
    quotes: [
      "每年支持建设一批人工智能高质量数据集项目，根据其数据规模、价值密度及应用效果，单个给予最高200万元的补助。",
    ],
    summary: {
      en: "AI high-quality dataset projects get up to 2,000,000 yuan each.",
      zh: "每年支持一批人工智能高质量数据集项目，根据数据规模、价值密度及应用效果，单个最高补助200万元。",
    },
    departments: AI_DATA_DEPARTMENTS,
    fn: HLJAI_DATASET_SUBSIDY,
    oneTime: { kind: "annual", because: "每年支持建设一批人工智能高质量数据集项目" },
  },
  HLJ_AI_06b,
  {
    id: "HLJ-AI-06c",
    document: "HLJ-AI",
    numberAsWritten: "二、6",
    category: "data",
    type: "Q",
    quotes: [
      "支持采购数据集、数据接口、数据模型等数据产品，按照年度数据交易金额的10%，给予采购主体“数据券”补贴，单个采购主体年度补贴最高不超过100万元。",
    ],
    summary: {
      en: "The data voucher: 10% of annual data transactions, up to 1,000,000 yuan per purchaser per year. Identical to HLJ-ROBOT-13b.",
      zh: "“数据券”：按年度数据交易金额的10%给予采购主体补贴，单个采购主体年度最高100万元；与HLJ-ROBOT-13b相同。",
    },
    departments: AI_DATA_DEPARTMENTS,
    fn: HLJAI_DATA_VOUCHER,
    oneTime: { kind: "annual", because: "单个采购主体年度补贴最高不超过100万元" },
  },
  HLJ_AI_07,
  HLJ_AI_08,
  HLJ_AI_09a,
  {
    id: "HLJ-AI-09b",
    document: "HLJ-AI",
    numberAsWritten: "三、9",
    category: "industrialization",
    type: "Q",
    quotes: [
      "面向新一代智能终端与智能体等领域研发制造，对新建总投资2000万元（含）以上的项目，采取分阶段投资补助方式，按照项目核定总投资的20%安排补助资金，原则上单个项目支持金额不超过5000万元。",
    ],
    summary: {
      en: "New R&D/manufacturing projects for smart terminals and agents with total investment ≥ 20,000,000 yuan receive a phased investment subsidy of 20% of approved total investment, in principle at most 50,000,000 yuan per project.",
      zh: "新一代智能终端与智能体等领域研发制造项目，新建总投资2000万元（含）以上的，分阶段按项目核定总投资的20%安排补助，原则上单个项目不超过5000万元。",
    },
    departments: AI_TERMINAL_DEPARTMENTS,
    fn: HLJAI_TERMINAL_PROJECT_SUBSIDY,
    oneTime: { kind: "phases", because: "采取分阶段投资补助方式" },
  },
  HLJ_AI_10,
  HLJ_AI_11a,
  {
    id: "HLJ-AI-11b",
    document: "HLJ-AI",
    numberAsWritten: "三、11",
    category: "launch-event",
    type: "Q",
    quotes: ["对符合条件的首发、首秀、首展活动，按照实际发生费用的30%，给予最高30万元补助资金。"],
    summary: {
      en: "Identical to HLJ-ROBOT-11, but for AI enterprises: 30% of actual costs, up to 300,000 yuan.",
      zh: "与HLJ-ROBOT-11相同，适用于人工智能企业：首发、首秀、首展活动按实际发生费用的30%补助，最高30万元。",
    },
    departments: AI_EVENT_DEPARTMENTS,
    fn: HLJAI_LAUNCH_EVENT_SUBSIDY,
    oneTime: { kind: "annual", because: "按照实际发生费用的30%" },
  },
  HLJ_AI_12,
  HLJ_AI_13a,
  HLJ_AI_13b,
  HLJ_AI_14,
  HLJ_AI_15,
  HLJ_AI_16,
];
