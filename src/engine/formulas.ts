/**
 * Formula shapes that recur across clauses, built from the Calc primitives. A clause record picks a
 * shape and supplies its constants; the shape never carries a policy number of its own.
 */
import type { Args, Text } from "../catalog/types";
import { grouped, wan } from "../format/money";
import { percent } from "../format/percent";
import type { Amount, Calc } from "./calc";
import { numError } from "./errors";
import { L } from "./labels";

const num = (args: Args, name: string): number => args[name] as number;
const optNum = (args: Args, name: string): number | undefined => args[name] as number | undefined;

/** min(base × rate, cap): 「按…的r，最高给予X」. The rate comes from `rateParam` when given (「不超过r」, default r). */
export function rateCapped(base: { param: string; label: Text }, rateParam?: string) {
  return (args: Args, c: { rate: number; cap: number }, calc: Calc): Amount => {
    const b = calc.base(base.label, num(args, base.param));
    const rate = rateParam ? (optNum(args, rateParam) ?? c.rate) : c.rate;
    return calc.cap(L.perAwardCap, calc.rate(L.rateApplied, b, rate), c.cap);
  };
}

/** 「最高X」 with no base: the request (default: the cap) clipped to the cap. */
export function upToCap(requestedParam = "requested") {
  return (args: Args, c: { cap: number }, calc: Calc): Amount => {
    const requested = calc.base(L.requested, optNum(args, requestedParam) ?? c.cap);
    return calc.cap(L.perAwardCap, requested, c.cap);
  };
}

/** min(base × rate, max(0, cap − received)): a rate under an annual or cumulative cap shared with earlier receipts. */
export function rateUnderRoom(
  base: { param: string; label: Text },
  room: { label: Text; receivedParam?: string },
  rateParam?: string
) {
  // `rate` is absent from the constants where the text states none (Q-R clauses): the argument is then required.
  return (args: Args, c: { rate?: number; cap: number }, calc: Calc): Amount => {
    const b = calc.base(base.label, num(args, base.param));
    const rate = (rateParam ? optNum(args, rateParam) : undefined) ?? c.rate;
    if (rate === undefined)
      throw new Error("clause record defect: no rate argument and no rate constant");
    const received = optNum(args, room.receivedParam ?? "received_to_date") ?? 0;
    return calc.room(room.label, calc.rate(L.rateApplied, b, rate), c.cap, received);
  };
}

export interface RdPostSubsidyConstants extends Record<string, unknown> {
  /** 「研发投入50万元以上」 (inclusive). */
  threshold: number;
  /** 「基础比例上浮50%」: multiplicative. */
  uplift: number;
  /** 「累计最高不超过1500万元」. */
  cumulativeCap: number;
}

const RD = {
  lastYear: { en: "R&D last year", zh: "上年度研发投入" },
  stock: { en: "Stock part × base stock ratio", zh: "存量部分 × 基础比例" },
  increment: { en: "Increment part × base increment ratio", zh: "增量部分 × 基础比例" },
  base: { en: "Base-scheme subsidy", zh: "基础比例补助" },
  // Worded from the record's multiplier (1.5 → "Raised by 50% (× 1.5)"), so no policy number lives here.
  uplifted: (m: number): Text => ({
    en: `Raised by ${percent(m - 1)} (× ${m})`,
    zh: `上浮${percent(m - 1)}（× ${m}）`,
  }),
  baseAnnualCap: (m: number): Text => ({
    en: `Base scheme's annual limit × ${m}`,
    zh: `基础政策年度上限 × ${m}`,
  }),
};
/** Labels are built only when steps are recorded (the Excel fast path records none). */
const NO_LABEL: Text = { en: "", zh: "" };

/**
 * Heilongjiang R&D post-subsidy raised by 50% (HLJ-ROBOT-01 and HLJ-AI-03, spec §5.1): threshold on last
 * year's R&D, stock and increment parts times the external base ratios, × 1.5, optional base annual cap,
 * then the room under the cumulative cap.
 */
