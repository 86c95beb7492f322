/**
 * An R&D post-subsidy raised above a base scheme (the Heilongjiang uplift of HLJ-ROBOT-01 and HLJ-AI-03, spec
 * §5.1): a threshold on last year's R&D, the stock and increment parts times the base scheme's ratios (given
 * as arguments), × the uplift multiplier, optionally at most the base scheme's annual limit × the multiplier,
 * then the room under the cumulative cap. Every number comes from the record's constants or the arguments.
 */
import type { Compute, FastAward, Shape, Text } from "../../catalog/types";
import { percent } from "../../format/percent";
import { L } from "../labels";
import { productError, readingError, sumError } from "../calc/fast-calc";
import { withFast } from "../plain";
import { awardOf, meetsPlain, readingBound } from "../plain/bounds";
import { num, optNum, RECEIVED, receivedOf } from "./args";

export interface RdPostSubsidyConstants extends Record<string, unknown> {
  /** 「研发投入…以上」: the threshold on last year's R&D (inclusive). */
  threshold: number;
  /** 「基础比例上浮…」: the multiplier (1 + the uplift), applied to the base scheme's subsidy. */
  uplift: number;
  /** 「累计最高不超过…」: the cumulative cap shared with earlier receipts. */
  cumulativeCap: number;
}

const RD = {
  lastYear: { en: "R&D last year", zh: "上年度研发投入" },
  stock: { en: "Stock part × base stock ratio", zh: "存量部分 × 基础比例" },
  increment: { en: "Increment part × base increment ratio", zh: "增量部分 × 基础比例" },
  base: { en: "Base-scheme subsidy", zh: "基础比例补助" },
  // Worded from the record's multiplier (e.g. 1.5 → "Raised by 50% (× 1.5)"), so no policy number lives here.
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

/** The parameters the shape reads, by the names both Heilongjiang records give them. */
export type RdPostSubsidyParam =
  | "rd_last_year"
  | "rd_prior_year"
  | "stock_basis"
  | "base_stock_ratio"
  | "base_increment_ratio"
  | "base_annual_cap"
  | typeof RECEIVED;

/**
 * Reads `rd_last_year`, `rd_prior_year`, `stock_basis` ("TOTAL": the whole of last year's R&D is the stock
 * part; otherwise min(last, prior)), `base_stock_ratio`, `base_increment_ratio`, the optional
 * `base_annual_cap` and `received_to_date`.
 */
export const rdPostSubsidy: Shape<RdPostSubsidyConstants, RdPostSubsidyParam> = (at) => {
  const lastAt = at("rd_last_year");
  const priorAt = at("rd_prior_year");
  const basisAt = at("stock_basis");
  const stockRatioAt = at("base_stock_ratio");
  const incrementRatioAt = at("base_increment_ratio");
  const baseAnnualCapAt = at("base_annual_cap");
  const receivedAt = at(RECEIVED);
  const compute: Compute<RdPostSubsidyConstants> = (args, c, calc) => {
    const last = num(args, lastAt);
    const prior = num(args, priorAt);
    if (!calc.atLeast(RD.lastYear, last, c.threshold)) return calc.of(0);
    const stockPart = args[basisAt] === "TOTAL" ? calc.of(last) : calc.min(last, prior);
    const incrementPart = calc.floorAtZero(calc.sub(last, prior));
    const stock = calc.rate(RD.stock, stockPart, num(args, stockRatioAt));
    const increment = calc.rate(RD.increment, incrementPart, num(args, incrementRatioAt));
    const base = calc.note("sum", RD.base, calc.add(stock, increment));
    const recording = calc.steps !== null;
    let raised = calc.rate(recording ? RD.uplifted(c.uplift) : NO_LABEL, base, c.uplift);
    const baseAnnualCap = optNum(args, baseAnnualCapAt);
    if (baseAnnualCap !== undefined)
      raised = calc.cap(
        recording ? RD.baseAnnualCap(c.uplift) : NO_LABEL,
        raised,
        calc.mul(baseAnnualCap, c.uplift)
      );
    return calc.room(L.cumulativeRoom, raised, c.cumulativeCap, receivedOf(args, receivedAt));
  };
  // The same stages on doubles, with a bound on each decision's distance from the exact value.
  const fast: FastAward<RdPostSubsidyConstants> = ({ threshold, uplift, cumulativeCap }) => {
    const eThreshold = readingError(threshold);
    const eUplift = readingError(uplift);
    const eCumulativeCap = readingError(cumulativeCap);
    return (raw, a) => {
      const last = a.num(lastAt);
      const prior = a.num(priorAt);
      if (!meetsPlain(last, readingBound(last), threshold, eThreshold, ">=")) return 0;
      const total = a.code(raw, basisAt) === "TOTAL";
      const stockPart = total ? last : Math.min(last, prior);
      const incrementPart = Math.max(0, last - prior);
      const stockRatio = a.num(stockRatioAt);
      const incrementRatio = a.num(incrementRatioAt);
      let v = (stockPart * stockRatio + incrementPart * incrementRatio) * uplift;
      // One bound for the raised subsidy instead of one per stage: every reading (arguments ≥ 0, the uplift)
      // is within 5e-15 of itself relatively, each of the five operations rounds by at most 2^-53, and each
      // part is at most (last + prior) × its ratio, so the subsidy is within (last + prior) × (sum of the
      // ratios) × uplift × 1.6e-14 of the exact one (docs/architecture.md, "A fused fast path"); 2e-14 leaves
      // room for the rounding of this product itself. A reading's absolute bound (a subnormal argument) is
      // below every decision awardOf makes, whose own term fen × 2^-53 covers it.
      let e = (last + prior) * (stockRatio + incrementRatio) * uplift * 2e-14;
      // The least cap passed is the ceiling of the rounded award.
      let ceiling = Infinity;
      let eCeiling = 0;
      const baseAnnualCap = a.num(baseAnnualCapAt);
      if (!Number.isNaN(baseAnnualCap)) {
        ceiling = baseAnnualCap * uplift;
        // A ceiling: exact when baseAnnualCap × uplift is (productError), so that a cap hit exactly is decided.
        const eBaseAnnualCap = readingBound(baseAnnualCap);
        eCeiling =
          baseAnnualCap * eUplift +
          uplift * eBaseAnnualCap +
          eBaseAnnualCap * eUplift +
          productError(baseAnnualCap, uplift, ceiling);
        v = Math.min(v, ceiling);
        e = Math.max(e, eCeiling);
      }
      const receivedGiven = a.num(receivedAt);
      const received = Number.isNaN(receivedGiven) ? 0 : receivedGiven;
      const left = cumulativeCap - received;
      const room = Math.max(0, left);
      const eRoom =
        eCumulativeCap + readingBound(received) + sumError(cumulativeCap, -received, left);
      return awardOf(
        Math.min(v, room),
        Math.max(e, eRoom),
        Math.min(ceiling, room),
        Math.max(eCeiling, eRoom)
      );
    };
  };
  return withFast(compute, fast);
};
