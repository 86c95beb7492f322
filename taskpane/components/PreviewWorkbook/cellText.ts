/**
 * How the preview grid shows a computed value: a number under its cell's number format
 * (src/format/number-formats.ts), text as it is, an error as its code.
 */
import { formatNumber } from "../../../src";
import type { Computed } from "../../host/memory";

/** The text of a cell; `pending` while the formula engine loads. */
export function cellText(
  computed: Computed,
  numberFormat: string | undefined,
  pending: string
): string {
  if (computed.kind === "pending") return pending;
  if (computed.kind === "error") return computed.code;
  const v = computed.value;
  if (v === null) return "";
  if (typeof v === "number") return formatNumber(v, numberFormat);
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  return v;
}