export function rdPostSubsidy(args: Args, c: RdPostSubsidyConstants, calc: Calc): Amount {
  const last = num(args, "rd_last_year");
  const prior = num(args, "rd_prior_year");
  if (!calc.atLeast(RD.lastYear, last, c.threshold)) return calc.of(0);
  const stockPart = args.stock_basis === "TOTAL" ? calc.of(last) : calc.min(last, prior);
  const incrementPart = calc.floorAtZero(calc.sub(last, prior));
  const stock = calc.rate(RD.stock, stockPart, num(args, "base_stock_ratio"));
  const increment = calc.rate(RD.increment, incrementPart, num(args, "base_increment_ratio"));
  const base = calc.sum(RD.base, [stock, increment]);
  const recording = calc.steps !== null;
  let raised = calc.rate(recording ? RD.uplifted(c.uplift) : NO_LABEL, base, c.uplift);
  const baseAnnualCap = optNum(args, "base_annual_cap");
  if (baseAnnualCap !== undefined)
    raised = calc.cap(
      recording ? RD.baseAnnualCap(c.uplift) : NO_LABEL,
      raised,
      calc.mul(baseAnnualCap, c.uplift)
    );
  return calc.room(
    L.cumulativeRoom,
    raised,
    c.cumulativeCap,
    optNum(args, "received_to_date") ?? 0
  );
}

// ---------------------------------------------------------------------------------------------------
// Shapes added with HLJ-ROBOT / HLJ-AI (spec §5.1–5.2). Each is generic: the clause record supplies every
// policy number through its constants, so HZ, SD and BJ clauses of the same shape reuse them.
// ---------------------------------------------------------------------------------------------------

/** The comparison a threshold's wording prescribes (spec §2.2): 「以上/达/（含）以上/不低于」 → ">=", 「超过/突破」 → ">". */
export type ThresholdOp = ">=" | ">";

/** Tests a threshold with the operator the text prescribes, recording the step either way. */
export function meets(
  calc: Calc,
  label: Text,
  value: Amount | number,
  limit: number,
  op: ThresholdOp
): boolean {
  return op === ">" ? calc.above(label, value, limit) : calc.atLeast(label, value, limit);
}

export type FixedPerItemConstants = {
  /** The fixed amount per recognised item (「给予一次性X资助」). */
  amount: number;
  /** Canonical codes the clause pays for; any other accepted code returns 0 (spec §2.4: ineligible category → 0). */
  covered?: readonly string[];
};

/**
 * A fixed amount per recognised item, for the categories the clause covers: amount × count.
 * Why a shape: several clauses pay a flat 「一次性X」 per recognition and differ only in which category
 * codes qualify and whether a count is asked (HLJ-ROBOT-02a lab grade, HLJ-ROBOT-02b center type, SD-ROBOT-02).
 */
export function fixedPerItem(o: { codeParam?: string; countParam?: string; label?: Text } = {}) {
  return (args: Args, c: FixedPerItemConstants, calc: Calc): Amount => {
    if (o.codeParam && c.covered && !c.covered.includes(args[o.codeParam] as string))
      return calc.fixed(L.notCovered, 0);
    const each = calc.fixed(o.label ?? L.fixedAward, c.amount);
    if (!o.countParam) return each;
    const n = calc.base(L.itemCount, optNum(args, o.countParam) ?? 1);
    return calc.fixed(L.timesCount, calc.mul(each, n));
  };
}

export type RangeBandConstants = {
  /** Lower end of 「X-Y」. */
  floor: number;
  /** Upper end of 「X-Y」. */
  cap: number;
};

/**
 * A range award 「X-Y」 (spec §2.2 kind 2, Revision 1): 0 → 0; a request inside [X, Y] as asked; above Y
 * clipped to Y; strictly between 0 and X → #NUM!, because the band is the programme's funding range and no
 * grant is raised above what was applied for. Why a shape: the band rule is the same for any 「X-Y」 award.
 */
export function rangeBand(requestedParam: string) {
  return (args: Args, c: RangeBandConstants, calc: Calc): Amount => {
    const requested = calc.base(L.requested, num(args, requestedParam));
    if (calc.compare(requested, 0) === 0) return requested;
    if (!calc.atLeast(L.bandFloor, requested, c.floor)) {
      throw numError(
        `${requestedParam} must be 0 or at least ${grouped(c.floor)} (the ${wan(c.floor)}-${wan(c.cap)} band)`,
        requestedParam
      );
    }
    return calc.cap(L.bandCap, requested, c.cap);
  };
}

