/** HZ-HUMANOID clauses (spec §4.2, functions §5.3). */
import { amount, code, quantity, rate, receivedToDate } from "../../catalog/params";
import type { Clause, ClauseFunction, Text } from "../../catalog/types";
import { missingError } from "../../engine/errors";
import {
  type FinancingCostConstants,
  type NetRateCapConstants,
  type PhasedConstants,
  type ThresholdRateRoomConstants,
  financingCostUnderRoom,
  netRateCapped,
  phasedRateCapped,
  rateCapped,
  thresholdRateUnderRoom,
} from "../../engine/formulas";
import { L } from "../../engine/labels";
import { grouped, wan } from "../../format/money";
import { percent } from "../../format/percent";
import { rateAtMost } from "../shared";

const num = (v: unknown): number => v as number;

/** 「责任单位」 of whole measures, repeated on each of their rows. */
const DEPT = {
  m2: "市经信局、市科技局,各区、县(市)政府",
  m3: "市经信局、市投资促进局、市国资委,各区、县(市)政府",
  m4: "市经信局、市地方金融管理局,各区、县(市)政府",
  m5: "市经信局、市科技局、市规划和自然资源局、市国资委,各区、县(市)政府",
};

/** Land, buildings and used equipment: the text excludes them from 「实际投资总额」 in 02c, 04b and 04c. */
const excludedAssets = (what: Text) =>
  amount(
    "excluded_assets",
    { en: "Land, buildings, used equipment", zh: "土地厂房旧设备" },
    {
      en: `Land, buildings and used equipment included in ${what.en}, in yuan; deducted because the text excludes them (「不含土地、厂房、旧设备」). Default 0.`,
      zh: `${what.zh}中所含的土地、厂房、旧设备金额，元；政策明确不计入（「不含土地、厂房、旧设备」），予以扣除。默认0。`,
    },
    { default: 0 }
  );

// ---------------------------------------------------------------------------------------------------
// HZ-HUMANOID-02b
// ---------------------------------------------------------------------------------------------------

const HZ_RESEARCH_MATCHING_SUBSIDY: ClauseFunction<PhasedConstants> = {
  name: "HZ_RESEARCH_MATCHING_SUBSIDY",
  description: {
    en: "Hangzhou matching subsidy for national or provincial key research tasks (HZ-HUMANOID-02b): 25% of the national and provincial grant money actually received, up to 5,000,000 yuan; on cumulative receipts, less what earlier tranches already paid.",
    zh: "杭州承担国家、省重点科研任务配套补助（HZ-HUMANOID-02b）：按国家、省实际到账补助资金的25%给予补助，最高500万元；按累计到账资金计算，扣除此前各批已拨付的配套资金。",
  },
  params: [
    amount(
      "funds_received",
      { en: "National and provincial funds received", zh: "国家省补助到账额" },
      {
        en: "Cumulative national plus provincial grant money actually received (实际到账) for the key research task, in yuan, up to the tranche being matched now.",
        zh: "该重点科研任务累计实际到账的国家、省补助资金合计（截至本次配套的批次），元。",
      }
    ),
    amount(
      "paid_in_prior_phases",
      { en: "Paid in earlier phases", zh: "此前已拨付配套" },
      {
        en: "Municipal matching already paid on earlier tranches of the same task, in yuan; default 0. The result is this tranche's payment.",
        zh: "同一任务此前各批已拨付的市级配套资金，元，默认0。结果为本批应拨付金额。",
      },
      { default: 0 }
    ),
  ],
  constants: { rate: 0.25, cap: 5_000_000 },
  formula: {
    en: "max(0, min(25% × cumulative funds received, 5,000,000) − paid in prior phases).",
    zh: "max(0, min(累计到账资金×25%, 500万元) − 此前已拨付)。",
  },
  compute: phasedRateCapped({
    base: {
      param: "funds_received",
      label: { en: "National and provincial funds received", zh: "国家、省实际到账补助资金" },
    },
    paidParam: "paid_in_prior_phases",
  }),
  ambiguities: [
    {
      issue: "The scope of the 5,000,000 cap (「最高500万元」).",
      chosen: "Per task: the cap applies to the cumulative matching of one research task.",
      alternative:
        "Per enterprise per year: pass that year's receipts as funds_received and the amount already received that year as paid_in_prior_phases.",
    },
  ],
  examples: [
    { args: [8_000_000], expect: 2_000_000, arithmetic: "8,000,000 × 0.25 = 2,000,000" },
    {
      args: [30_000_000],
      expect: 5_000_000,
      arithmetic: "30,000,000 × 0.25 = 7,500,000 → cap 5,000,000",
      note: "cap",
    },
    {
      args: [30_000_000, 2_000_000],
      expect: 3_000_000,
      arithmetic: "min(7,500,000, 5,000,000) − 2,000,000 = 3,000,000",
      note: "cap, second tranche",
    },
    { args: [0], expect: 0, arithmetic: "0 × 0.25 = 0" },
  ],
};

// ---------------------------------------------------------------------------------------------------
// HZ-HUMANOID-02c
// ---------------------------------------------------------------------------------------------------

const FLAGSHIP = { rate: 0.5, cap: 3_000_000 };

