/** HLJ-AI clauses (spec §4.4, functions §5.2). */
import { amount, code, rate, receivedToDate } from "../../catalog/params";
import type { Args, Clause, ClauseFunction } from "../../catalog/types";
import type { Amount, Calc } from "../../engine/calc";
import {
  type CapsByCodeConstants,
  type ThresholdRateRoomConstants,
  rateCapped,
  thresholdRateUnderRoom,
  upToCapByCode,
} from "../../engine/formulas";
import { L } from "../../engine/labels";
import { clause as HLJ_AI_03 } from "./clauses/HLJ-AI-03";
import { clause as HLJ_AI_04 } from "./clauses/HLJ-AI-04";
import { clause as HLJ_AI_06a } from "./clauses/HLJ-AI-06a";
import { clause as HLJ_AI_06c } from "./clauses/HLJ-AI-06c";
import { clause as HLJ_AI_09b } from "./clauses/HLJ-AI-09b";
import { clause as HLJ_AI_11b } from "./clauses/HLJ-AI-11b";

const HLJAI_COMPUTE_AWARD: ClauseFunction<ThresholdRateRoomConstants> = {
  name: "HLJAI_COMPUTE_AWARD",
  description: {
    en: "Heilongjiang compute innovation-consumption award (HLJ-AI-05): if compute purchases exceed 300,000 yuan, 30% of actual spending, up to 4,000,000 yuan per unit per year.",
    zh: "黑龙江算力创新消费奖励（HLJ-AI-05）：实际购买算力资源超过30万元的，按实际支出额的30%给予奖励，每个单位每年最高400万元。",
  },
  params: [
    amount(
      "annual_compute_spend",
      { en: "Compute spend this year", zh: "年度算力支出" },
      {
        en: "Actual spending in the year on compute resources from qualifying compute providers, in yuan.",
        zh: "本年度实际购买符合要求的算力服务商算力资源的支出额，元。",
      }
    ),
    receivedToDate(
      { en: "Received this year", zh: "本年度已获奖励" },
      {
        en: "Compute awards already received this year, in yuan; default 0. Annual cap 4,000,000 per unit.",
        zh: "本年度已获算力创新消费奖励，元，默认0。每个单位年度上限400万元。",
      }
    ),
  ],
  constants: { threshold: 300_000, thresholdOp: ">", rate: 0.3, cap: 4_000_000 },
  formula: {
    en: "0 if the annual spend is not above 300,000 (「超过」 excludes 300,000); otherwise min(30% × the whole spend, max(0, 4,000,000 − received_to_date)).",
    zh: "年度支出不超过30万元（“超过”不含本数）为0；否则min(全部支出额×30%, max(0, 400万元−本年已获))。",
  },
  compute: thresholdRateUnderRoom(
    { param: "annual_compute_spend", label: { en: "Annual compute spend", zh: "年度算力支出额" } },
    { label: L.annualRoom },
    { en: "Spend above the threshold (超过: strict)", zh: "支出超过门槛（“超过”不含本数）" }
  ),
  ambiguities: [
    {
      issue: "What the 30% applies to.",
      chosen: "The whole spend: 300,000 is an eligibility threshold, not a deductible.",
      alternative: "Only the excess over 300,000.",
    },
    {
      issue: "What the threshold is tested on.",
      chosen: "The annual spend, consistent with the annual cap.",
      alternative: "Each purchase contract separately.",
    },
  ],
  examples: [
    { args: [1_000_000], expect: 300_000, arithmetic: "1,000,000 × 0.30" },
    { args: [20_000_000], expect: 4_000_000, arithmetic: "6,000,000 → cap", note: "cap" },
    { args: [300_000], expect: 0, arithmetic: "not > 300,000", note: "below threshold" },
    {
      args: [300_001],
      expect: 90_000.3,
      arithmetic: "300,001 × 0.30 = 90,000.30",
      note: "just above",
    },
  ],
};

