/**
 * Amounts as the texts and the docs write them: grouped digits independent of the host's locale data,
 * and the Chinese texts' 万元 / 亿元 (1万元 = 10,000 yuan, 1亿元 = 100,000,000 yuan: units, not policy
 * numbers).
 */
import type { Language } from "./locale";

/**
 * 1234567.5 → "1,234,567.5"; negatives with a minus sign (−). `maxDecimals` rounds a fraction and drops
 * its trailing zeros (0.1 + 0.2 → "0.3" with 6); without it the fraction is as JavaScript prints it.
 */
export function grouped(n: number, maxDecimals?: number): string {
  const abs = Math.abs(n);
  const digits =
    maxDecimals === undefined || Number.isInteger(n)
      ? String(abs)
      : abs.toFixed(maxDecimals).replace(/0+$/, "").replace(/\.$/, "");
  const [int, frac] = digits.split(".");
  const g = int.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return `${n < 0 ? "−" : ""}${g}${frac ? `.${frac}` : ""}`;
}

/** 15,000,000 → "1500万元", 100,000,000 → "1亿元", 33,333,333.33 → "3333.33万元". */
export function wan(n: number): string {
  return n >= 100_000_000 && n % 1_000_000 === 0
    ? `${parseFloat((n / 100_000_000).toPrecision(12))}亿元`
    : `${parseFloat((n / 10_000).toFixed(2))}万元`;
}

/** 10,000,000 → "10M", 2,500,000 → "2.5M": the English shorthand of a tier list (300M yuan). */
export function millions(n: number): string {
  return `${grouped(parseFloat((n / 1_000_000).toPrecision(12)))}M`;
}

/** Yuan with thousands separators; in Chinese also in the texts' 万元 / 亿元. */
export function yuan(n: number, language: Language): string {
  if (language === "en") return `${grouped(n)} yuan`;
  const inWan = n >= 10_000 && n % 100 === 0 ? wan(n) : "";
  return `${grouped(n)}元${inWan ? `（${inWan}）` : ""}`;
}
