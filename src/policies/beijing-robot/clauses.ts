/**
 * BJ-ROBOT clauses (spec §4.5, functions §5.5). The text names no responsible department for any measure:
 * "none stated", plus any implementer a measure itself names.
 */
import { amount, amounts, quantity, rate, receivedToDate, yearIndex } from "../../catalog/params";
import { grouped } from "../../format/money";
import { percent } from "../../format/percent";
import type { Clause, ClauseFunction, Text } from "../../catalog/types";
import { numError } from "../../engine/errors";
import { atMostMaximum } from "../../engine/validate";
import {
  type FinancingCostConstants,
  type PerItemRoomConstants,
  type RateOptionalCapConstants,
  capAtCostPaid,
  financingCostUnderRoom,
  perItemCapUnderRoom,
  rateCapped,
  rateUnderRoom,
  rateWithOptionalCap,
} from "../../engine/formulas";
import { L } from "../../engine/labels";
import { rateAtMost, wan } from "../shared";

const num = (v: unknown): number => v as number;

const NONE = "none stated";
const DEPT = {
  m3: "none stated (「各产业集聚区对创新验证公共平台予以支持。」)",
  m6: "none stated (「各产业集聚区出台区级机器人产业配套政策」)",
};

// ---------------------------------------------------------------------------------------------------
// BJ-ROBOT-01
// ---------------------------------------------------------------------------------------------------

const BJ_KEYTECH_GRANT: ClauseFunction<RateOptionalCapConstants> = {
  name: "BJ_KEYTECH_GRANT",
  description: {
    en: "Beijing 「筑基」 key-technology tackling grant (BJ-ROBOT-01): tackling investment × a rate you supply (the text says only 「根据攻关投入予以支持」), up to 30,000,000 yuan.",
    zh: "北京机器人产业“筑基”工程关键技术攻关支持（BJ-ROBOT-01）：攻关投入 × 支持比例（原文仅称「根据攻关投入予以支持」，比例须自行填写），最高3000万元。",
  },
  params: [
    amount(
      "tackling_investment",
      { en: "Tackling investment", zh: "攻关投入" },
      {
        en: "Investment in the key-technology tackling project (攻关投入), in yuan.",
        zh: "关键技术攻关项目的攻关投入，元。",
      }
    ),
    rate(
      "rate",
      { en: "Support rate", zh: "支持比例" },
      {
        en: "Support rate, e.g. 0.30; not stated in the text: take it from the programme's notice.",
        zh: "支持比例，如0.30；原文未载明，请按项目申报通知填写。",
      }
    ),
  ],
  constants: { cap: 30_000_000 },
  formula: {
    en: "min(tackling investment × rate, 30,000,000).",
    zh: "min(攻关投入 × 比例, 3000万元)。",
  },
  compute: rateWithOptionalCap(
    { param: "tackling_investment", label: { en: "Tackling investment", zh: "攻关投入" } },
    { rateParam: "rate" }
  ),
  ambiguities: [
    {
      issue: "The base is named (攻关投入) but the rate is not (Q-R).",
      chosen: "rate is a required argument.",
    },
    {
      issue: "The scope of the 30,000,000 cap.",
      chosen: "Per project (per consortium task).",
      alternative: "Per enterprise.",
    },
  ],
  examples: [
    { args: [50_000_000, 0.3], expect: 15_000_000, arithmetic: "50,000,000 × 0.30 = 15,000,000" },
    {
      args: [150_000_000, 0.3],
      expect: 30_000_000,
      arithmetic: "150,000,000 × 0.30 = 45,000,000 → cap 30,000,000",
      note: "cap",
    },
    { args: [50_000_000, 0], expect: 0, arithmetic: "rate 0 → 0" },
  ],
};

// ---------------------------------------------------------------------------------------------------
// BJ-ROBOT-03a, 06a (≤ 30% of construction-project investment, up to 30,000,000)
// ---------------------------------------------------------------------------------------------------

type RateCap = { rate: number; cap: number };

/** min(construction-project investment × rate, cap): the formula of 03a and 06a, worded from their constants. */
const constructionInvestmentFormula = (c: RateCap): Text => ({
  en: `min(project investment × rate (≤ ${percent(c.rate)}), ${grouped(c.cap)}).`,
  zh: `min(建设项目投资 × 比例（≤${percent(c.rate)}）, ${wan(c.cap)})。`,
});
const constructionInvestmentCapped = rateCapped(
  {
    param: "project_investment",
    label: { en: "Construction-project investment", zh: "建设项目投资" },
  },
  "rate"
);

const PUBLIC_PLATFORM = { rate: 0.3, cap: 30_000_000 };

const BJ_PUBLIC_PLATFORM_SUBSIDY: ClauseFunction<{ rate: number; cap: number }> = {
  name: "BJ_PUBLIC_PLATFORM_SUBSIDY",
  description: {
    en: "Beijing subsidy for builders of public innovation-verification platforms (pilot-verification platforms, shared machining centers) (BJ-ROBOT-03a): at most 30% of construction-project investment, up to 30,000,000 yuan.",
    zh: "北京机器人产业创新验证公共平台建设补贴（中试验证平台、共享加工中心等）（BJ-ROBOT-03a）：不超过建设项目投资的30%，最高3000万元。",
  },
  params: [
    amount(
      "project_investment",
      { en: "Project investment", zh: "建设项目投资" },
      {
        en: "Investment in the platform construction project (建设项目投资), in yuan.",
        zh: "平台建设项目投资，元。",
      }
    ),
    rateAtMost(
      "rate",
      { en: "Subsidy rate", zh: "补贴比例" },
      "「不超过建设项目投资的 30%」",
      PUBLIC_PLATFORM.rate
    ),
  ],
  constants: PUBLIC_PLATFORM,
  formula: constructionInvestmentFormula(PUBLIC_PLATFORM),
  compute: constructionInvestmentCapped,
  examples: [
    { args: [40_000_000], expect: 12_000_000, arithmetic: "40,000,000 × 0.30 = 12,000,000" },
    {
      args: [200_000_000],
      expect: 30_000_000,
      arithmetic: "200,000,000 × 0.30 = 60,000,000 → cap 30,000,000",
      note: "cap",
    },
    { args: [40_000_000, 0.2], expect: 8_000_000, arithmetic: "40,000,000 × 0.20 = 8,000,000" },
  ],
};