const HZ_FLAGSHIP_PROJECT_SUBSIDY: ClauseFunction<NetRateCapConstants> = {
  name: "HZ_FLAGSHIP_PROJECT_SUBSIDY",
  description: {
    en: `Hangzhou subsidy for MIIT humanoid 「揭榜挂帅」 / high-quality-development projects and Zhejiang pilot-zone specials (HZ-HUMANOID-02c): ${percent(FLAGSHIP.rate)} of actual total investment net of land, buildings, used equipment and support funds, up to ${grouped(FLAGSHIP.cap)} yuan.`,
    zh: `杭州承担工信部人形机器人“揭榜挂帅”项目和高质量发展专项、省经信厅未来产业先导区财政激励专项的补助（HZ-HUMANOID-02c）：按实际投资总额（含研发投入及相关固定资产投资，不含土地、厂房、旧设备及已获国家、省、市扶持资金）的${percent(FLAGSHIP.rate)}，最高${wan(FLAGSHIP.cap)}。`,
  },
  params: [
    amount(
      "total_investment",
      { en: "Total actual investment", zh: "实际投资总额" },
      {
        en: "Actual total investment in the project, gross: R&D investment plus related fixed-asset investment, in yuan.",
        zh: "项目实际投资总额（毛额）：研发投入加相关固定资产投资，元。",
      }
    ),
    excludedAssets({ en: "total_investment", zh: "实际投资总额" }),
    amount(
      "support_funds_received",
      { en: "Support funds received", zh: "已获扶持资金" },
      {
        en: "National, provincial and municipal support funds received for the project, in yuan, deducted because the text excludes them (「不含…获得的国家、省、市相关扶持资金」). Include any HZ-HUMANOID-02b matching paid for the same project. Default 0.",
        zh: "项目已获得的国家、省、市相关扶持资金，元；政策明确不计入，予以扣除。同一项目已获的HZ-HUMANOID-02b配套补助也应计入。默认0。",
      },
      { default: 0 }
    ),
  ],
  constants: FLAGSHIP,
  formula: {
    en: `base = max(0, total investment − excluded assets − support funds received); award = min(${percent(FLAGSHIP.rate)} × base, ${grouped(FLAGSHIP.cap)}).`,
    zh: `计算基数 = max(0, 实际投资总额 − 土地厂房旧设备 − 已获扶持资金)；补助 = min(基数×${percent(FLAGSHIP.rate)}, ${wan(FLAGSHIP.cap)})。`,
  },
  compute: netRateCapped(
    {
      param: "total_investment",
      label: { en: "Actual total investment (gross)", zh: "实际投资总额（毛额）" },
    },
    [
      {
        param: "excluded_assets",
        label: { en: "Less land, buildings and used equipment", zh: "扣除土地、厂房、旧设备" },
      },
      {
        param: "support_funds_received",
        label: {
          en: "Less national, provincial and municipal support funds",
          zh: "扣除已获国家、省、市扶持资金",
        },
      },
    ]
  ),
  ambiguities: [
    {
      issue:
        "The same MIIT project may also be a national key research task matched under HZ-HUMANOID-02b (§7.3).",
      chosen:
        "Both are paid (Revision 1): pass the 02b matching in support_funds_received, so it is deducted from this base.",
      alternative: "MAX(02b, 02c).",
    },
  ],
  examples: [
    {
      args: [5_000_000, 0, 1_000_000],
      expect: 2_000_000,
      arithmetic: "(5,000,000 − 1,000,000) × 0.50 = 2,000,000",
    },
    {
      args: [20_000_000, 2_000_000, 4_000_000],
      expect: 3_000_000,
      arithmetic:
        "(20,000,000 − 2,000,000 − 4,000,000) = 14,000,000 × 0.50 = 7,000,000 → cap 3,000,000",
      note: "cap",
    },
    {
      args: [3_000_000, 1_000_000, 2_000_000],
      expect: 0,
      arithmetic: "base max(0, 3,000,000 − 1,000,000 − 2,000,000) = 0",
      note: "nothing left",
    },
  ],
};

// ---------------------------------------------------------------------------------------------------
// HZ-HUMANOID-02d
// ---------------------------------------------------------------------------------------------------

const HZ_RD_SUBSIDY: ClauseFunction<Record<string, never>> = {
  name: "HZ_RD_SUBSIDY",
  description: {
    en: "Hangzhou humanoid-robot R&D support (HZ-HUMANOID-02d): annual R&D total or increment × a rate you supply (the text states neither rate nor cap), optionally capped.",
    zh: "杭州人形机器人企业研发投入支持（HZ-HUMANOID-02d）：按年研发投入总量或增量×支持比例（政策未明确比例和上限，须自行填写），可选上限。",
  },
  params: [
    amount(
      "rd_current_year",
      { en: "R&D this year", zh: "本年度研发投入" },
      {
        en: "The annual R&D investment assessed, in yuan.",
        zh: "被评估年度的研发投入，元。",
      }
    ),
    rate(
      "rate",
      { en: "Support rate", zh: "支持比例" },
      {
        en: "Support rate, e.g. 0.05. Not stated in the measure (「按年研发投入总量或增量给予政策支持」): take it from Hangzhou's implementing rules.",
        zh: "支持比例，如0.05。本措施未明确（「按年研发投入总量或增量给予政策支持」），请按杭州市实施细则填写。",
      }
    ),
    code(
      "basis",
      { en: "Basis", zh: "计算基数" },
      [
        {
          value: "TOTAL",
          aliases: ["总量"],
          label: { en: "Annual R&D total", zh: "年研发投入总量" },
        },
        {
          value: "INCREMENT",
          aliases: ["增量"],
          label: {
            en: "Annual R&D increment over the prior year",
            zh: "年研发投入增量（比上年增加额）",
          },
        },
      ],
      {
        en: 'Which base the rule applies: "TOTAL" (总量, the default, since the text names it first and it needs no prior-year figure) or "INCREMENT" (增量: this year minus the prior year, never below 0). The text says 「总量或增量」: one or the other, not both added.',
        zh: "计算基数：“TOTAL”（总量，默认：原文列于首位，且无需上年数据）或“INCREMENT”（增量：本年减上年，不低于0）。原文为「总量或增量」，二者择一，不相加。",
      },
      { default: "TOTAL" }
    ),
    amount(
      "rd_prior_year",
      { en: "R&D prior year", zh: "上年度研发投入" },
      {
        en: 'The previous year\'s R&D investment, in yuan. Required when basis = "INCREMENT"; ignored under "TOTAL".',
        zh: "上一年度研发投入，元。basis为“INCREMENT”（增量）时必填；“TOTAL”（总量）时不使用。",
      },
      { optional: true }
    ),
    amount(
      "cap",
      { en: "Annual cap", zh: "年度补助上限" },
      {
        en: "Per-enterprise annual cap, in yuan, if the implementing rules set one. Omitted: no cap (the measure states none).",
        zh: "单个企业年度补助上限，元，如实施细则有规定请填写。不填则不设上限（本措施未规定上限）。",
      },
      { optional: true }
    ),
  ],
  constants: {},
  formula: {
    en: "base = R&D this year (TOTAL) or max(0, R&D this year − R&D prior year) (INCREMENT); award = base × rate, at most cap when given.",
    zh: "基数 = 本年研发投入（总量）或 max(0, 本年 − 上年)（增量）；补助 = 基数×比例，如填写上限则不超过上限。",
  },
  compute(args, _c, calc) {
    const current = calc.base(
      { en: "R&D this year", zh: "本年度研发投入" },
      num(args.rd_current_year)
    );
    let base = current;
    if (args.basis === "INCREMENT") {
      const prior = args.rd_prior_year as number | undefined;
      if (prior === undefined)
        throw missingError("rd_prior_year is required when basis = INCREMENT", "rd_prior_year");
      base = calc.deduct({ en: "Increment over the prior year", zh: "比上年增量" }, current, prior);
    }
    const raw = calc.rate(L.rateApplied, base, num(args.rate));
    const cap = args.cap as number | undefined;
    return cap === undefined ? raw : calc.cap(L.capOverride, raw, cap);
  },
  readings: [{ param: "basis", values: ["TOTAL", "INCREMENT"] }],
  ambiguities: [
    {
      issue: "No rate and no cap in the text (Q-R).",
      chosen: "rate is a required argument; cap optional.",
    },
    {
      issue: "「总量或增量」",
      chosen: "Either basis, whichever the implementing rule applies (basis, default TOTAL).",
      alternative:
        "The other basis: EXPLAIN and the calculator show both (INCREMENT needs rd_prior_year). Both bases added: not built in; call the function twice and add the results if the rules allow it.",
      reading: "basis",
    },
    { issue: "「政策支持」 might be partly non-cash.", chosen: "Modelled as a cash amount." },
  ],
  examples: [
    { args: [10_000_000, 0.05], expect: 500_000, arithmetic: "10,000,000 × 0.05 = 500,000" },
    {
      args: [10_000_000, 0.1, "INCREMENT", 7_000_000],
      expect: 300_000,
      arithmetic: "(10,000,000 − 7,000,000) × 0.10 = 300,000",
    },
    {
      args: [100_000_000, 0.05, "TOTAL", undefined, 2_000_000],
      expect: 2_000_000,
      arithmetic: "100,000,000 × 0.05 = 5,000,000 → cap 2,000,000",
      note: "cap",
    },
    {
      args: [10_000_000, 0.1, "INCREMENT", 12_000_000],
      expect: 0,
      arithmetic: "max(0, 10,000,000 − 12,000,000) × 0.10 = 0",
      note: "no increment",
    },
  ],
};

