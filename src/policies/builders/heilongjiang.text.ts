/**
 * The prose of the HLJ-ROBOT / HLJ-AI twin clauses (builders/heilongjiang.ts): parameter help, formula and
 * ambiguities shared by each pair, as templates over the constants a clause's `<ID>.text.ts` receives. The
 * clause passes what is its own wording (description, the words that differ) and its worked examples.
 */
import type { RdPostSubsidyConstants } from "../../engine/shapes";
import type { Ambiguity, ClauseText, Example, Text } from "../../catalog/types";
import { grouped, wan } from "../../format/money";
import { percent, percentPoints } from "../../format/percent";
import type {
  DataVoucherParam,
  DatasetParam,
  LaunchEventParam,
  PilotPlatformParam,
  RateCap,
  RdPostSubsidyParam,
} from "./heilongjiang";

/** What every twin's text passes: its own description and worked examples. */
interface Own {
  description: Text;
  examples: Example[];
}

/**
 * Where min(rate × base, cap) reaches its cap, in cents, and whether that is exact ("达") or rounded ("约");
 * `amounts` are the figures the two languages write (万元 keeps two decimals: to the 100 yuan), which the
 * text declares as derived for the health check.
 */
function capReachedAt(c: RateCap): Text & { amounts: number[] } {
  const at = c.cap / c.rate;
  const cents = Math.round(at * 100) / 100;
  const exact = Math.abs(at - cents) < 1e-6;
  return {
    en: grouped(cents),
    zh: `${exact ? "达" : "约"}${wan(cents)}`,
    amounts: [cents, Math.round(cents / 100) * 100],
  };
}

// ---------------------------------------------------------------------------------------------------
// HLJ-ROBOT-01 / HLJ-AI-03
// ---------------------------------------------------------------------------------------------------