const BENCHMARK_FACTORY = { rate: 0.3, cap: 30_000_000 };

const BJ_BENCHMARK_FACTORY_AWARD: ClauseFunction<{ rate: number; cap: number }> = {
  name: "BJ_BENCHMARK_FACTORY_AWARD",
  description: {
    en: "Beijing award for a 「机器人生产机器人」 benchmark factory with unmanned, intelligent production end to end (BJ-ROBOT-06a): at most 30% of construction-project investment, up to 30,000,000 yuan.",
    zh: "北京“机器人生产机器人”标杆工厂奖励（实现机器人生产全流程无人化、智能化）（BJ-ROBOT-06a）：不超过建设项目投资的30%，最高3000万元。",
  },
  params: [
    amount(
      "project_investment",
      { en: "Project investment", zh: "建设项目投资" },
      {
        en: "Investment in the benchmark-factory construction project (建设项目投资), in yuan.",
        zh: "标杆工厂建设项目投资，元。",
      }
    ),
    rateAtMost(
      "rate",
      { en: "Award rate", zh: "奖励比例" },
      "「不超过建设项目投资的 30%」",
      BENCHMARK_FACTORY.rate
    ),
  ],
  constants: BENCHMARK_FACTORY,
  formula: constructionInvestmentFormula(BENCHMARK_FACTORY),
  compute: constructionInvestmentCapped,
  examples: [
    { args: [80_000_000], expect: 24_000_000, arithmetic: "80,000,000 × 0.30 = 24,000,000" },
    {
      args: [150_000_000],
      expect: 30_000_000,
      arithmetic: "150,000,000 × 0.30 = 45,000,000 → cap 30,000,000",
      note: "cap",
    },
    {
      args: [80_000_000, 0.35],
      expect: "#NUM!",
      arithmetic: "0.35 is above the 0.30 maximum",
      note: "bad input",
    },
    { args: [0], expect: 0, arithmetic: "0 × 0.30 = 0" },
  ],
};

// ---------------------------------------------------------------------------------------------------
// BJ-ROBOT-06b
// ---------------------------------------------------------------------------------------------------

type ProjectLoanConstants = FinancingCostConstants & { maxYears: number };

const projectLoanInterest = financingCostUnderRoom({
  base: {
    param: "avg_loan_balance",
    label: { en: "Average project-loan balance", zh: "项目贷款平均余额" },
  },
  rateParam: "subsidy_rate",
  rateDefaultParam: "lpr",
  costParam: "actual_interest_paid",
  room: { label: L.annualRoom },
});