export type RateOptionalCapConstants = {
  /** The text's rate, when it states one (default of `rateParam`, or fixed when there is no `rateParam`). */
  rate?: number;
  /** The text's cap, when it states one (default of `capParam`, or fixed when there is no `capParam`). */
  cap?: number;
};

/**
 * min(base × rate, cap) where the rate or the cap may come from an argument: the rate when the text leaves
 * it to the user (Q-R: required) or bounds it (「不超过r」: default r); the cap when the text has none
 * (optional, no cap when omitted) or sets it only 「原则上」 (default the text's cap, overridable for an
 * approved exception). Why a shape: rateCapped fixes the cap in the record, but HLJ-ROBOT-05 (「原则上」),
 * HLJ-ROBOT-10 (no rate, no cap) and similar Q-R clauses need it as an argument.
 */
export function rateWithOptionalCap(
  base: { param: string; label: Text },
  o: { rateParam?: string; capParam?: string } = {}
) {
  return (args: Args, c: RateOptionalCapConstants, calc: Calc): Amount => {
    const b = calc.base(base.label, num(args, base.param));
    const rate = (o.rateParam ? optNum(args, o.rateParam) : undefined) ?? c.rate;
    if (rate === undefined)
      throw new Error("rateWithOptionalCap: no rate argument and no rate constant");
    const raw = calc.rate(L.rateApplied, b, rate);
    const capArg = o.capParam ? optNum(args, o.capParam) : undefined;
    if (capArg !== undefined)
      return calc.cap(c.cap === undefined ? L.capOverride : L.perProjectCap, raw, capArg);
    return c.cap === undefined ? raw : calc.cap(L.perProjectCap, raw, c.cap);
  };
}

export type RateCapByCodeConstants = {
  rate: number;
  /** Cap per canonical code, in the order the text lists them (「最高分别不超过X和Y」). */
  caps: Record<string, number>;
};

/**
 * min(base × rate, cap(category)): one rate, parallel caps for parallel categories (spec §1: one award with
 * a type parameter, not two rows). A code without a cap returns 0 (not covered). Why a shape: 「分别」 caps
 * by category recur (HLJ-ROBOT-07b workshop / factory).
 */
export function rateCappedByCode(
  base: { param: string; label: Text },
  codeParam: string,
  rateParam?: string
) {
  return (args: Args, c: RateCapByCodeConstants, calc: Calc): Amount => {
    const cap = c.caps[args[codeParam] as string];
    if (cap === undefined) return calc.fixed(L.notCovered, 0);
    const b = calc.base(base.label, num(args, base.param));
    const rate = (rateParam ? optNum(args, rateParam) : undefined) ?? c.rate;
    return calc.cap(L.categoryCap, calc.rate(L.rateApplied, b, rate), cap);
  };
}

export type CapsByCodeConstants = {
  /** 「最高X」 per canonical code; a code absent here is accepted but not covered (→ 0). */
  caps: Record<string, number>;
};

/**
 * 「最高X」 by category with no base: count × min(requested, cap(category)), `requested` defaulting to the
 * category's cap and `count` to 1. Why a shape: "up to, by title / level / type" recurs (HLJ-AI-12,
 * SD-ROBOT-04, SD-ROBOT-07, SD-ROBOT-14a).
 */
export function upToCapByCode(
  codeParam: string,
  o: { requestedParam?: string; countParam?: string } = {}
) {
  return (args: Args, c: CapsByCodeConstants, calc: Calc): Amount => {
    const cap = c.caps[args[codeParam] as string];
    if (cap === undefined) return calc.fixed(L.notCovered, 0);
    const requested = calc.base(L.requested, optNum(args, o.requestedParam ?? "requested") ?? cap);
    const each = calc.cap(L.categoryCap, requested, cap);
    if (!o.countParam) return each;
    const n = calc.base(L.itemCount, optNum(args, o.countParam) ?? 1);
    return calc.fixed(L.timesCount, calc.mul(each, n));
  };
}

