/**
 * The twin clauses of HLJ-ROBOT and HLJ-AI. Spec §5.2 declares five HLJ-AI functions identical to their
 * HLJ-ROBOT counterparts: parameters, algorithm and ambiguities (HLJAI_RD_SUBSIDY / HLJ_RD_SUBSIDY,
 * HLJAI_PILOT_PLATFORM_GRANT / HLJ_PILOT_PLATFORM_GRANT, HLJAI_DATASET_SUBSIDY / HLJ_DATASET_GRANT,
 * HLJAI_DATA_VOUCHER / HLJ_DATA_VOUCHER, HLJAI_LAUNCH_EVENT_SUBSIDY / HLJ_LAUNCH_EVENT_SUBSIDY). Each builder
 * here holds the shared parameter table, formula and ambiguities; a clause record passes what is its own:
 * name, description, `constants` (every policy number comes from the record's own sentence, and the text
 * below is worded from them), the clause-specific wording, and its worked examples.
 * Also the 「原则上」 per-project cap that HLJ-ROBOT-05 and HLJ-AI-09b share.
 */
import { amount, code, rate, receivedToDate } from "../catalog/params";
import { grouped } from "../format/money";
import { percent, percentPoints } from "../format/percent";
import type { Ambiguity, Args, ClauseFunction, Example, ParamSpec, Text } from "../catalog/types";
import {
  type RdPostSubsidyConstants,
  rateCapped,
  rateUnderRoom,
  rdPostSubsidy,
  upToCap,
} from "../engine/formulas";
import { L } from "../engine/labels";
import { rateAtMost, wan } from "./shared";

/** What is clause-specific in a twin function: everything else is shared. */
interface Own<C> {
  name: string;
  description: Text;
  constants: C;
  examples: Example[];
}

type RateCap = { rate: number; cap: number };

/** Where min(rate × base, cap) reaches its cap, in cents, and whether that is exact ("达") or rounded ("约"). */
function capReachedAt(c: RateCap): { en: string; zh: string } {
  const at = c.cap / c.rate;
  const cents = Math.round(at * 100) / 100;
  const exact = Math.abs(at - cents) < 1e-6;
  return { en: grouped(cents), zh: `${exact ? "达" : "约"}${wan(cents)}` };
}

// ---------------------------------------------------------------------------------------------------
// HLJ-ROBOT-01 / HLJ-AI-03: R&D post-subsidy, base ratios raised by 50%, cumulative cap
// ---------------------------------------------------------------------------------------------------