const HLJAI_NATIONAL_DATASET_SUBSIDY: ClauseFunction<{ rate: number; cap: number }> = {
  name: "HLJAI_NATIONAL_DATASET_SUBSIDY",
  description: {
    en: "Heilongjiang subsidy for approved national industry high-quality dataset projects (HLJ-AI-06b): 10% of approved total investment, up to 10,000,000 yuan per project.",
    zh: "黑龙江国家行业高质量数据集项目补助（HLJ-AI-06b）：获得批复的项目按核定总投资的10%给予补助，单个项目最高1000万元。",
  },
  params: [
    amount(
      "approved_total_investment",
      { en: "Approved total investment", zh: "核定总投资" },
      {
        en: "Approved total investment (核定总投资) of the state-approved national industry high-quality-dataset project, in yuan.",
        zh: "获得批复的国家行业高质量数据集项目的核定总投资，元。",
      }
    ),
  ],
  constants: { rate: 0.1, cap: 10_000_000 },
  formula: {
    en: "min(10% × approved total investment, 10,000,000); the cap is reached at 100,000,000 of investment.",
    zh: "min(核定总投资×10%, 1000万元)；核定总投资达1亿元时封顶。",
  },
  compute: rateCapped({
    param: "approved_total_investment",
    label: { en: "Approved total investment", zh: "核定总投资" },
  }),
  examples: [
    { args: [30_000_000], expect: 3_000_000, arithmetic: "× 0.10" },
    { args: [150_000_000], expect: 10_000_000, arithmetic: "15,000,000 → cap", note: "cap" },
    { args: [0], expect: 0, arithmetic: "–" },
  ],
};

type ModelVoucherConstants = {
  /** 「单个采购主体年度补贴最高不超过100万元」, before any 上浮. */
  annualCap: number;
};

/** min(purchase × rate, max(0, annualCap × (1 + uplift) − received)): Revision 1, the 上浮 raises the cap only. */
function modelVoucher(args: Args, c: ModelVoucherConstants, calc: Calc): Amount {
  const purchase = calc.base(
    { en: "Model purchases", zh: "大模型采购金额" },
    args.purchase_amount as number
  );
  const raw = calc.rate(L.rateApplied, purchase, args.rate as number);
  const uplift = (args.uplift as number | undefined) ?? 0;
  const cap = calc.rate(
    { en: "Annual cap × (1 + uplift)", zh: "年度上限 ×（1＋上浮比例）" },
    c.annualCap,
    calc.add(1, uplift)
  );
  return calc.room(L.annualRoom, raw, cap, (args.received_to_date as number | undefined) ?? 0);
}

