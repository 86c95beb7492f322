/**
 * Money helpers. Amounts are yuan as JavaScript numbers; spec §2.4 bounds them at 10 trillion,
 * where 15 significant digits still hold the fen. Rounding therefore reads the value at 15
 * significant digits — the decimal number the arithmetic meant, without binary-float noise such as
 * 0.3 × 300,001 = 90000.29999999999 — and rounds that decimal half away from zero in integer fen.
 */
export const MAX_AMOUNT = 10_000_000_000_000;

/** Round to 0.01 yuan, half away from zero, free of binary-float artefacts (spec §2.1). */
export function roundFen(value: number): number {
  const abs = Math.abs(value);
  const sign = value < 0 ? -1 : 1;
  const fen = abs * 100;
  // Fast path: a whole number of fen (within float error far below half a fen) needs no rounding.
  if (Number.isInteger(fen)) return (sign * fen) / 100;
  if (!Number.isFinite(value) || abs >= 1e15) return sign * Math.round(abs);
  if (abs < 1e-6) return 0;
  // Fast path: away from a half-fen tie, the double and its 15-digit reading round to the same fen. The
  // reading moves the value by at most 5e-15 of it, the product by 100 by about 1e-16; only a fraction
  // within 1e-13 (relative) of one half needs the decimal reading below.
  const frac = fen - Math.floor(fen);
  if (Math.abs(frac - 0.5) > fen * 1e-13 + 1e-9) return (sign * Math.round(fen)) / 100;
  const [whole, fraction = ""] = abs.toPrecision(15).split(".");
  const firstTwo = Number(fraction.slice(0, 2).padEnd(2, "0"));
  const roundUp = fraction.length > 2 && fraction.charCodeAt(2) >= 53; // third decimal ≥ "5"
  return (sign * (Number(whole) * 100 + firstTwo + (roundUp ? 1 : 0))) / 100;
}

/** The room left under an annual or cumulative cap (spec §2.3 step 6). */
export function remainingCap(cap: number, received: number): number {
  return Math.max(0, cap - received);
}