export function rdPostSubsidyFunction(
  own: Own<RdPostSubsidyConstants> & {
    /** Illustrative base ratios named in the ratio parameters' "e.g.", matching the record's examples. */
    exampleRatios: { stock: string; increment: string };
    /** received_to_date: which receipts count toward the cumulative cap (§7); the cap itself is appended. */
    receivedToDate: Text;
    /** Ambiguity (e): what counts toward the cumulative cap. */
    capScope: string;
  }
): ClauseFunction<RdPostSubsidyConstants> {
  const c = own.constants;
  const raisedBy = percent(c.uplift - 1);
  const points = percentPoints(c.uplift - 1);
  return {
    name: own.name,
    description: own.description,
    params: [
      amount(
        "rd_last_year",
        { en: "R&D last year", zh: "上年度研发投入" },
        {
          en: "R&D investment of the previous year (上年度), the year assessed, in yuan.",
          zh: "上年度（被评估年度）研发投入，元。",
        }
      ),
      amount(
        "rd_prior_year",
        { en: "R&D the year before", zh: "再上一年度研发投入" },
        {
          en: "R&D investment of the year before that, in yuan, to split stock and increment; 0 if none.",
          zh: "再上一年度研发投入，元，用于划分存量和增量；没有则填0。",
        }
      ),
      rate(
        "base_stock_ratio",
        { en: "Base stock ratio", zh: "存量基础比例" },
        {
          en: `Base ratio on the stock part from the provincial R&D post-subsidy policy (not published here: you supply it), e.g. ${own.exampleRatios.stock}.`,
          zh: `省企业研发投入后补助政策中存量部分的基础比例（本政策未载明，须自行填写），如${own.exampleRatios.stock}。`,
        }
      ),
      rate(
        "base_increment_ratio",
        { en: "Base increment ratio", zh: "增量基础比例" },
        {
          en: `Base ratio on the increment part from the same policy (you supply it), e.g. ${own.exampleRatios.increment}.`,
          zh: `同一政策中增量部分的基础比例（须自行填写），如${own.exampleRatios.increment}。`,
        }
      ),
      receivedToDate(
        { en: "Received in the policy period", zh: "政策期内已获补助" },
        {
          en: `${own.receivedToDate.en} Cumulative cap ${grouped(c.cumulativeCap)}.`,
          zh: `${own.receivedToDate.zh}累计上限${wan(c.cumulativeCap)}。`,
        }
      ),
      code(
        "stock_basis",
        { en: "Stock basis", zh: "存量增量口径" },
        [
          {
            value: "SPLIT",
            aliases: ["拆分"],
            label: {
              en: "Split last year's R&D into stock + increment",
              zh: "上年度研发投入拆分为存量与增量",
            },
          },
          {
            value: "TOTAL",
            aliases: ["全额"],
            label: {
              en: "Stock = all of last year's R&D, increment on top",
              zh: "存量按上年度全额，增量另计",
            },
          },
        ],
        {
          en: 'How stock and increment are read. Default "SPLIT": stock = min(last, prior), increment = last − prior, so they add up to last year\'s R&D (「存量和增量部分」 as two parts). "TOTAL": stock = last year in full.',
          zh: "存量与增量的口径。默认“SPLIT”：存量=两年较小者，增量=增长额，两部分合计为上年度研发投入（“存量和增量部分”理解为两部分）。“TOTAL”：存量按上年度全额。",
        },
        { default: "SPLIT" }
      ),
      amount(
        "base_annual_cap",
        { en: "Base annual cap", zh: "基础政策年度上限" },
        {
          en: `Optional: the base scheme's per-enterprise annual limit, if known (an unverified report gives 6,000,000); the result is then at most this × ${c.uplift}.`,
          zh: `可选：基础政策的单个企业年度上限（如已知；未经核实的资料为600万元），结果不超过该上限×${c.uplift}。`,
        },
        { optional: true }
      ),
    ],
    constants: c,
    formula: {
      en: `If last year's R&D ≥ ${grouped(c.threshold)}: (stock × base stock ratio + increment × base increment ratio) × ${c.uplift}, at most base_annual_cap × ${c.uplift} when given, then at most the room left under the ${grouped(c.cumulativeCap)} cumulative cap.`,
      zh: `上年度研发投入≥${wan(c.threshold)}时：（存量×存量基础比例＋增量×增量基础比例）×${c.uplift}；如填写基础年度上限则不超过其${c.uplift}倍；再以累计${wan(c.cumulativeCap)}上限的剩余额度为限。`,
    },
    compute: rdPostSubsidy,
    readings: [{ param: "stock_basis", values: ["SPLIT", "TOTAL"] }],
    ambiguities: [
      {
        issue: "The base ratios are in another policy, not found (§6).",
        chosen: "Required arguments.",
      },
      {
        issue: `「上浮${raisedBy}」`,
        chosen: `Multiplicative: ratio × ${c.uplift}.`,
        alternative: `+${points} percentage points (rejected: ratios above ${raisedBy}).`,
      },
      {
        issue: "「存量和增量部分」",
        chosen: "SPLIT: the two parts of last year's R&D.",
        alternative: 'TOTAL, through stock_basis = "TOTAL"; EXPLAIN and the calculator show both.',
        reading: "stock_basis",
      },
      {
        issue: "What the function returns.",
        chosen: `The whole entitlement (base × ${c.uplift}), received instead of the base subsidy, not the top-up alone.`,
      },
      {
        issue: `What counts toward the ${grouped(c.cumulativeCap)} cap.`,
        chosen: own.capScope,
      },
    ],
    examples: own.examples,
  };
}

// ---------------------------------------------------------------------------------------------------
// HLJ-ROBOT-04 / HLJ-AI-04: concept-verification / pilot platforms, rate of total investment, capped
// ---------------------------------------------------------------------------------------------------