const HLJAI_MODEL_VOUCHER: ClauseFunction<ModelVoucherConstants> = {
  name: "HLJAI_MODEL_VOUCHER",
  description: {
    en: "Heilongjiang model voucher (HLJ-AI-07): purchases of (vertical) large models × the review-set rate, up to 1,000,000 yuan per purchaser per year; the annual cap may be floated up for large key-field projects.",
    zh: "黑龙江“模型券”补贴（HLJ-AI-07）：大模型采购金额×评审确定的比例，单个采购主体年度最高100万元；关键领域应用规模较大的项目，年度上限可按一定比例上浮。",
  },
  params: [
    amount(
      "purchase_amount",
      { en: "Model purchase amount", zh: "大模型采购金额" },
      {
        en: "The purchaser's annual spending on (vertical) large-model products or services, in yuan.",
        zh: "采购主体本年度采购（垂直）大模型产品或服务的金额，元。",
      }
    ),
    rate(
      "rate",
      { en: "Subsidy rate", zh: "补贴比例" },
      {
        en: "Subsidy rate set by review, e.g. 0.3 for 30%. The text says only 「一定比例」, so you supply it.",
        zh: "经评审确定的补贴比例，如0.3表示30%。原文仅称“一定比例”，须自行填写。",
      }
    ),
    receivedToDate(
      { en: "Received this year", zh: "本年度已获模型券" },
      {
        en: "Model vouchers already received this year, in yuan; default 0. Annual cap 1,000,000 (× (1 + uplift)).",
        zh: "本年度已获“模型券”补贴，元，默认0。年度上限100万元（×（1＋上浮比例））。",
      }
    ),
    rate(
      "uplift",
      { en: "Uplift", zh: "上浮比例" },
      {
        en: "Float-up for large key-field projects (「可按照一定比例上浮」), e.g. 0.2 for +20%; default 0. It raises the annual cap only (Revision 1): the rate is already the reviewed ratio, so raising the amount would count the review twice.",
        zh: "关键领域应用规模较大项目的上浮比例，如0.2表示上浮20%；默认0。仅提高年度上限（“一定比例”已由评审确定，再上浮补贴额会重复计算）。",
      },
      { default: 0 }
    ),
  ],
  constants: { annualCap: 1_000_000 },
  formula: {
    en: "min(purchase × rate, max(0, 1,000,000 × (1 + uplift) − received_to_date)).",
    zh: "min(采购金额×补贴比例, max(0, 100万元×（1＋上浮比例）−本年已获))。",
  },
  compute: modelVoucher,
  ambiguities: [
    {
      issue: "What 「可按照一定比例上浮」 raises.",
      chosen:
        "The annual cap only (Revision 1): rate is already the review-set ratio; the 上浮 sentence follows the cap and targets large projects, which are the ones that hit it. A higher reviewed ratio goes into rate.",
      alternative: "Raise the amount and the cap; raise the rate only.",
    },
    {
      issue: "The uplift is per 项目 while the cap is per 采购主体 per year.",
      chosen: "received_to_date cannot mix uplifted and plain projects.",
    },
  ],
  examples: [
    { args: [2_000_000, 0.3], expect: 600_000, arithmetic: "2,000,000 × 0.30" },
    {
      args: [5_000_000, 0.3],
      expect: 1_000_000,
      arithmetic: "1,500,000 → cap 1,000,000",
      note: "cap",
    },
    {
      args: [5_000_000, 0.3, 0, 0.2],
      expect: 1_200_000,
      arithmetic: "min(1,500,000, 1,000,000 × 1.2)",
      note: "uplift",
    },
    {
      args: [2_000_000, 0.3, 0, 0.2],
      expect: 600_000,
      arithmetic: "min(600,000, 1,200,000)",
      note: "uplift, under the cap",
    },
    {
      args: [5_000_000, 0.3, 700_000, 0.2],
      expect: 500_000,
      arithmetic: "1,200,000 vs room 1,200,000 − 700,000 = 500,000",
      note: "uplifted cap partly used",
    },
    { args: [2_000_000, 0], expect: 0, arithmetic: "rate 0" },
  ],
};

export const HLJAI_SCENARIO_GRANT: ClauseFunction<{ rate: number; cap: number }> = {
  name: "HLJAI_SCENARIO_GRANT",
  description: {
    en: "Heilongjiang AI benchmark demonstration scenario grant (HLJ-AI-08): 20% of approved total investment, up to 20,000,000 yuan per scenario (10 selected each year).",
    zh: "黑龙江人工智能标杆示范场景支持（HLJ-AI-08）：每年遴选10个，按项目核定总投资的20%给予支持，单个场景最高2000万元。",
  },
  params: [
    amount(
      "approved_total_investment",
      { en: "Approved total investment", zh: "核定总投资" },
      {
        en: "Approved total investment (项目核定总投资) of one selected benchmark demonstration scenario, in yuan.",
        zh: "单个入选标杆示范场景的项目核定总投资，元。",
      }
    ),
  ],
  constants: { rate: 0.2, cap: 20_000_000 },
  formula: {
    en: "min(20% × approved total investment, 20,000,000) per scenario; the cap is reached at 100,000,000 of investment.",
    zh: "min(项目核定总投资×20%, 2000万元)，按单个场景计；核定总投资达1亿元时封顶。",
  },
  compute: rateCapped({
    param: "approved_total_investment",
    label: { en: "Approved total investment", zh: "项目核定总投资" },
  }),
  ambiguities: [
    { issue: "Being one of the 10 scenarios selected each year.", chosen: "Qualitative: assumed." },
  ],
  examples: [
    { args: [50_000_000], expect: 10_000_000, arithmetic: "× 0.20" },
    { args: [150_000_000], expect: 20_000_000, arithmetic: "30,000,000 → cap", note: "cap" },
    { args: [0], expect: 0, arithmetic: "–" },
  ],
};