export type TierConstants = {
  /** Tiers in ascending order of threshold: 「首次超过T1、T2…的，分别给予A1、A2…」. */
  tiers: readonly { threshold: number; award: number }[];
  /** The threshold wording: 「超过」 → ">". */
  op: ThresholdOp;
};

const TOP_UP_LABEL: Text = {
  en: "Less the highest tier passed before (taken as claimed)",
  zh: "扣除以往已超过的最高档奖励（视为已领取）",
};

/**
 * One-time awards for tiers crossed for the first time (「首次超过…分别给予…」): a tier is newly crossed when
 * this year's value passes it and the highest earlier value did not. `modeParam` "SUM" pays every tier newly
 * crossed; "TOP_UP" (就高补差) pays the largest one less the award of the highest tier the earlier value had
 * passed (taken as claimed then), so a firm's lifetime total is the top tier it reaches whatever its path;
 * anything else (default "HIGHEST") pays the largest one. Why a shape: milestone tiers recur across
 * revenue, output and scale awards; the tier table stays in the record.
 */
export function newlyCrossedTiers(o: {
  valueParam: string;
  valueLabel: Text;
  priorParam: string;
  priorLabel: Text;
  modeParam: string;
}) {
  return (args: Args, c: TierConstants, calc: Calc): Amount => {
    const value = calc.base(o.valueLabel, num(args, o.valueParam));
    const prior = calc.base(o.priorLabel, optNum(args, o.priorParam) ?? 0);
    const awards: Amount[] = [];
    let priorTierAward = 0; // the award of the highest tier `prior` passed (tiers ascend)
    for (const t of c.tiers) {
      // Labels are built only when steps are recorded (the Excel fast path records none).
      const tierLabel = (who: Text): Text =>
        calc.steps === null
          ? who
          : {
              en: `${who.en} ${c.op} ${grouped(t.threshold)}`,
              zh: `${who.zh}${c.op === ">" ? "超过" : "达到"}${wan(t.threshold)}`,
            };
      const now = meets(calc, tierLabel(o.valueLabel), value, t.threshold, c.op);
      const before = meets(calc, tierLabel(o.priorLabel), prior, t.threshold, c.op);
      if (before) priorTierAward = t.award;
      if (now && !before) {
        awards.push(calc.of(t.award));
        if (calc.steps)
          calc.note(
            "tier",
            {
              en: `Tier ${grouped(t.threshold)} newly crossed`,
              zh: `首次跨越${wan(t.threshold)}档`,
            },
            t.award
          );
      }
    }
    if (awards.length === 0) return calc.fixed(L.noTierCrossed, 0);
    if (args[o.modeParam] === "SUM") return calc.sum(L.sumOfTiers, awards);
    const highest = calc.fixed(
      L.highestTier,
      awards.reduce((a, b) => calc.max(a, b))
    );
    if (args[o.modeParam] !== "TOP_UP") return highest;
    return calc.deduct(TOP_UP_LABEL, highest, priorTierAward);
  };
}

export type PerItemRoomConstants = {
  /** Per-item threshold (「产品价值X以上」), if any; an item below it earns 0. */
  threshold?: number;
  thresholdOp?: ThresholdOp;
  /** Per-item rate (「按…的r」); absent when each item is already an amount (a request). */
  rate?: number;
  /** 「单台（套）…上限/最高」. */
  perUnitCap: number;
  /** 「每户企业每年…合计不超过」: the annual cap shared with earlier receipts. */
  annualCap: number;
};

/**
 * A range of items (one cell per product): per item threshold → rate → per-unit cap, then the sum, then the
 * room under the annual cap: min(Σ aᵢ, max(0, annualCap − received)). Why a shape: "per unit/set cap plus an
 * annual cap per enterprise over a range" recurs (HLJ-ROBOT-12 first set, BJ-ROBOT-09 first trial).
 */