export function pilotPlatformGrantFunction(
  own: Own<RateCap> & {
    /** total_investment: which platforms (HLJ-ROBOT-04 requires them newly built, HLJ-AI-04 does not). */
    totalInvestment: Text;
    /** Ambiguities beyond the shared 「根据绩效评价结果」 one. */
    moreAmbiguities?: Ambiguity[];
  }
): ClauseFunction<RateCap> {
  const c = own.constants;
  const reached = capReachedAt(c);
  return {
    name: own.name,
    description: own.description,
    params: [
      amount("total_investment", { en: "Total investment", zh: "总投资额" }, own.totalInvestment),
      rateAtMost(
        "rate",
        { en: "Grant rate", zh: "资助比例" },
        `「按总投资额的${percent(c.rate)}」`,
        c.rate,
        {
          en: "Grant rate as graded by the performance evaluation (「根据绩效评价结果」)",
          zh: "按绩效评价结果（「根据绩效评价结果」）确定的资助比例",
        }
      ),
    ],
    constants: c,
    formula: {
      en: `min(rate × total investment, ${grouped(c.cap)}), rate graded by the performance evaluation, at most and by default ${percent(c.rate)}; at ${percent(c.rate)} the cap is reached at ${reached.en} of investment.`,
      zh: `min(总投资额×比例, ${wan(c.cap)})，比例按绩效评价结果确定，最高且默认${percent(c.rate)}；按${percent(c.rate)}计，总投资额${reached.zh}时封顶。`,
    },
    compute: rateCapped(
      { param: "total_investment", label: { en: "Total investment", zh: "总投资额" } },
      "rate"
    ),
    ambiguities: [
      {
        issue: "「根据绩效评价结果」",
        chosen: `Revision 2: the evaluation grades the award; ${percent(c.rate)} is its maximum and the default of the optional rate argument (a higher rate is #NUM!).`,
        alternative: `The evaluation is only a gate: the full ${percent(c.rate)} (leave rate empty).`,
      },
      ...(own.moreAmbiguities ?? []),
    ],
    examples: own.examples,
  };
}

// ---------------------------------------------------------------------------------------------------
// HLJ-ROBOT-11 / HLJ-AI-11b: first-launch / first-show / first-exhibition events
// ---------------------------------------------------------------------------------------------------

export function launchEventSubsidyFunction(own: Own<RateCap>): ClauseFunction<RateCap> {
  const c = own.constants;
  const reached = capReachedAt(c);
  return {
    name: own.name,
    description: own.description,
    params: [
      amount(
        "actual_cost",
        { en: "Actual cost", zh: "活动实际费用" },
        {
          en: "Costs actually incurred (实际发生费用) for one first-launch / first-show / first-exhibition event, in yuan.",
          zh: "单场首发、首秀、首展活动的实际发生费用，元。",
        }
      ),
    ],
    constants: c,
    formula: {
      en: `min(${percent(c.rate)} × actual cost, ${grouped(c.cap)}) per event; the cap is reached at ${reached.en} of cost.`,
      zh: `min(实际发生费用×${percent(c.rate)}, ${wan(c.cap)})，按每场活动计；费用${reached.zh}时封顶。`,
    },
    compute: rateCapped({ param: "actual_cost", label: { en: "Actual cost", zh: "实际发生费用" } }),
    ambiguities: [
      {
        issue: "Scope of the cap.",
        chosen: "Per event; the text states no annual limit per enterprise.",
      },
    ],
    examples: own.examples,
  };
}

// ---------------------------------------------------------------------------------------------------
// HLJ-ROBOT-13a / HLJ-AI-06a: high-quality datasets, up to a cap
// ---------------------------------------------------------------------------------------------------

export function datasetGrantFunction(
  own: Own<{ cap: number }> & {
    /** The unit of the award, in `requested`: "one certified high-quality dataset" / "单个经认证高质量数据集". */
    perItem: Text;
    /** How the formula names that unit, if it does: " per dataset project" / "，按单个数据集项目计". */
    formulaPer?: Text;
  }
): ClauseFunction<{ cap: number }> {
  const c = own.constants;
  const per = own.formulaPer ?? { en: "", zh: "" };
  return {
    name: own.name,
    description: own.description,
    params: [
      amount(
        "requested",
        { en: "Amount requested", zh: "申请金额" },
        {
          en: `Amount requested or expected from review for ${own.perItem.en}, in yuan; default ${grouped(c.cap)} (the maximum).`,
          zh: `${own.perItem.zh}申请或预计评审获得的金额，元；默认${wan(c.cap)}（最高额）。`,
        },
        { default: c.cap }
      ),
    ],
    constants: c,
    formula: {
      en: `min(requested, ${grouped(c.cap)})${per.en}; omitted, the maximum ${grouped(c.cap)}.`,
      zh: `min(申请金额, ${wan(c.cap)})${per.zh}；不填时按最高额${wan(c.cap)}。`,
    },
    compute: upToCap("requested"),
    upTo: true,
    ambiguities: [
      {
        issue:
          "Review scales the amount by data size, value density and application effect; no formula is given.",
        chosen: "A requested amount clipped to the cap; the default returns the maximum.",
      },
    ],
    examples: own.examples,
  };
}