export function rdPostSubsidyText(
  c: RdPostSubsidyConstants,
  own: Own & {
    /** Illustrative base ratios named in the ratio parameters' "e.g.", matching the record's examples. */
    exampleRatios: { stock: string; increment: string };
    /** received_to_date: which receipts count toward the cumulative cap (§7); the cap itself is appended. */
    receivedToDate: Text;
    /** Ambiguity (e): what counts toward the cumulative cap. */
    capScope: Text;
  }
): ClauseText<RdPostSubsidyParam> {
  const raisedBy = percent(c.uplift - 1);
  const points = percentPoints(c.uplift - 1);
  return {
    description: own.description,
    formula: {
      en: `If last year's R&D ≥ ${grouped(c.threshold)}: (stock × base stock ratio + increment × base increment ratio) × ${c.uplift}, at most base_annual_cap × ${c.uplift} when given, then at most the room left under the ${grouped(c.cumulativeCap)} cumulative cap.`,
      zh: `上年度研发投入≥${wan(c.threshold)}时：（存量×存量基础比例＋增量×增量基础比例）×${c.uplift}；如填写基础年度上限则不超过其${c.uplift}倍；再以累计${wan(c.cumulativeCap)}上限的剩余额度为限。`,
    },
    params: {
      rd_last_year: {
        en: "R&D investment of the previous year (上年度), the year assessed, in yuan.",
        zh: "上年度（被评估年度）研发投入，元。",
      },
      rd_prior_year: {
        en: "R&D investment of the year before that, in yuan, to split stock and increment; 0 if none.",
        zh: "再上一年度研发投入，元，用于划分存量和增量；没有则填0。",
      },
      base_stock_ratio: {
        en: `Base ratio on the stock part from the provincial R&D post-subsidy policy (not published here: you supply it), e.g. ${own.exampleRatios.stock}.`,
        zh: `省企业研发投入后补助政策中存量部分的基础比例（本政策未载明，须自行填写），如${own.exampleRatios.stock}。`,
      },
      base_increment_ratio: {
        en: `Base ratio on the increment part from the same policy (you supply it), e.g. ${own.exampleRatios.increment}.`,
        zh: `同一政策中增量部分的基础比例（须自行填写），如${own.exampleRatios.increment}。`,
      },
      received_to_date: {
        en: `${own.receivedToDate.en} Cumulative cap ${grouped(c.cumulativeCap)}.`,
        zh: `${own.receivedToDate.zh}累计上限${wan(c.cumulativeCap)}。`,
      },
      stock_basis: {
        en: 'How stock and increment are read. Default "SPLIT": stock = min(last, prior), increment = last − prior, so they add up to last year\'s R&D (「存量和增量部分」 as two parts). "TOTAL": stock = last year in full.',
        zh: "存量与增量的口径。默认“SPLIT”：存量=两年较小者，增量=增长额，两部分合计为上年度研发投入（“存量和增量部分”理解为两部分）。“TOTAL”：存量按上年度全额。",
      },
      // 6,000,000 is the base scheme's limit as an unverified report gives it (spec §6): another policy's
      // figure, which this clause's formula never uses, so it is no constant of the record.
      base_annual_cap: {
        en: `Optional: the base scheme's per-enterprise annual limit, if known (an unverified report gives 6,000,000); the result is then at most this × ${c.uplift}.`,
        zh: `可选：基础政策的单个企业年度上限（如已知；未经核实的资料为600万元），结果不超过该上限×${c.uplift}。`,
      },
    },
    ambiguities: [
      {
        issue: {
          en: "The base ratios are in another policy, not found (§6).",
          zh: "基础比例载于另一政策，未能查到（§6）。",
        },
        chosen: { en: "Required arguments.", zh: "设为必填参数。" },
      },
      {
        issue: { en: `「上浮${raisedBy}」`, zh: `「上浮${raisedBy}」` },
        chosen: {
          en: `Multiplicative: ratio × ${c.uplift}.`,
          zh: `按倍数上浮：比例×${c.uplift}。`,
        },
        alternative: {
          en: `+${points} percentage points (rejected: ratios above ${raisedBy}).`,
          zh: `比例加${points}个百分点（不采用：比例将高于${raisedBy}）。`,
        },
      },
      {
        issue: { en: "「存量和增量部分」", zh: "「存量和增量部分」" },
        chosen: {
          en: "SPLIT: the two parts of last year's R&D.",
          zh: "SPLIT：上年度研发投入分为存量、增量两部分。",
        },
        alternative: {
          en: 'TOTAL, through stock_basis = "TOTAL"; EXPLAIN and the calculator show both.',
          zh: 'TOTAL（存量按上年度全额），通过stock_basis = "TOTAL"选用；EXPLAIN与试算面板同时列示两种结果。',
        },
        reading: "stock_basis",
      },
      {
        issue: { en: "What the function returns.", zh: "函数返回的金额。" },
        chosen: {
          en: `The whole entitlement (base × ${c.uplift}), received instead of the base subsidy, not the top-up alone.`,
          zh: `全部应得额（基础补助×${c.uplift}），替代基础补助领取，而非仅上浮部分。`,
        },
      },
      {
        issue: {
          en: `What counts toward the ${grouped(c.cumulativeCap)} cap.`,
          zh: `哪些已获补助计入累计${wan(c.cumulativeCap)}上限。`,
        },
        chosen: own.capScope,
      },
    ],
    examples: own.examples,
  };
}

// ---------------------------------------------------------------------------------------------------
// HLJ-ROBOT-04 / HLJ-AI-04
// ---------------------------------------------------------------------------------------------------