export function perItemCapUnderRoom(o: {
  itemsParam: string;
  itemLabel: Text;
  receivedParam?: string;
}) {
  return (args: Args, c: PerItemRoomConstants, calc: Calc): Amount => {
    const items = (args[o.itemsParam] as number[] | undefined) ?? [];
    const each = items.map((v, i) => {
      const label = (suffix: Text): Text =>
        calc.steps === null
          ? o.itemLabel
          : {
              en: `${o.itemLabel.en} ${i + 1}${suffix.en}`,
              zh: `${o.itemLabel.zh}${i + 1}${suffix.zh}`,
            };
      const x = calc.base(label({ en: "", zh: "" }), v);
      if (
        c.threshold !== undefined &&
        !meets(
          calc,
          label({ en: ": threshold", zh: "：门槛" }),
          x,
          c.threshold,
          c.thresholdOp ?? ">="
        )
      )
        return calc.of(0);
      const raw =
        c.rate === undefined
          ? x
          : calc.rate(label({ en: ": rate applied", zh: "：按比例计算" }), x, c.rate);
      return calc.cap(label({ en: ": per-unit cap", zh: "：单台（套）上限" }), raw, c.perUnitCap);
    });
    const total = calc.sum(L.sumOfItems, each);
    return calc.room(
      L.annualRoom,
      total,
      c.annualCap,
      optNum(args, o.receivedParam ?? "received_to_date") ?? 0
    );
  };
}

export type ThresholdRateRoomConstants = {
  /** The eligibility threshold on the base (「超过X」/「达X」); the rate then applies to the whole base. */
  threshold: number;
  thresholdOp: ThresholdOp;
  rate: number;
  /** Annual (or cumulative) cap shared with earlier receipts. */
  cap: number;
};

/**
 * Threshold, then rate, then the room under an annual cap: 0 unless the base passes the threshold, else
 * min(base × rate, max(0, cap − received)). Why a shape: "spend over X earns r of all of it, up to Y a year"
 * recurs (HLJ-AI-05 compute, HZ-HUMANOID-05b component purchases).
 */
export function thresholdRateUnderRoom(
  base: { param: string; label: Text },
  room: { label: Text; receivedParam?: string },
  thresholdLabel: Text = L.threshold
) {
  return (args: Args, c: ThresholdRateRoomConstants, calc: Calc): Amount => {
    const b = calc.base(base.label, num(args, base.param));
    if (!meets(calc, thresholdLabel, b, c.threshold, c.thresholdOp)) return calc.of(0);
    const received = optNum(args, room.receivedParam ?? "received_to_date") ?? 0;
    return calc.room(room.label, calc.rate(L.rateApplied, b, c.rate), c.cap, received);
  };
}

export type PhasedConstants = {
  rate: number;
  /** Per-project cap (default of `capParam` when the text says 「原则上」). */
  cap: number;
  /** Optional eligibility threshold, tested on `threshold.param`. */
  threshold?: number;
  thresholdOp?: ThresholdOp;
};

/**
 * A project award paid in phases (spec §2.3): the formula on cumulative inputs, less what earlier phases
 * paid: max(0, min(base × rate, cap) − paid). Optional threshold (on its own parameter), rate argument
 * (「不超过r」), cap argument (「原则上」) and a base that falls back to another parameter (核定总投资 defaulting
 * to 总投资). Why a shape: phased matching recurs (HLJ-AI-09b, HZ-HUMANOID-02b, HZ-HUMANOID-07).
 */
export function phasedRateCapped(o: {
  base: { param: string; label: Text; fallbackParam?: string };
  paidParam: string;
  threshold?: { param: string; label: Text };
  rateParam?: string;
  capParam?: string;
}) {
  return (args: Args, c: PhasedConstants, calc: Calc): Amount => {
    if (o.threshold && c.threshold !== undefined) {
      const t = calc.base(o.threshold.label, num(args, o.threshold.param));
      if (!meets(calc, L.threshold, t, c.threshold, c.thresholdOp ?? ">=")) return calc.of(0);
    }
    const rawBase =
      optNum(args, o.base.param) ??
      (o.base.fallbackParam ? optNum(args, o.base.fallbackParam) : undefined) ??
      0;
    const b = calc.base(o.base.label, rawBase);
    const rate = (o.rateParam ? optNum(args, o.rateParam) : undefined) ?? c.rate;
    const cap = (o.capParam ? optNum(args, o.capParam) : undefined) ?? c.cap;
    const capped = calc.cap(L.perProjectCap, calc.rate(L.rateApplied, b, rate), cap);
    return calc.deduct(L.paidBefore, capped, optNum(args, o.paidParam) ?? 0);
  };
}

