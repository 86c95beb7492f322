/**
 * The one rule for item keys (spec Revision 2, "Scenarios and stacking"): two rows are the same item when
 * their keys are equal after trimming, regardless of case. A blank key — an empty cell, "" or the number
 * 0 (Excel on Windows passes 0 for an empty cell of a range) — is the blank key, itself one item.
 * STACK / STACK_ROWS use `itemKey`; every formula a scenario sheet generates compares keys through
 * `itemKeyFormula`, which computes the same text in the sheet.
 */
import { isBlank } from "../engine/validate";

/** The normalised key of a cell value: "" for a blank or 0, else the trimmed text in upper case. */
export function itemKey(v: unknown): string {
  if (isBlank(v) || v === 0) return "";
  return String(v).trim().toUpperCase();
}

/**
 * The same rule as an Excel expression over a cell reference or name: an empty cell equals 0 in Excel
 * (and text never does), so IF(ref=0,"",…) gives the blank key for an empty cell and for 0 alike.
 */
export const itemKeyFormula = (ref: string): string => `IF(${ref}=0,"",UPPER(TRIM(${ref})))`;

/** An Excel condition that is TRUE when two keys are the same item under the rule. */
export const sameItemFormula = (a: string, b: string): string =>
  `${itemKeyFormula(a)}=${itemKeyFormula(b)}`;