const BJ_PROJECT_LOAN_INTEREST_SUBSIDY: ClauseFunction<ProjectLoanConstants> = {
  name: "BJ_PROJECT_LOAN_INTEREST_SUBSIDY",
  description: {
    en: "Beijing interest subsidy for strategic major construction projects with project loans (BJ-ROBOT-06b): at a rate up to the PBoC-published LPR of the same tenor, for at most 3 years, up to 30,000,000 yuan a year.",
    zh: "北京获得项目贷款的全局性、战略性建设类重大项目贴息（BJ-ROBOT-06b）：贴息利率不超过人民银行公布的同期中长期LPR，贴息期限不超过3年，年度最高3000万元。",
  },
  params: [
    amount(
      "avg_loan_balance",
      { en: "Average loan balance", zh: "贷款平均余额" },
      {
        en: "Average outstanding project-loan principal during the subsidy year, in yuan. The average handles part-years.",
        zh: "贴息年度内项目贷款本金的平均余额，元。使用平均余额可处理不足一年的情况。",
      }
    ),
    rate(
      "lpr",
      { en: "LPR", zh: "贷款市场报价利率" },
      {
        en: "The PBoC-published LPR for the loan's tenor (「同期中长期」), e.g. 0.035. Enter the current figure; the text fixes no tenor.",
        zh: "人民银行公布的与贷款期限对应的贷款市场报价利率（「同期中长期」），如0.035。请填写当期数值；原文未限定期限档次。",
      }
    ),
    rate(
      "subsidy_rate",
      { en: "Interest-subsidy rate", zh: "贴息利率" },
      {
        en: "Interest-subsidy rate; default = lpr, the maximum (「不超过人民银行公布的同期中长期贷款市场报价利率（LPR）」). A value above lpr returns #NUM!.",
        zh: "贴息利率，默认等于lpr即上限（「不超过人民银行公布的同期中长期贷款市场报价利率（LPR）」）。高于lpr返回#NUM!。",
      },
      { optional: true }
    ),
    yearIndex(
      "year_index",
      { en: "Subsidy year", zh: "贴息年度序号" },
      {
        en: "Which subsidy year this is (1, 2, 3). Year 4 and later return 0 (「贴息期限不超过 3 年」). Default 1.",
        zh: "第几个贴息年度（1、2、3）。第4年起结果为0（「贴息期限不超过 3 年」）。默认1。",
      },
      { default: 1 }
    ),
    receivedToDate(
      { en: "Received this year", zh: "本年度已获贴息" },
      {
        en: "Interest subsidy already received for this project in the same year, in yuan; default 0. Annual cap 30,000,000.",
        zh: "本项目本年度已获贴息，元，默认0。年度最高3000万元。",
      }
    ),
    amount(
      "actual_interest_paid",
      { en: "Interest actually paid", zh: "实际支付利息" },
      {
        en: "Optional: interest actually paid in the year, in yuan. If given, the subsidy cannot exceed it (implicit in 贴息).",
        zh: "可选：本年度实际支付的利息，元。填写后贴息不超过该金额（贴息的性质使然）。",
      },
      { optional: true }
    ),
  ],
  constants: { maxYears: 3, cap: 30_000_000 },
  formula: {
    en: "0 if year index > 3; otherwise average balance × subsidy rate (≤ LPR, default LPR), at most the interest actually paid when given, then at most the room left under the 30,000,000 annual cap.",
    zh: "贴息年度超过3年的为0；否则 平均余额 × 贴息利率（≤LPR，默认LPR），如填写实际利息则不超过实际利息，再以年度3000万元上限的剩余额度为限。",
  },
  compute(args, c, calc) {
    const lpr = num(args.lpr);
    const subsidyRate = args.subsidy_rate as number | undefined;
    const rate = subsidyRate === undefined ? lpr : atMostMaximum(subsidyRate, lpr);
    if (rate === undefined) {
      throw numError(`subsidy_rate exceeds the policy maximum of lpr (${lpr})`, "subsidy_rate");
    }
    const pastTerm = calc.above(
      { en: "Year index beyond the subsidy term (「贴息期限不超过…年」)", zh: "超出贴息期限" },
      num(args.year_index),
      c.maxYears
    );
    if (pastTerm) return 0;
    return projectLoanInterest({ ...args, subsidy_rate: rate }, c, calc);
  },
  ambiguities: [
    {
      issue: "Which LPR tenor counts as 「同期」 (1-year or over-5-year).",
      chosen: "Left to the user (lpr argument); 0.035 in the examples is illustrative.",
    },
    { issue: "The scope of the annual cap.", chosen: "Per project." },
  ],
  examples: [
    {
      args: [500_000_000, 0.035],
      expect: 17_500_000,
      arithmetic: "500,000,000 × 0.035 = 17,500,000",
    },
    {
      args: [1_000_000_000, 0.035],
      expect: 30_000_000,
      arithmetic: "1,000,000,000 × 0.035 = 35,000,000 → cap 30,000,000",
      note: "cap",
    },
    {
      args: [500_000_000, 0.035, undefined, 4],
      expect: 0,
      arithmetic: "year 4 > 3 → 0",
      note: "past the term",
    },
    {
      args: [500_000_000, 0.035, undefined, 1, 0, 15_000_000],
      expect: 15_000_000,
      arithmetic: "min(17,500,000, 15,000,000) = 15,000,000",
    },
  ],
};

// ---------------------------------------------------------------------------------------------------
// BJ-ROBOT-07
// ---------------------------------------------------------------------------------------------------

const BTH_SUPPLY_CHAIN = { rate: 0.05, cap: 30_000_000 };

const BJ_BTH_SUPPLY_CHAIN_AWARD: ClauseFunction<{ rate: number; cap: number }> = {
  name: "BJ_BTH_SUPPLY_CHAIN_AWARD",
  description: {
    en: "Beijing award for enterprises in the Beijing–Tianjin–Hebei 「强链补链」 action (BJ-ROBOT-07): at most 5% of the actual contract-performance amount, up to 30,000,000 yuan.",
    zh: "北京京津冀“强链补链”行动奖励（BJ-ROBOT-07）：不超过实际履约金额的5%，最高3000万元。",
  },
  params: [
    amount(
      "contract_performance_amount",
      { en: "Contract performance amount", zh: "实际履约金额" },
      {
        en: "Actual contract-performance amount (实际履约金额) under the 「强链补链」 action, in yuan.",
        zh: "参加“强链补链”行动的实际履约金额，元。",
      }
    ),
    rateAtMost(
      "rate",
      { en: "Award rate", zh: "奖励比例" },
      "「不超过实际履约金额的 5%」",
      BTH_SUPPLY_CHAIN.rate
    ),
    receivedToDate(
      { en: "Received in the policy period", zh: "政策期内已获奖励" },
      {
        en: `Awards already received under this clause during the policy term, in yuan; default 0. The ${grouped(BTH_SUPPLY_CHAIN.cap)} is the enterprise's ceiling over the term (Revision 2).`,
        zh: `政策期内本条已获奖励，元，默认0。${wan(BTH_SUPPLY_CHAIN.cap)}为企业在政策期内的累计上限。`,
      }
    ),
  ],
  constants: BTH_SUPPLY_CHAIN,
  formula: {
    en: `min(contract-performance amount × rate (≤ ${percent(BTH_SUPPLY_CHAIN.rate)}), max(0, ${grouped(BTH_SUPPLY_CHAIN.cap)} − received to date)).`,
    zh: `min(实际履约金额 × 比例（≤${percent(BTH_SUPPLY_CHAIN.rate)}）, max(0, ${wan(BTH_SUPPLY_CHAIN.cap)} − 已获奖励))。`,
  },
  compute: rateUnderRoom(
    {
      param: "contract_performance_amount",
      label: { en: "Actual contract-performance amount", zh: "实际履约金额" },
    },
    { label: L.cumulativeRoom },
    "rate"
  ),
  ambiguities: [
    {
      issue: `The scope of the ${grouped(BTH_SUPPLY_CHAIN.cap)} cap is not stated.`,
      chosen:
        "Revision 2: the enterprise's cumulative ceiling under this clause over the policy term, through received_to_date (default 0, so a single call is also the per-award reading).",
      alternative: "Per award (leave received_to_date empty) or per enterprise per year.",
    },
  ],
  examples: [
    { args: [100_000_000], expect: 5_000_000, arithmetic: "100,000,000 × 0.05 = 5,000,000" },
    {
      args: [800_000_000],
      expect: 30_000_000,
      arithmetic: "800,000,000 × 0.05 = 40,000,000 → cap 30,000,000",
      note: "cap",
    },
    { args: [0], expect: 0, arithmetic: "0 × 0.05 = 0" },
    {
      args: [400_000_000, 0.05, 25_000_000],
      expect: 5_000_000,
      arithmetic:
        "400,000,000 × 0.05 = 20,000,000; room 30,000,000 − 25,000,000 = 5,000,000 → 5,000,000",
      note: "cumulative room",
    },
  ],
};