// ---------------------------------------------------------------------------------------------------
// HZ-HUMANOID-03b (in kind)
// ---------------------------------------------------------------------------------------------------

const HZ_FREE_OFFICE_VALUE: ClauseFunction<{ maxArea: number; maxMonths: number }> = {
  name: "HZ_FREE_OFFICE_VALUE",
  description: {
    en: "Imputed value of free office space from the Hangzhou humanoid innovation platform (HZ-HUMANOID-03b): at most 1,000 m² for at most 3 years, valued at the market rent you enter. In kind, not a cash grant.",
    zh: "杭州人形机器人产业创新平台提供免费办公场所的折算价值（HZ-HUMANOID-03b）：面积不超过1000平方米、使用时间不超过3年，按所填市场租金折算。属实物支持，不是现金补助。",
  },
  params: [
    quantity("area_m2", { en: "Free office area", zh: "免费办公面积" }, "m2", {
      en: "Free office area provided, in m². Areas above 1,000 m² count as 1,000 (「面积不超过1000平方米」).",
      zh: "提供的免费办公面积，平方米。超过1000平方米的按1000平方米计（「面积不超过1000平方米」）。",
    }),
    quantity("months", { en: "Months of free use", zh: "免费使用月数" }, "months", {
      en: "Duration of the free use, in months. More than 36 months counts as 36 (「使用时间不超过3年」).",
      zh: "免费使用时长，月。超过36个月的按36个月计（「使用时间不超过3年」）。",
    }),
    amount(
      "monthly_rent_per_m2",
      { en: "Monthly rent per m²", zh: "每平方米月租金" },
      {
        en: "Market rent used to value the benefit, in yuan per m² per month. For a daily quote, multiply yuan/m²/day by 365 ÷ 12.",
        zh: "用于折算的市场租金，元/平方米/月。若为日租金，按元/平方米/天 × 365 ÷ 12换算。",
      }
    ),
  ],
  // 「不超过3年」 = 36 months.
  constants: { maxArea: 1_000, maxMonths: 36 },
  formula: {
    en: "min(area, 1,000 m²) × min(months, 36) × monthly rent per m². An imputed value for modelling, not a cash grant.",
    zh: "min(面积, 1000平方米) × min(月数, 36) × 每平方米月租金。为建模用的折算价值，不是现金补助。",
  },
  compute(args, c, calc) {
    const area = calc.cap(
      { en: "Area, within the area limit (m²)", zh: "面积（不超过面积上限）" },
      num(args.area_m2),
      c.maxArea
    );
    const months = calc.cap(
      { en: "Months, within the time limit", zh: "月数（不超过使用期限）" },
      num(args.months),
      c.maxMonths
    );
    const m2Months = calc.base({ en: "m² × months", zh: "面积 × 月数" }, calc.mul(area, months));
    return calc.rate(
      { en: "× monthly market rent per m²", zh: "× 每平方米月租金" },
      m2Months,
      num(args.monthly_rent_per_m2)
    );
  },
  inKind: true,
  ambiguities: [
    {
      issue: "The benefit is discretionary (「可由人形机器人产业创新平台提供」) and in kind.",
      chosen:
        "Valued at the user's market rent; STACK counts it as 0 and scenario sheets show it apart.",
      alternative: "Not modelled.",
    },
  ],
  examples: [
    { args: [500, 24, 60], expect: 720_000, arithmetic: "500 × 24 × 60 = 720,000" },
    {
      args: [1_500, 48, 80],
      expect: 2_880_000,
      arithmetic: "min(1,500, 1,000) × min(48, 36) × 80 = 1,000 × 36 × 80 = 2,880,000",
      note: "caps",
    },
    { args: [0, 24, 60], expect: 0, arithmetic: "0 area → 0" },
  ],
};

// ---------------------------------------------------------------------------------------------------
// HZ-HUMANOID-04b
// ---------------------------------------------------------------------------------------------------

const NEW_INVESTMENT: NetRateCapConstants = { rate: 0.3, cap: 50_000_000 };

const HZ_NEW_INVESTMENT_SUBSIDY: ClauseFunction<NetRateCapConstants> = {
  name: "HZ_NEW_INVESTMENT_SUBSIDY",
  description: {
    en: "Hangzhou new-investment subsidy (HZ-HUMANOID-04b), for a project whose enterprise becomes above-designated-size within 2 years: at most 30% of actual total investment (excluding land, buildings, used equipment), up to 50,000,000 yuan.",
    zh: "杭州新增投资项目补助（HZ-HUMANOID-04b），适用于2年内成为规上企业的新增投资项目：不高于实际投资总额（不含土地、厂房、旧设备等）的30%，最高5000万元。",
  },
  params: [
    amount(
      "actual_total_investment",
      { en: "Total actual investment", zh: "实际投资总额" },
      {
        en: "Actual total investment of the new investment project, gross, in yuan.",
        zh: "新增投资项目实际投资总额（毛额），元。",
      }
    ),
    excludedAssets({ en: "actual_total_investment", zh: "实际投资总额" }),
    rateAtMost(
      "rate",
      { en: "Subsidy rate", zh: "补助比例" },
      "「不高于实际投资总额…的30%」",
      NEW_INVESTMENT.rate
    ),
  ],
  constants: NEW_INVESTMENT,
  formula: {
    en: "min(max(0, actual total investment − excluded assets) × rate (≤ 30%), 50,000,000).",
    zh: "min(max(0, 实际投资总额 − 土地厂房旧设备) × 比例（≤30%）, 5000万元)。",
  },
  compute: netRateCapped(
    {
      param: "actual_total_investment",
      label: { en: "Actual total investment (gross)", zh: "实际投资总额（毛额）" },
    },
    [
      {
        param: "excluded_assets",
        label: { en: "Less land, buildings and used equipment", zh: "扣除土地、厂房、旧设备" },
      },
    ],
    "rate"
  ),
  ambiguities: [
    {
      issue: "The condition 「2年内成为规上企业」 (above-designated-size within 2 years).",
      chosen: "Qualitative: assumed met.",
    },
  ],
  examples: [
    {
      args: [60_000_000, 10_000_000],
      expect: 15_000_000,
      arithmetic: "(60,000,000 − 10,000,000) × 0.30 = 15,000,000",
    },
    {
      args: [250_000_000, 20_000_000],
      expect: 50_000_000,
      arithmetic: "230,000,000 × 0.30 = 69,000,000 → cap 50,000,000",
      note: "cap",
    },
    {
      args: [60_000_000, 10_000_000, 0.2],
      expect: 10_000_000,
      arithmetic: "50,000,000 × 0.20 = 10,000,000",
    },
    { args: [0], expect: 0, arithmetic: "0 × 0.30 = 0" },
  ],
};