const HLJAI_ENTERPRISE_HONOR_SUBSIDY: ClauseFunction<CapsByCodeConstants> = {
  name: "HLJAI_ENTERPRISE_HONOR_SUBSIDY",
  description: {
    en: "Heilongjiang AI enterprise title subsidy (HLJ-AI-12): one-time up to 2,000,000 yuan for a newly recognised national single-champion enterprise, up to 1,000,000 yuan for a national specialised-and-new 'little giant'.",
    zh: "黑龙江人工智能优质企业补助（HLJ-AI-12）：新认定的国家级单项冠军企业单户一次性最高200万元，国家级专精特新“小巨人”企业单户一次性最高100万元。",
  },
  params: [
    code(
      "honor_type",
      { en: "Honour", zh: "称号类型" },
      [
        {
          value: "CHAMPION",
          aliases: ["国家级单项冠军", "单项冠军", "国家级单项冠军企业", "单项冠军企业"],
          label: { en: "National single-champion enterprise", zh: "国家级单项冠军企业" },
        },
        {
          value: "LITTLE_GIANT",
          aliases: [
            "国家级专精特新“小巨人”",
            "小巨人",
            "专精特新小巨人",
            "国家级专精特新“小巨人”企业",
          ],
          label: {
            en: "National specialised-and-new 'little giant'",
            zh: "国家级专精特新“小巨人”企业",
          },
        },
      ],
      {
        en: '"CHAMPION" (国家级单项冠军, 单项冠军): cap 2,000,000. "LITTLE_GIANT" (国家级专精特新“小巨人”, 小巨人): cap 1,000,000. Call once per title.',
        zh: "“CHAMPION”（国家级单项冠军、单项冠军）：上限200万元；“LITTLE_GIANT”（国家级专精特新“小巨人”、小巨人）：上限100万元。每个称号分别计算。",
      }
    ),
    amount(
      "requested",
      { en: "Amount requested", zh: "申请金额" },
      {
        en: "Amount requested or expected from review, in yuan; defaults to the title's cap (the maximum).",
        zh: "申请或预计评审获得的金额，元；不填则按该称号的最高额。",
      },
      { optional: true }
    ),
  ],
  constants: { caps: { CHAMPION: 2_000_000, LITTLE_GIANT: 1_000_000 } },
  formula: {
    en: "min(requested, cap): 2,000,000 for a national single champion, 1,000,000 for a national 'little giant'; omitted, the cap. One-time per new recognition.",
    zh: "min(申请金额, 上限)：国家级单项冠军200万元，国家级专精特新“小巨人”100万元；不填按上限。每次新认定一次性给予。",
  },
  compute: upToCapByCode("honor_type", { requestedParam: "requested" }),
  upTo: true,
  ambiguities: [
    {
      issue: "A firm that gains both titles.",
      chosen:
        "It may claim each (different recognitions; the text does not say otherwise): call the function once per title.",
    },
    {
      issue: "Only new recognitions (新认定) qualify.",
      chosen: "Assumed: the function computes the subsidy once recognised.",
    },
  ],
  examples: [
    { args: ["CHAMPION"], expect: 2_000_000, arithmetic: "default = cap" },
    {
      args: ["LITTLE_GIANT", 1_500_000],
      expect: 1_000_000,
      arithmetic: "→ cap 1,000,000",
      note: "cap",
    },
    { args: ["小巨人", 600_000], expect: 600_000, arithmetic: "below cap" },
  ],
};

const PILOT_BASE = { rate: 0.2, cap: 100_000_000 };