// ---------------------------------------------------------------------------------------------------
// BJ-ROBOT-09
// ---------------------------------------------------------------------------------------------------

const BJ_FIRST_TRIAL_AWARD: ClauseFunction<PerItemRoomConstants> = {
  name: "BJ_FIRST_TRIAL_AWARD",
  description: {
    en: "Beijing award for innovative products first trialled in Beijing–Tianjin–Hebei without fiscal funding (BJ-ROBOT-09): up to 500,000 yuan per product (unit/set), up to 2,000,000 yuan per enterprise per year.",
    zh: "北京创新产品首试首用奖励（BJ-ROBOT-09）：研制过程中未获财政资金支持、在京津冀地区首次试用的创新产品，单台（套）最高50万元，每家企业年度最高200万元。",
  },
  params: [
    amounts(
      "requested_amounts",
      { en: "Amounts requested per product", zh: "各产品申请金额" },
      {
        en: "One cell per innovative product first trialled in BTH without fiscal funding: the award requested or expected for it, in yuan (the text gives no rate). Blank cells are skipped.",
        zh: "每个单元格对应一个未获财政资金支持、在京津冀首次试用的创新产品：该产品申请或预计获得的奖励金额，元（原文未规定比例）。空白单元格忽略。",
      }
    ),
    receivedToDate(
      { en: "Received this year", zh: "本年度已获奖励" },
      {
        en: "Already received under this clause this year, in yuan; default 0. Annual cap 2,000,000 per enterprise.",
        zh: "本年度本条已获奖励，元，默认0。每家企业年度最高200万元。",
      }
    ),
  ],
  constants: { perUnitCap: 500_000, annualCap: 2_000_000 },
  formula: {
    en: "S = Σ min(requested per product, 500,000); award = min(S, max(0, 2,000,000 − received this year)).",
    zh: "S = Σ min(每个产品申请金额, 50万元)；奖励 = min(S, max(0, 200万元 − 本年已获))。",
  },
  compute: perItemCapUnderRoom({
    itemsParam: "requested_amounts",
    itemLabel: { en: "Product", zh: "产品" },
  }),
  ambiguities: [
    {
      issue: "「单台（套）产品最高」",
      chosen: "Per product (the first trial).",
      alternative: "Per unit delivered.",
    },
    { issue: "No base is given.", chosen: "The inputs are requested amounts." },
    { issue: "No prior fiscal funding (「未获得财政资金支持」).", chosen: "Qualitative: assumed." },
  ],
  examples: [
    { args: [[[300_000]]], expect: 300_000, arithmetic: "300,000 below the 500,000 per-unit cap" },
    {
      args: [[[600_000], [500_000], [450_000], [700_000]]],
      expect: 1_950_000,
      arithmetic: "500,000 + 500,000 + 450,000 + 500,000 = 1,950,000",
      note: "per-unit caps",
    },
    {
      args: [[[600_000], [600_000], [600_000], [600_000], [600_000]]],
      expect: 2_000_000,
      arithmetic: "5 × 500,000 = 2,500,000 → cap 2,000,000",
      note: "annual cap",
    },
    {
      args: [[[400_000], [300_000]], 1_800_000],
      expect: 200_000,
      arithmetic: "700,000 vs room 2,000,000 − 1,800,000 = 200,000",
      note: "partly used cap",
    },
  ],
};

// ---------------------------------------------------------------------------------------------------
// BJ-ROBOT-13a
// ---------------------------------------------------------------------------------------------------

const FIRST_LOAN = { rate: 0.01, maxMonths: 12, monthsPerYear: 12 };