// ---------------------------------------------------------------------------------------------------
// HZ-HUMANOID-04c
// ---------------------------------------------------------------------------------------------------

type LoanInterestConstants = FinancingCostConstants & { rate: number; investmentThreshold: number };
const LOAN_INTEREST: LoanInterestConstants = {
  investmentThreshold: 5_000_000,
  rate: 0.01,
  cap: 1_500_000,
};

const loanInterest = financingCostUnderRoom({
  base: { param: "loan_amount", label: { en: "Actual loan amount", zh: "实际贷款额" } },
  rateParam: "rate",
  yearsParam: "years",
  costParam: "actual_interest_paid",
  room: { label: L.cumulativeRoom },
});

const HZ_LOAN_INTEREST_SUBSIDY: ClauseFunction<LoanInterestConstants> = {
  name: "HZ_LOAN_INTEREST_SUBSIDY",
  description: {
    en: `Hangzhou loan-interest subsidy for fixed-asset investment (HZ-HUMANOID-04c): with investment (excluding land, buildings, used equipment) of ${grouped(LOAN_INTEREST.investmentThreshold)} yuan or more and a loan, at most ${percent(LOAN_INTEREST.rate)} a year on the loan; at most ${grouped(LOAN_INTEREST.cap)} yuan per enterprise.`,
    zh: `杭州固定资产投资贷款贴息（HZ-HUMANOID-04c）：实际投资总额（不含土地、厂房、旧设备等）达${wan(LOAN_INTEREST.investmentThreshold)}且获得贷款的，按实际贷款额给予不高于${percent(LOAN_INTEREST.rate)}的年利率贴息，单个企业贴息总额最高${wan(LOAN_INTEREST.cap)}。`,
  },
  params: [
    amount(
      "eligible_investment",
      { en: "Fixed-asset investment", zh: "固定资产投资总额" },
      {
        en: "Actual fixed-asset investment, excluding land, buildings and used equipment, in yuan. Must reach 5,000,000 (「达500万元」: 5,000,000 itself qualifies).",
        zh: "实际固定资产投资总额（不含土地、厂房、旧设备等），元。须达到500万元（「达500万元」，含本数）。",
      }
    ),
    amount(
      "loan_amount",
      { en: "Loan amount", zh: "实际贷款额" },
      {
        en: "Actual loan amount (实际贷款额), read as the principal, in yuan. 0 means no loan was obtained → 0.",
        zh: "实际贷款额（按贷款本金理解），元。为0即未获得贷款，结果为0。",
      }
    ),
    quantity(
      "years",
      { en: "Years subsidised", zh: "贴息年数" },
      "years",
      {
        en: "Years of interest subsidised in this calculation; fractions allowed (0.5 = six months). Default 1. The text states no subsidy period.",
        zh: "本次计算的贴息年数，可为小数（0.5即半年），默认1。政策未规定贴息期限。",
      },
      { default: 1 }
    ),
    rateAtMost(
      "rate",
      { en: "Annual interest-subsidy rate", zh: "年贴息利率" },
      "「不高于1%的年利率」",
      LOAN_INTEREST.rate
    ),
    receivedToDate(
      { en: "Interest subsidy received", zh: "已获贴息补助" },
      {
        en: "Interest subsidy already received under this clause, in yuan; default 0. Cumulative cap 1,500,000 per enterprise (「单个企业贴息补助总额最高150万元」).",
        zh: "本条已获得的贴息补助，元，默认0。单个企业贴息补助总额最高150万元。",
      }
    ),
    amount(
      "actual_interest_paid",
      { en: "Interest actually paid", zh: "实际支付利息" },
      {
        en: "Optional: interest actually paid over the same period, in yuan. If given, the subsidy cannot exceed it (implicit in 贴息; not stated in the text).",
        zh: "可选：同期实际支付的利息，元。填写后补助不超过该金额（贴息的性质使然，原文未写明）。",
      },
      { optional: true }
    ),
  ],
  constants: LOAN_INTEREST,
  formula: {
    en: "0 unless eligible investment ≥ 5,000,000 and loan > 0; otherwise loan × rate (≤ 1%) × years, at most the interest actually paid when given, then at most the room left under the 1,500,000 cumulative cap.",
    zh: "实际投资总额≥500万元且贷款额>0时：贷款额×利率（≤1%）×年数；如填写实际利息则不超过实际利息；再以累计150万元上限的剩余额度为限。否则为0。",
  },
  compute(args, c, calc) {
    const investment = calc.base(
      { en: "Eligible fixed-asset investment", zh: "实际投资总额（不含土地、厂房、旧设备）" },
      num(args.eligible_investment)
    );
    if (
      !calc.atLeast(
        {
          en: "Investment reaches the threshold (「达」: ≥)",
          zh: "实际投资总额达到门槛（「达」含本数）",
        },
        investment,
        c.investmentThreshold
      )
    )
      return 0;
    if (
      !calc.above(
        { en: "A loan was obtained (loan > 0)", zh: "获得贷款（贷款额>0）" },
        num(args.loan_amount),
        0
      )
    )
      return 0;
    return loanInterest(args, c, calc);
  },
  ambiguities: [
    { issue: "The subsidy period is not stated.", chosen: "The user's years (default 1)." },
    {
      issue: "「实际贷款额」",
      chosen: "The principal.",
      alternative: "The average balance: pass it as loan_amount.",
    },
    {
      issue: "「融券融资」 reads like a slip for 融资 / 债券融资.",
      chosen: "No effect on the formula.",
    },
  ],
  examples: [
    {
      args: [20_000_000, 30_000_000],
      expect: 300_000,
      arithmetic: "30,000,000 × 0.01 × 1 = 300,000",
    },
    {
      args: [200_000_000, 100_000_000, 2],
      expect: 1_500_000,
      arithmetic: "100,000,000 × 0.01 × 2 = 2,000,000 → cap 1,500,000",
      note: "cap",
    },
    {
      args: [4_900_000, 10_000_000],
      expect: 0,
      arithmetic: "investment 4,900,000 < 5,000,000",
      note: "below threshold",
    },
    {
      args: [20_000_000, 30_000_000, 1, 0.01, 1_350_000],
      expect: 150_000,
      arithmetic: "min(300,000, 1,500,000 − 1,350,000) = 150,000",
      note: "partly used cap",
    },
  ],
};