const HLJAI_PILOT_BASE_SUBSIDY: ClauseFunction<{ rate: number; cap: number }> = {
  name: "HLJAI_PILOT_BASE_SUBSIDY",
  description: {
    en: "Heilongjiang matching subsidy for national AI-application pilot bases (HLJ-AI-13b): at most 20% of the national support amount, at most 100,000,000 yuan per project.",
    zh: "黑龙江人工智能应用中试基地配套补助（HLJ-AI-13b）：国家批复建设的项目，按最高不超过国家支持额度的20%给予配套补助，单个项目不超过1亿元。",
  },
  params: [
    amount(
      "national_support_amount",
      { en: "National support", zh: "国家支持额度" },
      {
        en: "National support amount (国家支持额度) for the state-approved AI-application pilot base, in yuan.",
        zh: "国家批复建设的人工智能应用中试基地获得的国家支持额度，元。",
      }
    ),
    rate(
      "rate",
      { en: "Matching rate", zh: "配套比例" },
      {
        en: "Matching rate; default 0.20. The text says 「按最高不超过国家支持额度的20%」, so a value above 0.20 returns #NUM!.",
        zh: "配套比例，默认0.20。原文为“最高不超过国家支持额度的20%”，大于0.20返回#NUM!。",
      },
      { default: PILOT_BASE.rate, max: PILOT_BASE.rate }
    ),
  ],
  constants: PILOT_BASE,
  formula: {
    en: "min(national support amount × rate (at most 20%), 100,000,000); at 20% the cap is reached at 500,000,000 of national support.",
    zh: "min(国家支持额度×配套比例（不超过20%）, 1亿元)；按20%计，国家支持额度达5亿元时封顶。",
  },
  compute: rateCapped(
    {
      param: "national_support_amount",
      label: { en: "National support amount", zh: "国家支持额度" },
    },
    "rate"
  ),
  examples: [
    { args: [200_000_000], expect: 40_000_000, arithmetic: "× 0.20" },
    { args: [800_000_000], expect: 100_000_000, arithmetic: "160,000,000 → cap", note: "cap" },
    { args: [200_000_000, 0.1], expect: 20_000_000, arithmetic: "× 0.10" },
    {
      args: [200_000_000, 0.25],
      expect: "#NUM!",
      arithmetic: "above the 0.20 maximum",
      note: "bad input",
    },
  ],
};

const AI_RD_DEPARTMENTS = "省发展改革委、省科技厅、省工业和信息化厅、省财政厅";
const AI_DATA_DEPARTMENTS = "省发展改革委、省财政厅、省数据局，各市（地）人民政府（行署）";
const AI_TERMINAL_DEPARTMENTS = "省发展改革委、省工业和信息化厅、省财政厅";
const AI_EVENT_DEPARTMENTS =
  "省发展改革委、省教育厅、省科技厅、省工业和信息化厅、省商务厅、省财政厅、省数据局";
const AI_PILOT_BASE_DEPARTMENTS = "省发展改革委、省财政厅";