const BJ_FIRST_LOAN_SUBSIDY: ClauseFunction<typeof FIRST_LOAN> = {
  name: "BJ_FIRST_LOAN_SUBSIDY",
  description: {
    en: "Beijing first-loan subsidy for SMEs (BJ-ROBOT-13a): 1% interest subsidy or guarantee-fee subsidy on the first-ever loan, for at most 1 year.",
    zh: "北京中小微企业“首次贷款”贴息或担保费用补助（BJ-ROBOT-13a）：给予1%的贴息或担保费用补助，补贴期限最长1年。",
  },
  params: [
    amount(
      "loan_amount",
      { en: "First-loan principal", zh: "首次贷款本金" },
      {
        en: "Principal of the SME's first-ever loan (首次贷款), in yuan.",
        zh: "中小微企业首次贷款的本金，元。",
      }
    ),
    quantity(
      "months",
      { en: "Months subsidised", zh: "补贴月数" },
      "months",
      {
        en: "Months subsidised; default 12. Values above 12 count as 12 (「补贴期限最高 1 年」). The 1% is read as a yearly rate, so a shorter term is pro-rated.",
        zh: "补贴月数，默认12。超过12个月的按12个月计（「补贴期限最高 1 年」）。1%按年率理解，不足一年按月折算。",
      },
      { default: FIRST_LOAN.maxMonths }
    ),
    amount(
      "actual_cost_paid",
      { en: "Interest or guarantee fees paid", zh: "实际支付利息或担保费" },
      {
        en: "Optional: interest or guarantee fee actually paid over the same period, in yuan. If given, the subsidy cannot exceed it.",
        zh: "可选：同期实际支付的利息或担保费，元。填写后补助不超过该金额。",
      },
      { optional: true }
    ),
  ],
  constants: FIRST_LOAN,
  formula: {
    en: "loan × 1% × min(months, 12) ÷ 12, at most the cost actually paid when given.",
    zh: "贷款本金 × 1% × min(月数, 12) ÷ 12；如填写实际费用则不超过实际费用。",
  },
  compute(args, c, calc) {
    const loan = calc.base(
      { en: "First-loan principal", zh: "首次贷款本金" },
      num(args.loan_amount)
    );
    const months = calc.cap(
      { en: "Months subsidised, within the subsidy term", zh: "补贴月数（不超过补贴期限）" },
      num(args.months),
      c.maxMonths
    );
    const yearly = calc.rate(L.rateApplied, loan, c.rate);
    const raw = calc.rate(
      { en: "× months ÷ 12", zh: "× 月数 ÷ 12" },
      yearly,
      calc.div(months, c.monthsPerYear)
    );
    return capAtCostPaid(args, "actual_cost_paid", raw, calc);
  },
  ambiguities: [
    {
      issue: "「1%的贴息或担保费用补助」",
      chosen:
        "1% per year on the principal, whether as an interest or a guarantee-fee subsidy, pro-rated for a term shorter than 12 months.",
      alternative:
        "1% of principal one-off, whatever the term (e.g. 50,000 instead of 25,000 for 6 months on 5,000,000).",
    },
  ],
  examples: [
    { args: [5_000_000], expect: 50_000, arithmetic: "5,000,000 × 0.01 × 12/12 = 50,000" },
    { args: [5_000_000, 6], expect: 25_000, arithmetic: "5,000,000 × 0.01 × 6/12 = 25,000" },
    {
      args: [5_000_000, 18],
      expect: 50_000,
      arithmetic: "months capped at 12: 5,000,000 × 0.01 × 12/12 = 50,000",
      note: "period cap",
    },
    {
      args: [5_000_000, 12, 30_000],
      expect: 30_000,
      arithmetic: "min(50,000, 30,000) = 30,000",
      note: "cost cap",
    },
  ],
};

// ---------------------------------------------------------------------------------------------------
// BJ-ROBOT-13b
// ---------------------------------------------------------------------------------------------------

const LEASING: FinancingCostConstants & { rate: number } = { rate: 0.05, cap: 10_000_000 };

const BJ_LEASING_SUBSIDY: ClauseFunction<FinancingCostConstants> = {
  name: "BJ_LEASING_SUBSIDY",
  description: {
    en: "Beijing financial-leasing subsidy for key robot equipment (BJ-ROBOT-13b): at a rate of at most 5%, up to 10,000,000 yuan per enterprise per year.",
    zh: "北京关键机器人设备等融资租赁项目支持（BJ-ROBOT-13b）：按不超过5%的费率予以支持，企业年度补贴额最高1000万元。",
  },
  params: [
    amount(
      "lease_financing_amount",
      { en: "Lease financing amount", zh: "融资租赁融资额" },
      {
        en: "Financed amount (principal) of the qualifying finance-lease project(s) in the year, in yuan.",
        zh: "本年度符合条件的融资租赁项目融资额（本金），元。",
      }
    ),
    rateAtMost("rate", { en: "Subsidy rate", zh: "补贴费率" }, "「不超过 5%的费率」", LEASING.rate),
    receivedToDate(
      { en: "Received this year", zh: "本年度已获补贴" },
      {
        en: "Leasing subsidy already received this year, in yuan; default 0. Annual cap 10,000,000 per enterprise.",
        zh: "本年度已获融资租赁补贴，元，默认0。企业年度最高1000万元。",
      }
    ),
    amount(
      "actual_cost_paid",
      { en: "Leasing costs actually paid", zh: "实际支付租赁费用" },
      {
        en: "Optional: leasing costs actually paid in the year, in yuan. If given, the subsidy cannot exceed them (a financing-cost subsidy cannot exceed the cost borne; Revision 1).",
        zh: "可选：本年度实际支付的融资租赁费用，元。填写后补贴不超过该金额（融资成本补贴不应超过实际承担的成本；修订1）。",
      },
      { optional: true }
    ),
  ],
  constants: LEASING,
  formula: {
    en: "min(financed amount × rate (≤ 5%), cost actually paid when given, max(0, 10,000,000 − received this year)).",
    zh: "min(融资额 × 费率（≤5%）, 实际支付费用（如填写）, max(0, 1000万元 − 本年已获))。",
  },
  compute: financingCostUnderRoom({
    base: {
      param: "lease_financing_amount",
      label: { en: "Lease financing amount", zh: "融资租赁融资额" },
    },
    rateParam: "rate",
    costParam: "actual_cost_paid",
    room: { label: L.annualRoom },
  }),
  ambiguities: [
    {
      issue: "The base of the 「费率」.",
      chosen: "The financed amount.",
      alternative: "Lease fees actually paid: pass the fees as the base.",
    },
  ],
  examples: [
    { args: [40_000_000], expect: 2_000_000, arithmetic: "40,000,000 × 0.05 = 2,000,000" },
    {
      args: [300_000_000],
      expect: 10_000_000,
      arithmetic: "300,000,000 × 0.05 = 15,000,000 → cap 10,000,000",
      note: "cap",
    },
    {
      args: [100_000_000, 0.05, 8_000_000],
      expect: 2_000_000,
      arithmetic: "min(5,000,000, 10,000,000 − 8,000,000) = 2,000,000",
      note: "partly used cap",
    },
  ],
};