// ---------------------------------------------------------------------------------------------------
// HZ-HUMANOID-05a
// ---------------------------------------------------------------------------------------------------

const HZ_CHAIN_ENTRY_AWARD: ClauseFunction<{ salesThreshold: number; award: number }> = {
  name: "HZ_CHAIN_ENTRY_AWARD",
  description: {
    en: "Hangzhou one-time award for entering a non-affiliated Fortune Global 500 / China Top 500 buyer's procurement catalogue (HZ-HUMANOID-05a): 1,000,000 yuan if sales exceed 10,000,000 yuan in each of two consecutive years.",
    zh: "杭州产品进入非关联世界500强、中国500强企业采购目录的一次性奖励（HZ-HUMANOID-05a）：连续两年销售额均超过1000万元的，奖励100万元。",
  },
  params: [
    amount(
      "sales_year1",
      { en: "Sales, first year", zh: "首年销售额" },
      {
        en: "Sales in the first of the two consecutive years of the products admitted to the buyer's procurement catalogue, in yuan. Must exceed 10,000,000 (「超过」: 10,000,000 itself does not qualify).",
        zh: "连续两年中第一年进入采购目录产品的销售额，元。须超过1000万元（「超过」不含本数）。",
      }
    ),
    amount(
      "sales_year2",
      { en: "Sales, second year", zh: "次年销售额" },
      {
        en: "The same, for the second year; must also exceed 10,000,000.",
        zh: "第二年的同口径销售额，元；同样须超过1000万元。",
      }
    ),
  ],
  constants: { salesThreshold: 10_000_000, award: 1_000_000 },
  formula: {
    en: "1,000,000 if sales in year 1 > 10,000,000 and sales in year 2 > 10,000,000; otherwise 0. One-time.",
    zh: "两年销售额均超过1000万元时奖励100万元，否则为0。一次性。",
  },
  compute(args, c, calc) {
    const y1 = calc.above(
      {
        en: "Year 1 sales above the threshold (「超过」: >)",
        zh: "第一年销售额超过门槛（「超过」不含本数）",
      },
      num(args.sales_year1),
      c.salesThreshold
    );
    const y2 = calc.above(
      {
        en: "Year 2 sales above the threshold (「超过」: >)",
        zh: "第二年销售额超过门槛（「超过」不含本数）",
      },
      num(args.sales_year2),
      c.salesThreshold
    );
    return y1 && y2 ? calc.fixed(L.fixedAward, c.award) : 0;
  },
  ambiguities: [
    {
      issue: "「销售额」",
      chosen:
        "Sales of the catalogued products to the 500-strong buyer(s), which is the purpose of the clause.",
      alternative: "The firm's total sales: enter total sales instead.",
    },
  ],
  examples: [
    {
      args: [12_000_000, 15_000_000],
      expect: 1_000_000,
      arithmetic: "both > 10,000,000 → 1,000,000",
      note: "fixed = cap",
    },
    {
      args: [10_000_000, 25_000_000],
      expect: 0,
      arithmetic: "10,000,000 is not > 10,000,000",
      note: "below threshold",
    },
    {
      args: [9_000_000, 30_000_000],
      expect: 0,
      arithmetic: "year 1 9,000,000 is too low",
      note: "below threshold",
    },
  ],
};

// ---------------------------------------------------------------------------------------------------
// HZ-HUMANOID-05b
// ---------------------------------------------------------------------------------------------------

const HZ_COMPONENT_PURCHASE_AWARD: ClauseFunction<ThresholdRateRoomConstants> = {
  name: "HZ_COMPONENT_PURCHASE_AWARD",
  description: {
    en: "Hangzhou award for purchasing components from non-affiliated enterprises (HZ-HUMANOID-05b): if annual purchases reach 1,000,000 yuan, 10% of them, up to 5,000,000 yuan per enterprise per year.",
    zh: "杭州采购、应用非关联企业零部件奖励（HZ-HUMANOID-05b）：年度采购量达100万元的，按年度采购量的10%奖励，单家企业每年最高500万元。",
  },
  params: [
    amount(
      "annual_purchase",
      { en: "Annual purchases", zh: "年度采购金额" },
      {
        en: "The year's purchases of components from non-affiliated enterprises (「年度采购量」, read as a yuan amount). Must reach 1,000,000 (「达100万元」: 1,000,000 itself qualifies).",
        zh: "本年度采购、应用非关联企业零部件产品的金额（「年度采购量」按金额理解），元。须达到100万元（「达」含本数）。",
      }
    ),
    receivedToDate(
      { en: "Received this year", zh: "本年度已获奖励" },
      {
        en: "Already received under this clause this year, in yuan; default 0. Annual cap 5,000,000 per enterprise.",
        zh: "本年度本条已获奖励，元，默认0。单家企业每年最高500万元。",
      }
    ),
  ],
  constants: { threshold: 1_000_000, thresholdOp: ">=", rate: 0.1, cap: 5_000_000 },
  formula: {
    en: "0 if annual purchases < 1,000,000; otherwise min(10% × annual purchases, max(0, 5,000,000 − received this year)).",
    zh: "年度采购额<100万元时为0；否则 min(年度采购额×10%, max(0, 500万元 − 本年已获))。",
  },
  compute: thresholdRateUnderRoom(
    {
      param: "annual_purchase",
      label: { en: "Annual component purchases", zh: "年度零部件采购额" },
    },
    { label: L.annualRoom },
    {
      en: "Annual purchases reach the threshold (「达」: ≥)",
      zh: "年度采购量达到门槛（「达」含本数）",
    }
  ),
  ambiguities: [
    {
      issue: "「年度采购量」 (a quantity word).",
      chosen: "Read as the yuan amount purchased in the year.",
    },
  ],
  examples: [
    { args: [3_000_000], expect: 300_000, arithmetic: "3,000,000 × 0.10 = 300,000" },
    {
      args: [80_000_000],
      expect: 5_000_000,
      arithmetic: "80,000,000 × 0.10 = 8,000,000 → cap 5,000,000",
      note: "cap",
    },
    { args: [999_999], expect: 0, arithmetic: "999,999 < 1,000,000", note: "below threshold" },
    {
      args: [1_000_000],
      expect: 100_000,
      arithmetic: "1,000,000 × 0.10 = 100,000",
      note: "at the threshold",
    },
  ],
};

// ---------------------------------------------------------------------------------------------------
// HZ-HUMANOID-06 (customer name)
// ---------------------------------------------------------------------------------------------------