// ---------------------------------------------------------------------------------------------------
// Shapes added with HZ-HUMANOID / SD-ROBOT / BJ-ROBOT (spec §5.3–5.5). Generic: every policy number comes
// from the clause record's constants.
// ---------------------------------------------------------------------------------------------------

/**
 * A financing-cost subsidy (贴息, 担保费用补助, 融资租赁费率补贴) cannot exceed the cost actually borne: when the
 * optional `costParam` is given, min(amount, cost); otherwise the amount unchanged. This follows from the
 * nature of the subsidy, not from a number in a text (spec §5.3 HZ-04c, §5.5 BJ-06b, BJ-13a, BJ-13b).
 */
export function capAtCostPaid(args: Args, costParam: string, amount: Amount, calc: Calc): Amount {
  const cost = optNum(args, costParam);
  return cost === undefined ? amount : calc.cap(L.costPaid, amount, cost);
}

export type NetRateCapConstants = {
  /** 「…的r」 (the default of `rateParam` when the text says 「不高于r」). */
  rate: number;
  /** 「最高X」 per project. */
  cap: number;
};

/**
 * min(max(0, gross − Σ exclusions) × rate, cap): 「实际投资总额(不含土地、厂房、旧设备…)的r、最高X」, the user
 * entering the gross amount and each item the text excludes as a separate optional argument (0 when
 * omitted). The rate comes from `rateParam` when given (「不高于r」, default r). Why a shape: a rate on a net
 * investment base, capped, recurs (HZ-HUMANOID-02c, HZ-HUMANOID-04b).
 */
export function netRateCapped(
  gross: { param: string; label: Text },
  exclusions: { param: string; label: Text }[],
  rateParam?: string
) {
  return (args: Args, c: NetRateCapConstants, calc: Calc): Amount => {
    let b = calc.base(gross.label, num(args, gross.param));
    for (const e of exclusions) b = calc.deduct(e.label, b, optNum(args, e.param) ?? 0);
    const rate = (rateParam ? optNum(args, rateParam) : undefined) ?? c.rate;
    return calc.cap(L.perProjectCap, calc.rate(L.rateApplied, b, rate), c.cap);
  };
}

export type FinancingCostConstants = {
  /** The text's rate (「不超过r」: default of `rateParam`); absent when the rate defaults to another argument (the LPR). */
  rate?: number;
  /** Annual or cumulative cap shared with earlier receipts. */
  cap: number;
};

/**
 * Interest / fee subsidy on a financed amount: base × rate [× years], at most the cost actually paid (when
 * given), then the room under an annual or cumulative cap: min(…, max(0, cap − received)). The rate is the
 * `rateParam` argument, else the `rateDefaultParam` argument (「不超过…LPR」: default the LPR), else the
 * constant. Thresholds and term limits stay in the record's compute, before this shape. Why a shape: the
 * same financing-cost pipeline recurs (HZ-HUMANOID-04c, BJ-ROBOT-06b, BJ-ROBOT-13b).
 */
export function financingCostUnderRoom(o: {
  base: { param: string; label: Text };
  rateParam: string;
  rateDefaultParam?: string;
  yearsParam?: string;
  costParam: string;
  room: { label: Text; receivedParam?: string };
}) {
  return (args: Args, c: FinancingCostConstants, calc: Calc): Amount => {
    const b = calc.base(o.base.label, num(args, o.base.param));
    const rate =
      optNum(args, o.rateParam) ??
      (o.rateDefaultParam ? optNum(args, o.rateDefaultParam) : undefined) ??
      c.rate;
    if (rate === undefined)
      throw new Error("financingCostUnderRoom: no rate argument and no rate constant");
    let raw = calc.rate(L.rateApplied, b, rate);
    if (o.yearsParam) raw = calc.rate(L.timesYears, raw, num(args, o.yearsParam));
    raw = capAtCostPaid(args, o.costParam, raw, calc);
    return calc.room(
      o.room.label,
      raw,
      c.cap,
      optNum(args, o.room.receivedParam ?? "received_to_date") ?? 0
    );
  };
}