export const clauses: Clause[] = [
  {
    id: "BJ-ROBOT-01",
    document: "BJ-ROBOT",
    numberAsWritten: "一（一）",
    category: "key-tech",
    type: "Q-R",
    quotes: [
      "组织实施机器人产业“筑基”工程，发布产业关键技术攻关清单",
      "根据攻关投入予以支持，最高 3000 万元。",
    ],
    summary: {
      en: 'The "foundation" project: consortia tackle bottleneck technologies (robot OS, chips, servo motors, reducers, controllers, sensors, AI / multimodal models) through unveil-the-list. Support is based on the R&D investment in the tackling, up to 30,000,000 yuan.',
      zh: "实施机器人产业“筑基”工程：支持企业组建联合体，通过“揭榜挂帅”攻关操作系统、芯片、伺服电机、减速器、控制器、传感器及人工智能、多模态大模型等技术；根据攻关投入予以支持，最高3000万元。",
    },
    departments: NONE,
    fn: BJ_KEYTECH_GRANT,
    oneTime: { kind: "row", because: "根据攻关投入予以支持，最高 3000 万元。" },
  },
  {
    id: "BJ-ROBOT-02",
    document: "BJ-ROBOT",
    numberAsWritten: "一（二）",
    category: "innovation-platform",
    type: "N",
    quotes: [
      "由机器人骨干企业牵头，整合国内外一流创新资源，组建人形机器人创新中心，开展关键共性技术研究。",
      "支持机器人企业建设市级企业技术中心，以年度主营业务收入作为申报条件的可放宽至不低于 1 亿元。",
    ],
    summary: {
      en: "A humanoid robot innovation center led by backbone firms; joint work with the 「智能机器人与系统高精尖创新中心」; the revenue threshold for municipal enterprise technology centers is relaxed to ≥ 100,000,000 yuan; open source is encouraged.",
      zh: "由骨干企业牵头组建人形机器人创新中心；与“智能机器人与系统高精尖创新中心”联合攻关；市级企业技术中心的年度主营业务收入申报条件放宽至不低于1亿元；鼓励参与开源项目。",
    },
    departments: NONE,
  },
  {
    id: "BJ-ROBOT-03a",
    document: "BJ-ROBOT",
    numberAsWritten: "一（三）",
    category: "pilot-platform",
    type: "Q",
    quotes: ["对公共平台建设单位，按照不超过建设项目投资的 30%予以补贴，最高 3000 万元；"],
    context: ["各产业集聚区对创新验证公共平台予以支持。"],
    summary: {
      en: "Builders of public platforms (pilot-verification platforms, shared machining centers) receive ≤ 30% of construction-project investment, up to 30,000,000 yuan.",
      zh: "公共平台（中试验证平台、共享加工中心等）建设单位，按不超过建设项目投资的30%予以补贴，最高3000万元。",
    },
    departments: DEPT.m3,
    fn: BJ_PUBLIC_PLATFORM_SUBSIDY,
    oneTime: { kind: "row", because: "对公共平台建设单位，按照不超过建设项目投资的 30%予以补贴" },
  },
  {
    id: "BJ-ROBOT-03b",
    document: "BJ-ROBOT",
    numberAsWritten: "一（三）",
    category: "pilot-platform",
    type: "N-$",
    quotes: ["纳入市级中小企业公共服务示范平台的，根据服务绩效予以奖励。"],
    summary: {
      en: "Platforms listed as municipal SME public-service demonstration platforms are rewarded according to service performance (no amount).",
      zh: "纳入市级中小企业公共服务示范平台的，根据服务绩效予以奖励（未规定金额）。",
    },
    departments: DEPT.m3,
  },
  {
    id: "BJ-ROBOT-04",
    document: "BJ-ROBOT",
    numberAsWritten: "二（四）",
    category: "land-space",
    type: "N-$",
    quotes: [
      "对企业购置研发、生产用地，加快审批进度，实现“拿地即开工”。经授权的产业园区开发企业建设的机器人标准厂房项目，按照现有政策予以固定资产投资支持。",
    ],
    summary: {
      en: 'Faster land approvals ("start construction on acquiring land"). Standard-factory projects by authorised park developers get fixed-asset-investment support under existing policies (no amount).',
      zh: "企业购置研发、生产用地加快审批，实现“拿地即开工”；经授权的园区开发企业建设的机器人标准厂房项目，按现有政策给予固定资产投资支持（未规定金额）。",
    },
    departments: NONE,
  },
  {
    id: "BJ-ROBOT-05a",
    document: "BJ-ROBOT",
    numberAsWritten: "二（五）",
    category: "other",
    type: "N-$",
    quotes: [
      "组织专业机构为机器人创新型中小企业和“专精特新”企业提供孵化、投资等服务，根据服务绩效对符合条件的机构予以奖励。",
    ],
    summary: {
      en: "Service institutions incubating robot SMEs are rewarded on performance (no amount).",
      zh: "为机器人创新型中小企业和“专精特新”企业提供孵化、投资等服务的专业机构，根据服务绩效予以奖励（未规定金额）。",
    },
    departments: NONE,
  },
  {
    id: "BJ-ROBOT-05b",
    document: "BJ-ROBOT",
    numberAsWritten: "二（五）",
    category: "revenue-milestone",
    type: "N-$",
    quotes: ["对首次“升规”和产值首次突破 1 亿元的“专精特新”机器人企业予以支持。"],
    summary: {
      en: 'Specialised ("专精特新") robot firms that first reach above-designated-size status, or whose output first exceeds 100,000,000 yuan, are supported (no amount).',
      zh: "首次“升规”和产值首次突破1亿元的“专精特新”机器人企业予以支持（未规定金额）。",
    },
    departments: NONE,
  },
  {
    id: "BJ-ROBOT-06a",
    document: "BJ-ROBOT",
    numberAsWritten: "二（六）",
    category: "digital-factory",
    type: "Q",
    quotes: [
      "对建设“机器人生产机器人”标杆工厂，实现机器人生产全流程无人化、智能化的机器人企业，按照不超过建设项目投资的 30%予以奖励，最高 3000 万元；",
    ],
    context: ["各产业集聚区出台区级机器人产业配套政策"],
    summary: {
      en: 'Firms building a benchmark "robots making robots" factory, with unmanned and intelligent production end to end, receive ≤ 30% of construction-project investment, up to 30,000,000 yuan.',
      zh: "建设“机器人生产机器人”标杆工厂、实现生产全流程无人化、智能化的机器人企业，按不超过建设项目投资的30%予以奖励，最高3000万元。",
    },
    departments: DEPT.m6,
    fn: BJ_BENCHMARK_FACTORY_AWARD,
    oneTime: { kind: "row", because: "按照不超过建设项目投资的 30%予以奖励，最高 3000 万元" },
  },
  {
    id: "BJ-ROBOT-06b",
    document: "BJ-ROBOT",
    numberAsWritten: "二（六）",
    category: "loan-interest",
    type: "Q",
    quotes: [
      "对具有全局性、战略性，且获得项目贷款的建设类重大项目，按照不超过人民银行公布的同期中长期贷款市场报价利率（LPR）予以贴息，贴息期限不超过 3 年，年度最高 3000 万元。",
    ],
    summary: {
      en: "Strategic major construction projects with project loans receive an interest subsidy at a rate ≤ the PBoC-published LPR for the matching medium/long-term tenor, for at most 3 years, up to 30,000,000 yuan per year.",
      zh: "获得项目贷款的全局性、战略性建设类重大项目，按不超过人民银行公布的同期中长期LPR予以贴息，贴息期限不超过3年，年度最高3000万元。",
    },
    departments: DEPT.m6,
    fn: BJ_PROJECT_LOAN_INTEREST_SUBSIDY,
    oneTime: { kind: "annual", because: "年度最高 3000 万元" },
  },
  {
    id: "BJ-ROBOT-07",
    document: "BJ-ROBOT",
    numberAsWritten: "二（七）",
    category: "other",
    categoryNote: "supply chain",
    type: "Q",
    quotes: [
      "对参加“强链补链”行动且符合条件的企业，按照不超过实际履约金额的 5%予以奖励，最高 3000 万元。",
    ],
    summary: {
      en: 'Firms in the Beijing–Tianjin–Hebei "strengthen/complete the chain" action receive ≤ 5% of the actual contract-performance amount, up to 30,000,000 yuan.',
      zh: "参加京津冀“强链补链”行动且符合条件的企业，按不超过实际履约金额的5%予以奖励，最高3000万元。",
    },
    departments:
      "none stated (run jointly with the Tianjin and Hebei industry authorities: 联合天津市、河北省产业主管部门)",
    fn: BJ_BTH_SUPPLY_CHAIN_AWARD,
    oneTime: { kind: "annual", because: "按照不超过实际履约金额的 5%予以奖励" },
  },
  {
    id: "BJ-ROBOT-08",
    document: "BJ-ROBOT",
    numberAsWritten: "三（八）",
    category: "scenario",
    type: "N-$",
    quotes: [
      "发布《北京市“机器人+”典型场景应用目录》，将应用成效突出、具有较强影响力的典型场景纳入目录并进行推广。各区、各行业主管部门对机器人创新场景建设单位予以支持。",
    ],
    summary: {
      en: 'Open application scenarios, a "Robot+" typical-scenario catalogue, and district/sector support for scenario builders (no amount).',
      zh: "开放机器人创新应用场景，发布“机器人+”典型场景应用目录，各区、各行业主管部门支持场景建设单位（未规定金额）。",
    },
    departments: "各区、各行业主管部门",
  },
  {
    id: "BJ-ROBOT-09",
    document: "BJ-ROBOT",
    numberAsWritten: "三（九）",
    category: "first-set",
    type: "Q",
    quotes: [
      "对企业研制创新产品过程中未获得财政资金支持、并在京津冀地区首次试用的创新产品予以奖励，单台（套）产品最高 50 万元，每家企业年度奖励最高 200 万元。",
      "创新产品商业化定型后推荐纳入市级重大装备首台（套）应用推广目录。",
    ],
    summary: {
      en: "Innovative products that got no fiscal funding during development and are trialled for the first time in BTH are rewarded: up to 500,000 yuan per unit/set and up to 2,000,000 yuan per enterprise per year. Once commercialised they are recommended to the municipal first-set catalogue.",
      zh: "研制过程中未获财政资金支持、在京津冀地区首次试用的创新产品予以奖励，单台（套）最高50万元，每家企业年度最高200万元；商业化定型后推荐纳入市级重大装备首台（套）应用推广目录。",
    },
    departments: NONE,
    fn: BJ_FIRST_TRIAL_AWARD,
    oneTime: { kind: "ranges", because: "每家企业年度奖励最高 200 万元" },
  },
  {
    id: "BJ-ROBOT-10",
    document: "BJ-ROBOT",
    numberAsWritten: "三（十）",
    category: "other",
    type: "N",
    quotes: [
      "支持机器人企业向智能制造系统解决方案供应商转型，鼓励“新智造 100”工程项目优先采用自主创新的工业软件和机器人产品相结合的系统解决方案",
    ],
    summary: {
      en: "Firms are encouraged to become smart-manufacturing solution providers; 「新智造 100」 projects prefer home-grown software plus robot solutions.",
      zh: "支持机器人企业向智能制造系统解决方案供应商转型；“新智造100”工程项目优先采用自主创新的工业软件与机器人产品相结合的解决方案。",
    },
    departments: NONE,
  },
  {
    id: "BJ-ROBOT-11",
    document: "BJ-ROBOT",
    numberAsWritten: "四（十一）",
    category: "standards",
    type: "N",
    quotes: [
      "支持在京单位主导研究制定机器人领域国际标准、国家标准、行业标准等，提升标准制定和实施能力。",
    ],
    summary: {
      en: "Support for leading international, national, industry and group standards. No money is stated, unlike SD-ROBOT-04.",
      zh: "支持在京单位主导制定国际标准、国家标准、行业标准和团体标准。未规定资金，与SD-ROBOT-04不同。",
    },
    departments: NONE,
  },
  {
    id: "BJ-ROBOT-12",
    document: "BJ-ROBOT",
    numberAsWritten: "四（十二）",
    category: "listing-finance",
    type: "N-$",
    quotes: [
      "设立 100 亿元规模的机器人产业基金，首期规模不低于 20 亿元，支持创新团队孵化、技术成果转化、企业并购重组和发展壮大。",
      "对进入北京“专精特新”专板、全国中小企业股份转让系统和上市的优质企业予以奖励。",
    ],
    summary: {
      en: "A 10-billion-yuan robot fund (first phase ≥ 2 billion); rewards for listing on the Beijing 专精特新 board, the NEEQ, or an exchange (no amount); fast track to the Beijing Stock Exchange.",
      zh: "设立100亿元机器人产业基金（首期不低于20亿元）；对进入北京“专精特新”专板、全国中小企业股份转让系统和上市的企业予以奖励（未规定金额）；支持快速申报北交所。",
    },
    departments: NONE,
  },
  {
    id: "BJ-ROBOT-13a",
    document: "BJ-ROBOT",
    numberAsWritten: "四（十三）",
    category: "loan-interest",
    type: "Q",
    quotes: ["对中小微企业“首次贷款”业务，给予 1%的贴息或担保费用补助，补贴期限最高 1 年。"],
    summary: {
      en: "On an SME's first-ever bank loan, a 1% interest subsidy or guarantee-fee subsidy, for at most 1 year.",
      zh: "中小微企业“首次贷款”业务，给予1%的贴息或担保费用补助，补贴期限最长1年。",
    },
    departments: NONE,
    fn: BJ_FIRST_LOAN_SUBSIDY,
    oneTime: { kind: "row", because: "对中小微企业“首次贷款”业务" },
  },
  {
    id: "BJ-ROBOT-13b",
    document: "BJ-ROBOT",
    numberAsWritten: "四（十三）",
    category: "leasing",
    type: "Q",
    quotes: [
      "对符合条件的关键机器人设备等融资租赁项目，按照不超过 5%的费率予以支持，企业年度补贴额最高 1000 万元。",
    ],
    summary: {
      en: "Financial-leasing projects for key robot equipment are supported at a rate of ≤ 5%, up to 10,000,000 yuan per enterprise per year.",
      zh: "符合条件的关键机器人设备等融资租赁项目，按不超过5%的费率予以支持，企业年度补贴最高1000万元。",
    },
    departments: NONE,
    fn: BJ_LEASING_SUBSIDY,
    oneTime: { kind: "annual", because: "企业年度补贴额最高 1000 万元" },
  },
  {
    id: "BJ-ROBOT-14",
    document: "BJ-ROBOT",
    numberAsWritten: "四（十四）",
    category: "talent",
    type: "N",
    quotes: ["支持机器人企业引进急需紧缺人才和卓越工程师，企业引进的特殊人才可“一事一议”研究。"],
    summary: {
      en: "Leading and urgently needed talent, case-by-case deals, an outstanding-engineer college, industry–education platforms, training bases, skills competitions.",
      zh: "引进领军人才和急需紧缺人才，特殊人才“一事一议”，建设卓越工程师学院、产教融合平台和实训基地，举办职业技能大赛。",
    },
    departments: NONE,
  },
  {
    id: "BJ-ROBOT-15",
    document: "BJ-ROBOT",
    numberAsWritten: "四（十五）",
    category: "other",
    categoryNote: "international market",
    type: "N-$",
    quotes: [
      "对参加国际性展会、取得产品认证、实现境外商标注册、获得境外专利授权的企业，按照现有规定予以资金支持。",
    ],
    summary: {
      en: "Funding under existing rules for international exhibitions, product certification, and overseas trademarks and patents; support for attending the World Robot Conference and similar events.",
      zh: "参加国际性展会、取得产品认证、境外商标注册、境外专利授权的企业，按现有规定予以资金支持；支持参加世界机器人大会等国际活动。",
    },
    departments: NONE,
  },
  {
    id: "BJ-ROBOT-16",
    document: "BJ-ROBOT",
    numberAsWritten: "四（十六）",
    category: "other",
    type: "N",
    quotes: ["对机器人重点企业通过市区两级“服务包”体系做好服务。"],
    summary: {
      en: 'A robot industry alliance, regular enterprise roundtables, and the municipal/district "service package" system.',
      zh: "组建机器人产业联盟，定期举办企业座谈会，通过市区两级“服务包”体系做好服务。",
    },
    departments: NONE,
  },
];