const HZ_SCENARIO_AWARD: ClauseFunction<{ rate: number; cap: number }> = {
  name: "HZ_SCENARIO_AWARD",
  description: {
    en: "Hangzhou humanoid-robot demonstration scenario award (HZ-HUMANOID-06): 50% of actual investment, up to 2,000,000 yuan per scenario.",
    zh: "杭州人形机器人示范应用场景奖励（HZ-HUMANOID-06）：按实际投入的50%，单个场景最高200万元。",
  },
  params: [
    amount(
      "actual_investment",
      { en: "Actual investment", zh: "场景实际投入" },
      {
        en: "Actual investment (实际投入) in one selected demonstration application scenario, in yuan.",
        zh: "单个入选示范应用场景的实际投入，元。",
      }
    ),
  ],
  constants: { rate: 0.5, cap: 2_000_000 },
  formula: {
    en: "min(50% × actual investment, 2,000,000); the cap is reached at 4,000,000 of investment.",
    zh: "min(实际投入×50%, 200万元)；实际投入达400万元时封顶。",
  },
  compute: rateCapped({
    param: "actual_investment",
    label: { en: "Actual investment", zh: "实际投入" },
  }),
  ambiguities: [
    {
      issue: "Being one of the 5 scenarios selected each year.",
      chosen: "Qualitative: assumed (the function computes the award once selected).",
    },
  ],
  examples: [
    { args: [1_500_000], expect: 750_000, arithmetic: "1,500,000 × 0.50 = 750,000" },
    {
      args: [6_000_000],
      expect: 2_000_000,
      arithmetic: "6,000,000 × 0.50 = 3,000,000 → cap 2,000,000",
      note: "cap",
    },
    { args: [0], expect: 0, arithmetic: "0 × 0.50 = 0" },
  ],
};

// ---------------------------------------------------------------------------------------------------
// HZ-HUMANOID-07
// ---------------------------------------------------------------------------------------------------

const PILOT_PLATFORM: PhasedConstants = { rate: 0.3, cap: 50_000_000 };

const HZ_PILOT_PLATFORM_SUBSIDY: ClauseFunction<PhasedConstants> = {
  name: "HZ_PILOT_PLATFORM_SUBSIDY",
  description: {
    en: "Hangzhou humanoid pilot-verification and application-promotion service platform subsidy (HZ-HUMANOID-07): at most 30% of actual investment, paid yearly by investment progress, up to 50,000,000 yuan per platform. Returns this year's payment.",
    zh: "杭州人形机器人中试验证及应用推广服务平台补助（HZ-HUMANOID-07）：不超过实际投入30%，根据投入进度分年度补助，单个平台最高5000万元。结果为本年度应拨付金额。",
  },
  params: [
    amount(
      "cumulative_actual_investment",
      { en: "Cumulative actual investment", zh: "累计实际投入" },
      {
        en: "Actual investment in the platform up to the end of the year assessed (cumulative), in yuan.",
        zh: "截至被评估年度末平台累计实际投入，元。",
      }
    ),
    amount(
      "paid_in_prior_years",
      { en: "Paid in earlier years", zh: "以前年度已拨付" },
      {
        en: "Subsidy already paid for the platform in earlier years, in yuan; default 0.",
        zh: "该平台以前年度已拨付的补助，元，默认0。",
      },
      { default: 0 }
    ),
    rateAtMost(
      "rate",
      { en: "Subsidy rate", zh: "补助比例" },
      "「不超过实际投入30%」",
      PILOT_PLATFORM.rate
    ),
  ],
  constants: PILOT_PLATFORM,
  formula: {
    en: "max(0, min(rate (≤ 30%) × cumulative actual investment, 50,000,000) − paid in prior years).",
    zh: "max(0, min(累计实际投入×比例（≤30%）, 5000万元) − 以前年度已拨付)。",
  },
  compute: phasedRateCapped({
    base: {
      param: "cumulative_actual_investment",
      label: { en: "Cumulative actual investment", zh: "累计实际投入" },
    },
    paidParam: "paid_in_prior_years",
    rateParam: "rate",
  }),
  ambiguities: [
    {
      issue: "「根据实际投入进度分年度予以补助」",
      chosen: "Each year: the formula on cumulative investment, less what earlier years paid.",
    },
  ],
  examples: [
    { args: [40_000_000], expect: 12_000_000, arithmetic: "40,000,000 × 0.30 = 12,000,000" },
    {
      args: [100_000_000, 12_000_000],
      expect: 18_000_000,
      arithmetic: "100,000,000 × 0.30 = 30,000,000 − 12,000,000 = 18,000,000",
    },
    {
      args: [200_000_000, 30_000_000],
      expect: 20_000_000,
      arithmetic: "min(60,000,000, 50,000,000) − 30,000,000 = 20,000,000",
      note: "cap",
    },
    {
      args: [200_000_000, 50_000_000],
      expect: 0,
      arithmetic: "50,000,000 − 50,000,000 = 0",
      note: "cap exhausted",
    },
  ],
};