export function pilotPlatformGrantText(
  c: RateCap,
  own: Own & {
    /** total_investment: which platforms (HLJ-ROBOT-04 requires them newly built, HLJ-AI-04 does not). */
    totalInvestment: Text;
    /** Ambiguities beyond the shared 「根据绩效评价结果」 one. */
    moreAmbiguities?: Ambiguity[];
  }
): ClauseText<PilotPlatformParam> {
  const reached = capReachedAt(c);
  const max = c.rate.toFixed(2);
  const quote = `「按总投资额的${percent(c.rate)}」`;
  return {
    description: own.description,
    formula: {
      en: `min(rate × total investment, ${grouped(c.cap)}), rate graded by the performance evaluation, at most and by default ${percent(c.rate)}; at ${percent(c.rate)} the cap is reached at ${reached.en} of investment.`,
      zh: `min(总投资额×比例, ${wan(c.cap)})，比例按绩效评价结果确定，最高且默认${percent(c.rate)}；按${percent(c.rate)}计，总投资额${reached.zh}时封顶。`,
    },
    params: {
      total_investment: own.totalInvestment,
      rate: {
        en: `Grant rate as graded by the performance evaluation (「根据绩效评价结果」); default ${max}, the maximum (${quote}). A value above ${max} returns #NUM!.`,
        zh: `按绩效评价结果（「根据绩效评价结果」）确定的资助比例，默认${max}即上限（${quote}）。超过${max}返回#NUM!。`,
      },
    },
    ambiguities: [
      {
        issue: { en: "「根据绩效评价结果」", zh: "「根据绩效评价结果」" },
        chosen: {
          en: `Revision 2: the evaluation grades the award; ${percent(c.rate)} is its maximum and the default of the optional rate argument (a higher rate is #NUM!).`,
          zh: `Revision 2：按绩效评价结果分档确定资助比例；${percent(c.rate)}为最高比例，也是可选参数rate的默认值（更高比例返回#NUM!）。`,
        },
        alternative: {
          en: `The evaluation is only a gate: the full ${percent(c.rate)} (leave rate empty).`,
          zh: `绩效评价仅为准入条件：按${percent(c.rate)}足额计算（rate留空）。`,
        },
      },
      ...(own.moreAmbiguities ?? []),
    ],
    examples: own.examples,
    derivedAmounts: reached.amounts,
  };
}

// ---------------------------------------------------------------------------------------------------
// HLJ-ROBOT-11 / HLJ-AI-11b
// ---------------------------------------------------------------------------------------------------

export function launchEventSubsidyText(c: RateCap, own: Own): ClauseText<LaunchEventParam> {
  const reached = capReachedAt(c);
  return {
    description: own.description,
    formula: {
      en: `min(${percent(c.rate)} × actual cost, ${grouped(c.cap)}) per event; the cap is reached at ${reached.en} of cost.`,
      zh: `min(实际发生费用×${percent(c.rate)}, ${wan(c.cap)})，按每场活动计；费用${reached.zh}时封顶。`,
    },
    params: {
      actual_cost: {
        en: "Costs actually incurred (实际发生费用) for one first-launch / first-show / first-exhibition event, in yuan.",
        zh: "单场首发、首秀、首展活动的实际发生费用，元。",
      },
    },
    ambiguities: [
      {
        issue: { en: "Scope of the cap.", zh: "上限的适用范围。" },
        chosen: {
          en: "Per event; the text states no annual limit per enterprise.",
          zh: "按每场活动计；原文未规定单个企业的年度上限。",
        },
      },
    ],
    examples: own.examples,
    derivedAmounts: reached.amounts,
  };
}

// ---------------------------------------------------------------------------------------------------
// HLJ-ROBOT-13a / HLJ-AI-06a
// ---------------------------------------------------------------------------------------------------

export function datasetGrantText(
  c: { cap: number },
  own: Own & {
    /** The unit of the award, in `requested`: "one certified high-quality dataset" / "单个经认证高质量数据集". */
    perItem: Text;
    /** How the formula names that unit, if it does: " per dataset project" / "，按单个数据集项目计". */
    formulaPer?: Text;
  }
): ClauseText<DatasetParam> {
  const per = own.formulaPer ?? { en: "", zh: "" };
  return {
    description: own.description,
    formula: {
      en: `min(requested, ${grouped(c.cap)})${per.en}; omitted, the maximum ${grouped(c.cap)}.`,
      zh: `min(申请金额, ${wan(c.cap)})${per.zh}；不填时按最高额${wan(c.cap)}。`,
    },
    params: {
      requested: {
        en: `Amount requested or expected from review for ${own.perItem.en}, in yuan; default ${grouped(c.cap)} (the maximum).`,
        zh: `${own.perItem.zh}申请或预计评审获得的金额，元；默认${wan(c.cap)}（最高额）。`,
      },
    },
    ambiguities: [
      {
        issue: {
          en: "Review scales the amount by data size, value density and application effect; no formula is given.",
          zh: "评审按数据规模、价值密度和应用成效确定金额，未给出计算公式。",
        },
        chosen: {
          en: "A requested amount clipped to the cap; the default returns the maximum.",
          zh: "按申请金额计，超过上限按上限；不填则返回最高额。",
        },
      },
    ],
    examples: own.examples,
  };
}