export const clauses: Clause[] = [
  {
    id: "HLJ-AI-01",
    document: "HLJ-AI",
    numberAsWritten: "一、1",
    category: "key-tech",
    type: "N-$",
    quotes: [
      "通过“揭榜挂帅”、“赛马”等方式，在省重点研发计划中围绕人工智能行业及垂直大模型、基础软件、智能硬件等领域开展关键核心技术攻关，对符合条件的项目给予支持。",
    ],
    summary: {
      en: "AI key-technology projects in the provincial key R&D program, plus a provincial NSF guide for AI-for-science. Qualifying projects are supported (no amount). This is the same program as HLJ-ROBOT-03, which does quantify it at 5–10M.",
      zh: "通过“揭榜挂帅”“赛马”等方式，在省重点研发计划中支持人工智能关键核心技术攻关，并在省自然科学基金中征集人工智能赋能科研项目指南；符合条件的项目给予支持（未定金额）。与HLJ-ROBOT-03属同一计划，后者定为500万元-1000万元。",
    },
    departments: AI_RD_DEPARTMENTS,
  },
  {
    id: "HLJ-AI-02",
    document: "HLJ-AI",
    numberAsWritten: "一、2",
    category: "innovation-platform",
    type: "N-$",
    quotes: ["对人工智能产业领域获批的国家级、部级、省级创新平台按有关规定给予奖励。"],
    summary: {
      en: "Approved national, ministerial and provincial AI innovation platforms are rewarded under the relevant rules (no amount).",
      zh: "人工智能产业领域获批的国家级、部级、省级创新平台，按有关规定给予奖励（未定金额）。",
    },
    departments: AI_RD_DEPARTMENTS,
  },
  HLJ_AI_03,
  HLJ_AI_04,
  {
    id: "HLJ-AI-05",
    document: "HLJ-AI",
    numberAsWritten: "二、5",
    category: "compute",
    type: "Q",
    quotes: [
      "支持高校、科研院所、企业等各类创新主体购买算力赋能“人工智能+”应用场景，对实际购买符合相关要求的算力服务商算力资源超过30万元的，按实际支出额给予30%创新消费奖励，每个单位每年奖励最高不超过400万元。",
    ],
    summary: {
      en: 'Innovation entities buying compute from qualifying providers, where purchases exceed 300,000 yuan, get 30% of actual spending as an "innovation consumption" award, up to 4,000,000 yuan per unit per year.',
      zh: "各类创新主体实际购买符合要求的算力服务商算力资源超过30万元的，按实际支出额的30%给予创新消费奖励，每个单位每年最高400万元。",
    },
    departments: "省发展改革委、省工业和信息化厅、省财政厅，各市（地）人民政府（行署）",
    fn: HLJAI_COMPUTE_AWARD,
    oneTime: { kind: "annual", because: "每个单位每年奖励最高不超过400万元" },
  },
  HLJ_AI_06a,
  {
    id: "HLJ-AI-06b",
    document: "HLJ-AI",
    numberAsWritten: "二、6",
    category: "data",
    type: "Q",
    quotes: [
      "对获得批复的国家行业高质量数据集项目，按照核定总投资的10%给予补助，单个项目支持金额最高不超过1000万元。",
    ],
    summary: {
      en: "Approved national industry high-quality-dataset projects get 10% of approved total investment, up to 10,000,000 yuan per project.",
      zh: "获得批复的国家行业高质量数据集项目，按核定总投资的10%给予补助，单个项目最高1000万元。",
    },
    departments: AI_DATA_DEPARTMENTS,
    fn: HLJAI_NATIONAL_DATASET_SUBSIDY,
    oneTime: { kind: "row", because: "单个项目支持金额最高不超过1000万元" },
  },
  HLJ_AI_06c,
  {
    id: "HLJ-AI-07",
    document: "HLJ-AI",
    numberAsWritten: "二、7",
    category: "model",
    type: "Q-R",
    quotes: [
      "对符合条件的采购主体，经评审按照一定比例给予“模型券”补贴，单个采购主体年度补贴最高不超过100万元，对于在关键领域应用规模较大的项目，可按照一定比例上浮。",
    ],
    context: ["鼓励企业自主研发大模型申请国家生成式人工智能大模型备案。"],
    summary: {
      en: "Purchasers of vertical large models get model vouchers at an unspecified rate set by review, up to 1,000,000 yuan per purchaser per year. Large key-field projects may be floated up by an unspecified proportion.",
      zh: "采购垂直大模型的符合条件的采购主体，经评审按一定比例（未规定）给予“模型券”补贴，单个采购主体年度最高100万元；关键领域应用规模较大的项目可按一定比例上浮。",
    },
    departments: "省发展改革委、省财政厅",
    fn: HLJAI_MODEL_VOUCHER,
    oneTime: { kind: "annual", because: "单个采购主体年度补贴最高不超过100万元" },
  },
  {
    id: "HLJ-AI-08",
    document: "HLJ-AI",
    numberAsWritten: "三、8",
    category: "scenario",
    type: "Q",
    quotes: [
      "每年遴选10个标杆示范场景，按项目核定总投资的20%给予支持，单个场景支持金额最高不超过2000万元。",
    ],
    summary: {
      en: "10 benchmark demonstration scenarios per year receive 20% of approved total investment, up to 20,000,000 yuan per scenario.",
      zh: "每年遴选10个标杆示范场景，按项目核定总投资的20%给予支持，单个场景最高2000万元。",
    },
    departments:
      "省发展改革委、省教育厅、省工业和信息化厅、省公安厅、省民政厅、省财政厅、省人力资源社会保障厅、省交通运输厅、省农业农村厅、省商务厅、省文化和旅游厅、省卫生健康委、省应急管理厅、省营商环境局",
    fn: HLJAI_SCENARIO_GRANT,
    oneTime: { kind: "row", because: "单个场景支持金额最高不超过2000万元" },
  },
  {
    id: "HLJ-AI-09a",
    document: "HLJ-AI",
    numberAsWritten: "三、9",
    category: "first-set",
    type: "N-$",
    quotes: [
      "支持新一代智能终端、智能体、智能芯片、智能装备、具身智能等新技术新产品研发，按规定享受省首台（套）、省重点新产品支持政策。",
    ],
    summary: {
      en: "New-generation terminals, agents, chips, equipment and embodied intelligence products get the provincial first-set and key-new-product policies. The amounts are set in those policies.",
      zh: "新一代智能终端、智能体、智能芯片、智能装备、具身智能等新产品，按规定享受省首台（套）、省重点新产品支持政策，金额由相关政策规定。",
    },
    departments: AI_TERMINAL_DEPARTMENTS,
  },
  HLJ_AI_09b,
  {
    id: "HLJ-AI-10",
    document: "HLJ-AI",
    numberAsWritten: "三、10",
    category: "other",
    type: "N",
    quotes: ["鼓励将智能家居机器人、智能眼镜、智能健康等智能终端产品纳入消费品以旧换新补贴范围。"],
    summary: {
      en: "Smart terminals are added to the consumer trade-in subsidy scope. The money goes to consumers, not to the company.",
      zh: "鼓励将智能家居机器人、智能眼镜、智能健康等智能终端纳入消费品以旧换新补贴范围；补贴给消费者，而非企业。",
    },
    departments: "省商务厅、省财政厅",
  },
  {
    id: "HLJ-AI-11a",
    document: "HLJ-AI",
    numberAsWritten: "三、11",
    category: "other",
    categoryNote: "events",
    type: "N-$",
    quotes: [
      "支持企业、高校、科研院所举办人工智能高水平赛事、学术研讨、产学研对接等活动，力争打造具有全国影响力的活动，对重大活动予以支持保障。",
    ],
    summary: {
      en: 'Major AI competitions, seminars and matchmaking events are "supported and safeguarded" (no amount).',
      zh: "支持举办人工智能高水平赛事、学术研讨、产学研对接等活动，对重大活动予以支持保障（未定金额）。",
    },
    departments: AI_EVENT_DEPARTMENTS,
  },
  HLJ_AI_11b,
  {
    id: "HLJ-AI-12",
    document: "HLJ-AI",
    numberAsWritten: "四、12",
    category: "other",
    categoryNote: "enterprise titles",
    type: "Q",
    quotes: [
      "对人工智能领域新认定的国家级单项冠军企业给予单户一次性最高200万元补助，国家级专精特新“小巨人”企业给予单户一次性最高100万元补助。",
    ],
    context: ["落实人工智能领域集成电路企业所得税、增值税等税收优惠政策。"],
    summary: {
      en: 'A newly recognised national single-champion AI enterprise gets a one-time subsidy of up to 2,000,000 yuan, and a national "little giant" up to 1,000,000 yuan.',
      zh: "人工智能领域新认定的国家级单项冠军企业单户一次性最高补助200万元，国家级专精特新“小巨人”企业单户一次性最高补助100万元。",
    },
    departments: "省发展改革委、省工业和信息化厅、省财政厅",
    fn: HLJAI_ENTERPRISE_HONOR_SUBSIDY,
    oneTime: { kind: "code", because: "给予单户一次性最高200万元补助", param: "honor_type" },
  },
  {
    id: "HLJ-AI-13a",
    document: "HLJ-AI",
    numberAsWritten: "四、13",
    category: "pilot-platform",
    type: "N-$",
    quotes: ["安排省级前期工作经费支持符合条件的国家人工智能应用中试基地申报项目。"],
    summary: {
      en: "Provincial pre-project work funds for projects applying to become national AI-application pilot bases (no amount).",
      zh: "安排省级前期工作经费，支持符合条件的国家人工智能应用中试基地申报项目（未定金额）。",
    },
    departments: AI_PILOT_BASE_DEPARTMENTS,
  },
  {
    id: "HLJ-AI-13b",
    document: "HLJ-AI",
    numberAsWritten: "四、13",
    category: "pilot-platform",
    type: "Q",
    quotes: [
      "对国家批复建设的人工智能应用中试基地项目，按最高不超过国家支持额度的20%给予配套补助，单个项目支持金额不超过1亿元。",
    ],
    summary: {
      en: "State-approved national AI-application pilot-base projects get a matching subsidy of up to 20% of the national support amount, at most 100,000,000 yuan per project.",
      zh: "国家批复建设的人工智能应用中试基地项目，按最高不超过国家支持额度的20%给予配套补助，单个项目不超过1亿元。",
    },
    departments: AI_PILOT_BASE_DEPARTMENTS,
    fn: HLJAI_PILOT_BASE_SUBSIDY,
    oneTime: { kind: "row", because: "单个项目支持金额不超过1亿元" },
  },
  {
    id: "HLJ-AI-14",
    document: "HLJ-AI",
    numberAsWritten: "四、14",
    category: "ip",
    type: "N",
    quotes: [
      "积极为我省人工智能产业创新主体提供专利快速审查、快速确权、专利导航等“一站式”知识产权综合服务。",
      "将人工智能核心技术纳入优先预审目录，缩短专利授权时间。",
    ],
    summary: {
      en: "One-stop IP services and priority patent pre-examination for AI core technologies.",
      zh: "为人工智能产业创新主体提供“一站式”知识产权综合服务，并将人工智能核心技术纳入专利优先预审目录。",
    },
    departments: "省知识产权局",
  },
  {
    id: "HLJ-AI-15",
    document: "HLJ-AI",
    numberAsWritten: "四、15",
    category: "listing-finance",
    type: "N",
    quotes: [
      "筹设省内人工智能领域基金，用好龙江天使投资基金和龙江创业投资基金，引导金融资本投早、投小、投长期、投硬科技，满足人工智能企业不同生命周期阶段的融资需求。",
    ],
    summary: {
      en: "AI funds, policy-based financial instruments, government guarantees, and bank products (「科新贷」 etc.). No amounts.",
      zh: "筹设人工智能领域基金，运用新型政策性金融工具、政府性融资担保及“科新贷”等银行金融产品支持人工智能企业。未定金额。",
    },
    departments:
      "省地方金融管理局、省发展改革委、省科技厅、省财政厅、人民银行黑龙江省分行、黑龙江金融监管局、黑龙江证监局",
  },
  {
    id: "HLJ-AI-16",
    document: "HLJ-AI",
    numberAsWritten: "四、16",
    category: "talent",
    type: "N-$",
    quotes: [
      "优化实施省级人才支持计划，支持在人工智能领域取得重要创新成果、突破关键核心技术、引领战略性新兴产业发展，或者拥有核心自主知识产权在我省创办科技型企业、能够产生显著经济效益的海内外人才申报我省人才支持计划，并按规定给予入选者相应经费支持，必要时采取“一事一议”方式重点支持。",
    ],
    summary: {
      en: "Talent-plan funding for selected AI talent under existing rules (no amount); exceptional promotion in professional titles; skill-master studios.",
      zh: "人工智能领域人才入选省级人才支持计划的，按规定给予相应经费支持（未定金额），必要时“一事一议”；支持职称破格晋升和技能大师工作室建设。",
    },
    departments: "省教育厅、省科技厅、省人力资源社会保障厅",
  },
];
