/**
 * Dates, in one place (DESIGN.md "Dates: Excel serial numbers (1900 system) or ISO text; convert in one
 * place"). Excel's 1900 date system counts 1900-01-01 as serial 1 and, copying Lotus 1-2-3, also has a
 * serial 60 for 1900-02-29, a day that never existed. So serials 1–59 are days since 1899-12-31 and
 * serials ≥ 61 are days since 1899-12-30; serial 60 is not a date. A time of day (the fraction) is ignored.
 */
import { valueError } from "./errors";

const DAY_MS = 86_400_000;
/** 1899-12-30 (UTC), the origin of serials ≥ 61. */
const EPOCH_MS = Date.UTC(1899, 11, 30);
/** 9999-12-31, the last date Excel knows. */
export const MAX_SERIAL = 2_958_465;
/** The phantom 1900-02-29 of Excel's 1900 leap-year bug. */
export const PHANTOM_SERIAL = 60;

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Excel serial (1900 system) → "YYYY-MM-DD", or undefined for a serial that is not a date (≤ 0, 60, > 9999-12-31). */
export function serialToIso(serial: number): string | undefined {
  if (!Number.isFinite(serial)) return undefined;
  const day = Math.floor(serial);
  if (day < 1 || day > MAX_SERIAL || day === PHANTOM_SERIAL) return undefined;
  const offset = day < PHANTOM_SERIAL ? day + 1 : day; // 1–59 count from 1899-12-31
  return new Date(EPOCH_MS + offset * DAY_MS).toISOString().slice(0, 10);
}

/** "YYYY-MM-DD" (a real calendar date from 1900-01-01 to 9999-12-31) → Excel serial, or undefined. */
export function isoToSerial(iso: string): number | undefined {
  const m = ISO.exec(iso.trim());
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(y, mo - 1, d);
  const check = new Date(ms);
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d)
    return undefined;
  const days = Math.round((ms - EPOCH_MS) / DAY_MS);
  if (days < 2) return undefined; // before 1900-01-01
  const serial = days <= PHANTOM_SERIAL ? days - 1 : days; // up to 1900-02-28 the count is one less
  return serial > MAX_SERIAL ? undefined : serial;
}

/** Compares ISO dates (lexical order is date order for YYYY-MM-DD). */
export const isoCompare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * A date argument as Excel passes it: a date serial (number) or ISO text, trimmed; a 1×1 range is its
 * cell. Returns the ISO date or throws #VALUE! naming the parameter.
 */
export function coerceDate(raw: unknown, param: string): string {
  let v = raw;
  while (Array.isArray(v) && v.length === 1) v = v[0];
  if (v === undefined || v === null || v === "") throw valueError(`${param} is required`, param);
  const iso =
    typeof v === "number"
      ? serialToIso(v)
      : typeof v === "string" && isoToSerial(v) !== undefined
        ? v.trim()
        : undefined;
  if (iso === undefined)
    throw valueError(`${param} must be a date: an Excel date serial or YYYY-MM-DD text`, param);
  return iso;
}