// ---------------------------------------------------------------------------------------------------
// HLJ-ROBOT-13b / HLJ-AI-06c
// ---------------------------------------------------------------------------------------------------

export function dataVoucherText(
  c: RateCap,
  own: Own & {
    /** This clause's id and its twin's, whose receipts share the annual cap. */
    id: string;
    sharedWith: string;
  }
): ClauseText<DataVoucherParam> {
  return {
    description: own.description,
    formula: {
      en: `min(${percent(c.rate)} × annual transaction amount, max(0, ${grouped(c.cap)} − received_to_date)).`,
      zh: `min(年度数据交易金额×${percent(c.rate)}, max(0, ${wan(c.cap)}−本年已获))。`,
    },
    params: {
      annual_transaction_amount: {
        en: "The purchaser's annual data-product transaction amount (datasets, data APIs, data models), in yuan.",
        zh: "采购主体年度数据交易金额（数据集、数据接口、数据模型等数据产品），元。",
      },
      received_to_date: {
        en: `Data vouchers already received this year, in yuan, including ${own.sharedWith} (one scheme, §7); default 0. Annual cap ${grouped(c.cap)}.`,
        zh: `本年度已获“数据券”补贴，元，含${own.sharedWith}（同一政策）；默认0。年度上限${wan(c.cap)}。`,
      },
    },
    ambiguities: [
      {
        issue: {
          en: `Whether ${own.id} and ${own.sharedWith} share the cap.`,
          zh: `${own.id}与${own.sharedWith}是否共用上限。`,
        },
        chosen: {
          en: "Shared: one 「数据券」 scheme; pass both clauses' receipts in received_to_date.",
          zh: "共用：同属一项「数据券」政策；两条的已获补贴均填入received_to_date。",
        },
        alternative: { en: "Separate caps.", zh: "各自单独计算上限。" },
      },
    ],
    examples: own.examples,
  };
}

// ---------------------------------------------------------------------------------------------------
// HLJ-ROBOT-05 / HLJ-AI-09b: the 「原则上」 per-project cap
// ---------------------------------------------------------------------------------------------------

/** The help of `inPrincipleCap`'s parameter. */
export const inPrincipleCapHelp = (cap: number): Text => ({
  en: `Per-project cap; default ${grouped(cap)}. The text says 「原则上」 (in principle), so an approved exception can be entered here.`,
  zh: `单个项目支持上限，默认${wan(cap)}。原文为“原则上”不超过，如获批例外可在此填写。`,
});

/** The ambiguity that goes with `inPrincipleCap`. */
export const inPrincipleCapAmbiguity = (cap: number): Ambiguity => ({
  issue: {
    en: `「原则上单个项目支持金额不超过${wan(cap)}」`,
    zh: `「原则上单个项目支持金额不超过${wan(cap)}」`,
  },
  chosen: {
    en: `A hard cap of ${grouped(cap)} by default, with an override argument for an approved exception; a cap entered above ${grouped(cap)} is computed as given, and EXPLAIN and the calculator say so.`,
    zh: `默认按${wan(cap)}硬上限计算，获批例外可通过参数另行填写；填写高于${wan(cap)}的上限时按所填计算，EXPLAIN与试算面板会予以提示。`,
  },
});
