/**
 * A range of items (one cell per product): per item threshold → rate → per-unit cap, then the sum, then the
 * room under the annual cap: min(Σ aᵢ, max(0, annualCap − received)). Why a shape: "per unit/set cap plus an
 * annual cap per enterprise over a range" recurs (HLJ-ROBOT-12 first set, BJ-ROBOT-09 first trial).
 */
import type { Compute, FastAward, Shape, Text } from "../../catalog/types";
import type { Amount } from "../calc";
import { L } from "../labels";
import { readingError, sumError } from "../calc/fast-calc";
import { withFast } from "../plain";
import { awardOf, meetsPlain, readingBound } from "../plain/bounds";
import { RECEIVED, receivedOf } from "./args";
import { meets, type ThresholdOp } from "./threshold";

export type PerItemRoomConstants = {
  /** Per-item threshold (「产品价值X以上」), if any; an item below it earns 0. */
  threshold?: number;
  /** Default ">=" (「以上」). */
  thresholdOp?: ThresholdOp;
  /** Per-item rate (「按…的r」); absent when each item is already an amount (a request). */
  rate?: number;
  /** 「单台（套）…上限/最高」. */
  perUnitCap: number;
  /** 「每户企业每年…合计不超过」: the annual cap shared with earlier receipts. */
  annualCap: number;
};

const SUM_OF_ITEMS = { en: "Sum over items", zh: "各项合计" };
// Suffixes of the per-item labels ("Product 2: per-unit cap").
const ITEM = {
  value: { en: "", zh: "" },
  threshold: { en: ": threshold", zh: "：门槛" },
  rate: { en: ": rate applied", zh: "：按比例计算" },
  cap: { en: ": per-unit cap", zh: "：单台（套）上限" },
};

export function perItemCapUnderRoom<const N extends string>(o: {
  itemsParam: N;
  itemLabel: Text;
  receivedParam?: N;
}): Shape<PerItemRoomConstants, N> {
  return (at) => {
    const itemsAt = at(o.itemsParam);
    const receivedAt = at(o.receivedParam ?? (RECEIVED as N));
    // Labels are built only when steps are recorded (the Excel fast path records none).
    const label = (recording: boolean, i: number, suffix: Text): Text =>
      recording
        ? {
            en: `${o.itemLabel.en} ${i + 1}${suffix.en}`,
            zh: `${o.itemLabel.zh}${i + 1}${suffix.zh}`,
          }
        : o.itemLabel;
    const compute: Compute<PerItemRoomConstants> = (args, c, calc) => {
      const items = (args[itemsAt] as number[] | undefined) ?? [];
      const recording = calc.steps !== null;
      const op = c.thresholdOp ?? ">=";
      let total: Amount = calc.of(0);
      for (let i = 0; i < items.length; i++) {
        const x = calc.base(label(recording, i, ITEM.value), items[i]);
        if (
          c.threshold !== undefined &&
          !meets(calc, label(recording, i, ITEM.threshold), x, c.threshold, op)
        )
          continue;
        const raw = c.rate === undefined ? x : calc.rate(label(recording, i, ITEM.rate), x, c.rate);
        total = calc.add(total, calc.cap(label(recording, i, ITEM.cap), raw, c.perUnitCap));
      }
      calc.note("sum", SUM_OF_ITEMS, total);
      return calc.room(L.annualRoom, total, c.annualCap, receivedOf(args, receivedAt));
    };
    // The same stages on doubles, with a bound on the sum's distance from the exact one; the range is read as
    // validation reads it (row-major, a bare row or cell as a 1×1 one, blank cells skipped).
    const fast: FastAward<PerItemRoomConstants> = (c) => {
      const { threshold, rate, perUnitCap, annualCap } = c;
      const op = c.thresholdOp ?? ">=";
      const eThreshold = threshold === undefined ? 0 : readingError(threshold);
      const eCap = readingError(perUnitCap);
      const eAnnualCap = readingError(annualCap);
      return (raw, a) => {
        const rows = raw[itemsAt] as readonly unknown[];
        let total = 0;
        let items = 0; // the items summed
        for (let r = 0; r < rows.length; r++) {
          const row = rows[r];
          const cells: readonly unknown[] = Array.isArray(row) ? row : [row];
          for (let j = 0; j < cells.length; j++) {
            const x = cells[j];
            if (typeof x !== "number") continue; // blank: the only other cell PlainArgs accepts
            if (
              threshold !== undefined &&
              !meetsPlain(x, readingBound(x), threshold, eThreshold, op)
            )
              continue;
            total += Math.min(rate === undefined ? x : x * rate, perUnitCap);
            items++;
          }
        }
        // One bound for the sum instead of one per item: an item's award min(x × rate, cap) is within
        // award × 1.011e-14 + the cap's bound of the exact one (x and the rate read within 5e-15 of
        // themselves relatively, the product rounding by 2^-53; where the cap cuts, x × rate is within that of
        // the cap), and n additions round the sum by at most n × 2^-53 × the sum. The readings' absolute
        // bounds (subnormal prices) lie far below awardOf's own fen × 2^-53.
        const eTotal = total * (1.1e-14 + items * 2.3e-16) + items * eCap;
        const receivedGiven = a.num(receivedAt);
        const received = Number.isNaN(receivedGiven) ? 0 : receivedGiven;
        const left = annualCap - received;
        const room = Math.max(0, left);
        const eRoom = eAnnualCap + readingBound(received) + sumError(annualCap, -received, left);
        return awardOf(Math.min(total, room), Math.max(eTotal, eRoom), room, eRoom);
      };
    };
    return withFast(compute, fast);
  };
}