export const clauses: Clause[] = [
  {
    id: "HZ-HUMANOID-01",
    document: "HZ-HUMANOID",
    numberAsWritten: "一",
    category: "key-tech",
    type: "N",
    quotes: [
      "将人形机器人整机、软件算法及关键零部件列入市重点科研项目支持范围,梳理形成攻关清单,推动人形机器人“大脑、小脑、肢体”等关键技术攻关。",
      "将人形机器人通用人工智能大模型列入重点支持的人工智能专用模型,将相关开源算法平台列入人工智能市级开源开放示范平台。",
    ],
    summary: {
      en: "Humanoid robots, algorithms and components are added to the municipal key research program scope (brain / cerebellum / limbs). Innovation consortia are encouraged. Humanoid general AI models count as key-supported AI models, and open-source algorithm platforms as municipal open-source demonstration platforms.",
      zh: "将人形机器人整机、软件算法及关键零部件列入市重点科研项目支持范围，推动“大脑、小脑、肢体”等关键技术攻关；鼓励组建创新联合体；人形机器人通用人工智能大模型列入重点支持的人工智能专用模型，相关开源算法平台列入市级开源开放示范平台。",
    },
    departments: "市科技局、市经信局 (lead: 市科技局)",
  },
  {
    id: "HZ-HUMANOID-02a",
    document: "HZ-HUMANOID",
    numberAsWritten: "二",
    category: "innovation-platform",
    type: "N-$",
    quotes: [
      "建设人形机器人产业创新平台,将其纳入市级制造业创新中心管理并给予支持,力争三年内建成省级制造业创新中心,积极争创国家级创新平台。",
    ],
    summary: {
      en: "The humanoid-robot industry innovation platform is managed as a municipal manufacturing innovation center and supported (no amount).",
      zh: "人形机器人产业创新平台纳入市级制造业创新中心管理并给予支持（未规定金额）。",
    },
    departments: DEPT.m2,
  },
  {
    id: "HZ-HUMANOID-02b",
    document: "HZ-HUMANOID",
    numberAsWritten: "二",
    category: "key-tech",
    type: "Q",
    quotes: [
      "鼓励人形机器人企业承担国家、省重点科研任务,按国家、省实际到账补助资金的25%,给予最高500万元的补助。",
    ],
    summary: {
      en: "Firms undertaking national or provincial key research tasks receive 25% of the national/provincial grant money actually received, up to 5,000,000 yuan.",
      zh: "承担国家、省重点科研任务的企业，按国家、省实际到账补助资金的25%给予补助，最高500万元。",
    },
    departments: DEPT.m2,
    fn: HZ_RESEARCH_MATCHING_SUBSIDY,
    oneTime: { kind: "phases", because: "按国家、省实际到账补助资金的25%" },
  },
  {
    id: "HZ-HUMANOID-02c",
    document: "HZ-HUMANOID",
    numberAsWritten: "二",
    category: "key-tech",
    type: "Q",
    quotes: [
      "对承担工业和信息化部人形机器人“揭榜挂帅”项目和高质量发展专项、省经信厅未来产业先导区财政激励专项的企业,给予企业实际投资总额(包含研发投入及相关固定资产投资,不含土地、厂房、旧设备及获得的国家、省、市相关扶持资金)的50%、最高300万元的补助。",
    ],
    summary: {
      en: 'Firms undertaking an MIIT humanoid "unveil-the-list" project or high-quality-development special, or the Zhejiang Economy & IT Dept. future-industry pilot-zone incentive, receive 50% of actual total investment, up to 3,000,000 yuan. Investment here means R&D plus related fixed assets, excluding land, buildings, used equipment, and national/provincial/municipal support funds.',
      zh: "承担工信部人形机器人“揭榜挂帅”项目和高质量发展专项、省经信厅未来产业先导区财政激励专项的企业，按实际投资总额的50%给予补助，最高300万元；投资总额含研发投入及相关固定资产投资，不含土地、厂房、旧设备及已获国家、省、市相关扶持资金。",
    },
    departments: DEPT.m2,
    fn: HZ_FLAGSHIP_PROJECT_SUBSIDY,
    oneTime: { kind: "row", because: "的50%、最高300万元的补助" },
  },
  {
    id: "HZ-HUMANOID-02d",
    document: "HZ-HUMANOID",
    numberAsWritten: "二",
    category: "R&D",
    type: "Q-R",
    quotes: ["对人形机器人企业,按年研发投入总量或增量给予政策支持。"],
    summary: {
      en: "Humanoid robot firms receive policy support based on annual R&D total or R&D increment. No rate and no cap are given.",
      zh: "对人形机器人企业按年研发投入总量或增量给予政策支持；未规定比例和上限。",
    },
    departments: DEPT.m2,
    fn: HZ_RD_SUBSIDY,
    oneTime: { kind: "annual", because: "按年研发投入总量或增量给予政策支持" },
  },
  {
    id: "HZ-HUMANOID-02e",
    document: "HZ-HUMANOID",
    numberAsWritten: "二",
    category: "compute",
    type: "N-$",
    quotes: ["以算力券方式对人形机器人企业和科研平台进行算力支持。"],
    summary: {
      en: "Compute support via compute vouchers (算力券). No base, rate or cap is given here; the terms are those of Hangzhou's separate compute-voucher scheme.",
      zh: "以算力券方式对人形机器人企业和科研平台进行算力支持；此处未规定基数、比例或上限，按杭州市算力券政策执行。",
    },
    departments: DEPT.m2,
  },
  {
    id: "HZ-HUMANOID-03a",
    document: "HZ-HUMANOID",
    numberAsWritten: "三",
    category: "investment",
    type: "N-$",
    quotes: [
      "对新设立的人形机器人企业,根据企业落户后2年内的综合发展情况,按照国家法律法规及相关规定给予相应的政策支持。",
    ],
    summary: {
      en: "Newly established humanoid firms are supported, according to their development in the first 2 years after settling, under applicable rules (no amount).",
      zh: "新设立的人形机器人企业，根据落户后2年内的综合发展情况，按国家法律法规及相关规定给予相应政策支持（未规定金额）。",
    },
    departments: DEPT.m3,
  },
  {
    id: "HZ-HUMANOID-03b",
    document: "HZ-HUMANOID",
    numberAsWritten: "三",
    category: "land-space",
    type: "Q-K",
    quotes: [
      "鼓励国有资本平台将楼宇厂房出租或出售给人形机器人企业用于办公生产、创新创业,根据人形机器人创新创业项目的创新能力、市场潜力,可由人形机器人产业创新平台提供使用时间不超过3年、面积不超过1000平方米的免费办公场所。",
    ],
    summary: {
      en: "The innovation platform may provide free office space for humanoid start-up projects, for at most 3 years and at most 1,000 m². This is an in-kind benefit; the function values it at market rent.",
      zh: "人形机器人产业创新平台可为创新创业项目提供使用时间不超过3年、面积不超过1000平方米的免费办公场所。属实物支持，函数按市场租金折算其价值。",
    },
    departments: DEPT.m3,
    fn: HZ_FREE_OFFICE_VALUE,
    oneTime: { kind: "row", because: "使用时间不超过3年、面积不超过1000平方米的免费办公场所" },
  },
  {
    id: "HZ-HUMANOID-04a",
    document: "HZ-HUMANOID",
    numberAsWritten: "四",
    category: "investment",
    type: "N",
    quotes: ["将技改项目年度投资要求由1000万元降低至500万元。"],
    summary: {
      en: "The annual-investment eligibility threshold for (municipal) technology-transformation projects drops from 10,000,000 to 5,000,000 yuan for humanoid firms. This is an eligibility relaxation for another program, not an award.",
      zh: "人形机器人企业申报（市级）技改项目的年度投资要求由1000万元降至500万元。这是放宽其他项目的申报条件，不是奖补。",
    },
    departments: DEPT.m4,
  },
  {
    id: "HZ-HUMANOID-04b",
    document: "HZ-HUMANOID",
    numberAsWritten: "四",
    category: "investment",
    type: "Q",
    quotes: [
      "对2年内成为规上企业的新增投资项目,给予不高于实际投资总额(不含土地、厂房、旧设备等)的30%、最高5000万元的补助。",
    ],
    summary: {
      en: "A new investment project whose enterprise becomes an above-designated-size (规上) enterprise within 2 years receives ≤ 30% of actual total investment (excluding land, buildings, used equipment), up to 50,000,000 yuan.",
      zh: "2年内成为规上企业的新增投资项目，给予不高于实际投资总额（不含土地、厂房、旧设备等）30%的补助，最高5000万元。",
    },
    departments: DEPT.m4,
    fn: HZ_NEW_INVESTMENT_SUBSIDY,
    oneTime: { kind: "row", because: "对2年内成为规上企业的新增投资项目" },
  },
  {
    id: "HZ-HUMANOID-04c",
    document: "HZ-HUMANOID",
    numberAsWritten: "四",
    category: "loan-interest",
    type: "Q",
    quotes: [
      "鼓励人形机器人企业采取银行贷款、融券融资等方式进行固定资产投资,实际投资总额(不含土地、厂房、旧设备等)达500万元且获得贷款的,根据实际贷款额给予不高于1%的年利率贴息补助,单个企业贴息补助总额最高150万元。",
    ],
    summary: {
      en: "Where fixed-asset investment (excluding land, buildings, used equipment) reaches 5,000,000 yuan and a loan was obtained, the firm receives an interest subsidy of ≤ 1% per year on the actual loan amount, up to 1,500,000 yuan in total per enterprise.",
      zh: "固定资产实际投资总额（不含土地、厂房、旧设备等）达500万元且获得贷款的，按实际贷款额给予不高于1%的年利率贴息，单个企业贴息总额最高150万元。",
    },
    departments: DEPT.m4,
    fn: HZ_LOAN_INTEREST_SUBSIDY,
    oneTime: { kind: "annual", because: "根据实际贷款额给予不高于1%的年利率贴息补助" },
  },
  {
    id: "HZ-HUMANOID-05a",
    document: "HZ-HUMANOID",
    numberAsWritten: "五",
    category: "revenue-milestone",
    type: "Q",
    quotes: [
      "支持打造人形机器人产业链,人形机器人企业产品进入非关联的世界500强、中国500强企业采购目录,且连续两年销售额均超过1000万元的,给予人形机器人企业一次性奖励100万元。",
    ],
    summary: {
      en: "A firm whose products enter the procurement catalogue of a non-affiliated Fortune Global 500 or China Top 500 enterprise, with sales above 10,000,000 yuan in each of two consecutive years, gets a one-time 1,000,000 yuan award.",
      zh: "产品进入非关联的世界500强、中国500强企业采购目录，且连续两年销售额均超过1000万元的，给予一次性奖励100万元。",
    },
    departments: DEPT.m5,
    fn: HZ_CHAIN_ENTRY_AWARD,
    oneTime: { kind: "row", because: "给予人形机器人企业一次性奖励100万元" },
  },
  {
    id: "HZ-HUMANOID-05b",
    document: "HZ-HUMANOID",
    numberAsWritten: "五",
    category: "other",
    categoryNote: "supply-chain procurement",
    type: "Q",
    quotes: [
      "人形机器人企业采购、应用非关联企业零部件产品,年度采购量达100万元的,按年度采购量的10%予以奖励,单家企业每年最高奖励500万元。",
    ],
    summary: {
      en: "Annual purchases of components from non-affiliated firms of ≥ 1,000,000 yuan earn 10% of the annual purchase amount, up to 5,000,000 yuan per firm per year.",
      zh: "采购、应用非关联企业零部件产品，年度采购量达100万元的，按年度采购量的10%奖励，单家企业每年最高500万元。",
    },
    departments: DEPT.m5,
    fn: HZ_COMPONENT_PURCHASE_AWARD,
    oneTime: { kind: "annual", because: "单家企业每年最高奖励500万元" },
  },
  {
    id: "HZ-HUMANOID-06",
    document: "HZ-HUMANOID",
    numberAsWritten: "六",
    category: "scenario",
    type: "Q",
    quotes: [
      "每年评选5个人形机器人示范应用场景,对单个示范应用场景按实际投入的50%、予以最高200万元的奖励。",
    ],
    context: ["支持将优质人形机器人产品列入政府采购目录"],
    summary: {
      en: "5 demonstration application scenarios are selected each year. Each receives 50% of actual investment, up to 2,000,000 yuan.",
      zh: "每年评选5个人形机器人示范应用场景，单个场景按实际投入的50%给予最高200万元奖励。",
    },
    departments:
      "市经信局、市建委、市公安局、市教育局、市文化广电旅游局、市商务局、市综合执法局(市城管局)、市卫生健康委员会、市交通运输局、市应急管理局、市民政局、市国资委,各区、县(市)政府",
    fn: HZ_SCENARIO_AWARD,
    oneTime: { kind: "row", because: "对单个示范应用场景按实际投入的50%、予以最高200万元的奖励" },
  },
  {
    id: "HZ-HUMANOID-07",
    document: "HZ-HUMANOID",
    numberAsWritten: "七",
    category: "pilot-platform",
    type: "Q",
    quotes: [
      "整合行业龙头企业、科研机构等力量,建设人形机器人中试验证及应用推广服务平台,按照不超过实际投入30%的标准、根据实际投入进度分年度予以补助,单个平台最高补助5000万元。",
    ],
    summary: {
      en: "A humanoid pilot-verification and application-promotion service platform receives ≤ 30% of actual investment, paid yearly according to investment progress, up to 50,000,000 yuan per platform.",
      zh: "人形机器人中试验证及应用推广服务平台，按不超过实际投入30%的标准、根据投入进度分年度补助，单个平台最高5000万元。",
    },
    departments: "市经信局",
    fn: HZ_PILOT_PLATFORM_SUBSIDY,
    oneTime: { kind: "phases", because: "根据实际投入进度分年度予以补助" },
  },
  {
    id: "HZ-HUMANOID-08",
    document: "HZ-HUMANOID",
    numberAsWritten: "八",
    category: "listing-finance",
    type: "N",
    quotes: [
      "对属于强链补链延链的人形机器人产业项目,履行相关决策程序后,市级产业基金可采取市和区、县(市)按1:1比例联动出资的机制进行直投。",
      "鼓励各区、县(市)对政府产业基金投资的重大项目,使用政府投资的收益部分给予一定奖励。",
    ],
    summary: {
      en: "The municipal industry fund may invest directly, matched 1:1 by the district fund. Districts are encouraged to reward major fund-invested projects out of the government's investment returns.",
      zh: "市级产业基金可按市和区、县(市)1:1联动出资直投强链补链延链项目；鼓励各区、县(市)以政府投资收益对基金投资的重大项目给予一定奖励。",
    },
    departments: "市国资委",
  },
  {
    id: "HZ-HUMANOID-09",
    document: "HZ-HUMANOID",
    numberAsWritten: "九",
    category: "talent",
    type: "N",
    quotes: ["在市级卓越工程师遴选认定中单列人形机器人赛道,设置专项认定名额。"],
    summary: {
      en: 'A dedicated humanoid track and quota in the municipal "outstanding engineer" selection; talent authorisation for key firms; industry–education platforms.',
      zh: "市级卓越工程师遴选认定单列人形机器人赛道并设专项名额；优化重点企业人才授权认定；共建产教融合平台。",
    },
    departments: "市经信局、市委人才办、市人力社保局、市教育局",
  },
  {
    id: "HZ-HUMANOID-10",
    document: "HZ-HUMANOID",
    numberAsWritten: "十",
    category: "other",
    type: "N",
    quotes: [
      "建立促进人形机器人产业创新发展工作推进机制,强化部门间协同,统筹推进技术攻关、产业引育、示范应用、交流合作等工作。",
      "支持开展技术创新协作、场景应用推广、高端展会论坛、机器人竞赛等活动,进一步推动产业蓬勃发展。",
    ],
    summary: {
      en: "A working mechanism plus support for collaboration, exhibitions, forums and competitions. No amounts.",
      zh: "建立工作推进机制，支持技术创新协作、场景应用推广、高端展会论坛、机器人竞赛等活动。未规定金额。",
    },
    departments: "市经信局",
  },
];