// ---------------------------------------------------------------------------------------------------
// HLJ-ROBOT-13b / HLJ-AI-06c: the one 「数据券」 scheme, annual cap shared by both clauses
// ---------------------------------------------------------------------------------------------------

export function dataVoucherFunction(
  own: Own<RateCap> & {
    /** This clause's id and its twin's, whose receipts share the annual cap. */
    id: string;
    sharedWith: string;
  }
): ClauseFunction<RateCap> {
  const c = own.constants;
  return {
    name: own.name,
    description: own.description,
    params: [
      amount(
        "annual_transaction_amount",
        { en: "Annual data transactions", zh: "年度数据交易金额" },
        {
          en: "The purchaser's annual data-product transaction amount (datasets, data APIs, data models), in yuan.",
          zh: "采购主体年度数据交易金额（数据集、数据接口、数据模型等数据产品），元。",
        }
      ),
      receivedToDate(
        { en: "Received this year", zh: "本年度已获数据券" },
        {
          en: `Data vouchers already received this year, in yuan, including ${own.sharedWith} (one scheme, §7); default 0. Annual cap ${grouped(c.cap)}.`,
          zh: `本年度已获“数据券”补贴，元，含${own.sharedWith}（同一政策）；默认0。年度上限${wan(c.cap)}。`,
        }
      ),
    ],
    constants: c,
    formula: {
      en: `min(${percent(c.rate)} × annual transaction amount, max(0, ${grouped(c.cap)} − received_to_date)).`,
      zh: `min(年度数据交易金额×${percent(c.rate)}, max(0, ${wan(c.cap)}−本年已获))。`,
    },
    compute: rateUnderRoom(
      {
        param: "annual_transaction_amount",
        label: { en: "Annual data transactions", zh: "年度数据交易金额" },
      },
      { label: L.annualRoom }
    ),
    ambiguities: [
      {
        issue: `Whether ${own.id} and ${own.sharedWith} share the cap.`,
        chosen: "Shared: one 「数据券」 scheme; pass both clauses' receipts in received_to_date.",
        alternative: "Separate caps.",
      },
    ],
    examples: own.examples,
  };
}

// ---------------------------------------------------------------------------------------------------
// HLJ-ROBOT-05 / HLJ-AI-09b: 「原则上单个项目支持金额不超过5000万元」
// ---------------------------------------------------------------------------------------------------

/** The `cap` parameter of a 「原则上」 per-project cap: the policy cap by default, an approved exception entered. */
export const inPrincipleCap = (cap: number): ParamSpec => ({
  ...amount(
    "cap",
    { en: "Per-project cap", zh: "单个项目支持上限" },
    {
      en: `Per-project cap; default ${grouped(cap)}. The text says 「原则上」 (in principle), so an approved exception can be entered here.`,
      zh: `单个项目支持上限，默认${wan(cap)}。原文为“原则上”不超过，如获批例外可在此填写。`,
    },
    { default: cap }
  ),
  inPrinciple: true,
});

/**
 * The `remarks` of a clause with an `inPrincipleCap` (Revision 2): a cap entered above the text's figure is
 * computed as given, and said in words, so the award is never read as the text's own ceiling.
 */
export function inPrincipleCapRemarks(args: Args, c: { cap: number }): Text[] {
  const entered = args.cap as number;
  if (entered <= c.cap) return [];
  return [
    {
      en: `cap ${grouped(entered)} is above the ${grouped(c.cap)} the text sets 原则上: an approved exception is assumed`,
      zh: `上限${grouped(entered)}元高于原文“原则上”规定的${wan(c.cap)}：按已获批的例外计算`,
    },
  ];
}

/** The ambiguity that goes with `inPrincipleCap`. */
export const inPrincipleCapAmbiguity = (cap: number): Ambiguity => ({
  issue: `「原则上单个项目支持金额不超过${wan(cap)}」`,
  chosen: `A hard cap of ${grouped(cap)} by default, with an override argument for an approved exception; a cap entered above ${grouped(cap)} is computed as given, and EXPLAIN and the calculator say so.`,
});
