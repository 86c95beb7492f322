/**
 * Exact rational arithmetic on BigInt (numerator / positive denominator), for the few evaluations whose
 * double result lies too close to a half fen, a fractional-fen cap or a threshold to decide (calc/).
 * Arguments and constants enter as Excel shows them: the decimal of their 15 significant digits.
 * No decimal library: the runtime bundle stays small, and the operations needed are only + − × ÷ and ≤.
 */
export interface Rational {
  readonly n: bigint;
  /** Always > 0. */
  readonly d: bigint;
}

const TEN = 10n;
export const ZERO: Rational = { n: 0n, d: 1n };

/** The decimal a double means in Excel: its 15 significant digits (integers below 10^15 are themselves). */
export function readDecimal(x: number): Rational {
  if (Number.isInteger(x) && Math.abs(x) < 1e15) return { n: BigInt(x), d: 1n };
  const [mantissa, exp = "0"] = x.toPrecision(15).split("e");
  const [whole, fraction = ""] = mantissa.split(".");
  const digits = BigInt(whole + fraction);
  const scale = fraction.length - Number(exp);
  return scale >= 0
    ? { n: digits, d: TEN ** BigInt(scale) }
    : { n: digits * TEN ** BigInt(-scale), d: 1n };
}

export const add = (a: Rational, b: Rational): Rational =>
  a.d === b.d ? { n: a.n + b.n, d: a.d } : { n: a.n * b.d + b.n * a.d, d: a.d * b.d };
export const sub = (a: Rational, b: Rational): Rational => add(a, { n: -b.n, d: b.d });
export const mul = (a: Rational, b: Rational): Rational => ({ n: a.n * b.n, d: a.d * b.d });
export function div(a: Rational, b: Rational): Rational {
  if (b.n === 0n) throw new RangeError("division by zero");
  return b.n < 0n ? { n: -a.n * b.d, d: a.d * -b.n } : { n: a.n * b.d, d: a.d * b.n };
}
/** −1, 0 or 1 as a <, =, > b. */
export function cmp(a: Rational, b: Rational): number {
  const l = a.n * b.d;
  const r = b.n * a.d;
  return l < r ? -1 : l > r ? 1 : 0;
}
export const min = (a: Rational, b: Rational): Rational => (cmp(a, b) <= 0 ? a : b);
export const max = (a: Rational, b: Rational): Rational => (cmp(a, b) >= 0 ? a : b);

/** Floor division for a positive divisor (BigInt `/` truncates toward zero). */
function floorDiv(n: bigint, d: bigint): bigint {
  const q = n / d;
  return n % d !== 0n && n < 0n ? q - 1n : q;
}

/** The value in fen, rounded half away from zero. */
export function roundHalfAwayToFen(q: Rational): bigint {
  const twice = 200n * (q.n < 0n ? -q.n : q.n);
  const fen = (twice + q.d) / (2n * q.d); // floor(|q| × 100 + ½)
  return q.n < 0n ? -fen : fen;
}

/** The value in fen, rounded down (toward −∞): the most a cap lets a rounded award be. */
export const floorToFen = (q: Rational): bigint => floorDiv(100n * q.n, q.d);

/** A close double, for display in steps (not for deciding anything). */
export function toNumber(q: Rational): number {
  const whole = floorDiv(q.n, q.d);
  const rest = q.n - whole * q.d; // 0 ≤ rest < d
  return Number(whole) + Number((rest * 10n ** 18n) / q.d) / 1e18;
}
