/**
 * Plain-words presentation of a clause function's numbers — rates as %, amounts as yuan (and 万元/亿元 in
 * Chinese), thresholds with the comparison the text prescribes, caps by category, tiers — generic over the
 * shape of `constants`. Shared by the generated docs and the task pane, so both say the same thing.
 */
import type { Language } from "./locale";
import { grouped, yuan } from "./money";
import { percent } from "./percent";
import type { DocumentedFunction as ClauseFunction, Text } from "../catalog/types";

export const UNIT: Record<string, Text> = {
  yuan: { en: "yuan", zh: "元" },
  ratio: { en: "ratio (0.3 = 30%)", zh: "比例（0.3即30%）" },
  count: { en: "count", zh: "个数" },
  m2: { en: "m²", zh: "平方米" },
  months: { en: "months", zh: "月" },
  years: { en: "years", zh: "年" },
  "yuan/m2/month": { en: "yuan/m²/month", zh: "元/平方米/月" },
  code: { en: "code", zh: "代码" },
  boolean: { en: "TRUE/FALSE", zh: "TRUE/FALSE" },
};

/** Labels of the constants' keys; an unknown key is spelled out from its camelCase name. */
const CONSTANT_LABEL: Record<string, Text> = {
  rate: { en: "Rate", zh: "比例" },
  cap: { en: "Cap", zh: "上限" },
  caps: { en: "Cap", zh: "上限" },
  cumulativeCap: { en: "Cumulative cap", zh: "累计上限" },
  annualCap: { en: "Annual cap", zh: "年度上限" },
  perUnitCap: { en: "Per-unit cap", zh: "单台（套）上限" },
  threshold: { en: "Threshold", zh: "门槛" },
  investmentThreshold: { en: "Investment threshold", zh: "投资额门槛" },
  salesThreshold: { en: "Sales threshold", zh: "销售额门槛" },
  floor: { en: "Lower end of the range", zh: "区间下限" },
  uplift: { en: "Uplift factor", zh: "上浮系数" },
  amount: { en: "Fixed amount", zh: "固定金额" },
  award: { en: "Award", zh: "奖励金额" },
  tiers: { en: "Tier", zh: "档次" },
  covered: { en: "Eligible categories", zh: "适用类别" },
  maxArea: { en: "Maximum area", zh: "面积上限" },
  maxMonths: { en: "Maximum months", zh: "月数上限" },
  maxYears: { en: "Maximum years", zh: "年数上限" },
  monthsPerYear: { en: "Months per year", zh: "每年月数" },
};

const words = (key: string): string => {
  const s = key
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .replace(/_/g, " ")
    .toLowerCase();
  return s.charAt(0).toUpperCase() + s.slice(1);
};
const constantLabel = (key: string, locale: Language): string =>
  CONSTANT_LABEL[key]?.[locale] ?? words(key);

const OP: Record<string, Text> = {
  ">": { en: "more than (超过: the number excluded)", zh: "超过（不含本数）" },
  ">=": { en: "at least (以上/达: the number included)", zh: "达到或以上（含本数）" },
};
const opSymbol = (op: unknown): string => (op === ">=" ? "≥" : op === ">" ? ">" : String(op ?? ""));

/** A constant's value, its unit inferred from its key: rates as %, factors as ×, m², months, years, else yuan. */
function formatConstant(key: string, value: number, locale: Language): string {
  if (/uplift|factor|multiplier/i.test(key)) return `× ${value}`;
  if (/rate|ratio|share|percent/i.test(key)) return percent(value);
  if (/month/i.test(key))
    return locale === "en" ? `${grouped(value)} months` : `${grouped(value)}个月`;
  if (/year/i.test(key)) return locale === "en" ? `${grouped(value)} years` : `${grouped(value)}年`;
  if (/area|m2/i.test(key))
    return locale === "en" ? `${grouped(value)} m²` : `${grouped(value)}平方米`;
  if (/count/i.test(key)) return grouped(value);
  return yuan(value, locale);
}

/** A code's label from the function's parameters: "WORKSHOP (Workshop or production line)". */
function codeLabel(fn: ClauseFunction, value: string, locale: Language): string {
  for (const p of fn.params) {
    const c = p.codes?.find((o) => o.value === value);
    if (c) return `${value} (${c.label[locale]})`;
  }
  return value;
}

export interface ConstantRow {
  label: string;
  value: string;
}

/** Every rate, threshold, cap and tier of a clause function, formatted; generic over the constants' shape. */
export function constantRows(fn: ClauseFunction, locale: Language): ConstantRow[] {
  const c = fn.constants as Record<string, unknown>;
  const rows: ConstantRow[] = [];
  const thresholdOp = c.thresholdOp ?? c.op;
  const walk = (key: string, value: unknown, label: string): void => {
    if (value === undefined || value === null) return;
    if (typeof value === "number") {
      let v = formatConstant(key, value, locale);
      if (/threshold/i.test(key) && c.thresholdOp !== undefined) {
        v = `${opSymbol(thresholdOp)} ${v} — ${OP[String(thresholdOp)]?.[locale] ?? String(thresholdOp)}`;
      }
      rows.push({ label, value: v });
    } else if (typeof value === "string" || typeof value === "boolean") {
      rows.push({ label, value: String(value) });
    } else if (Array.isArray(value)) {
      if (value.every((x) => typeof x === "string")) {
        rows.push({
          label,
          value: value
            .map((x) => codeLabel(fn, x as string, locale))
            .join(locale === "en" ? ", " : "、"),
        });
      } else {
        value.forEach((item, i) => {
          const o = item as Record<string, unknown>;
          if (
            o &&
            typeof o === "object" &&
            typeof o.threshold === "number" &&
            typeof o.award === "number"
          ) {
            rows.push({
              label: `${label} ${i + 1}`,
              value: `${opSymbol(thresholdOp)} ${yuan(o.threshold, locale)} → ${yuan(o.award, locale)}`,
            });
          } else if (o && typeof o === "object") {
            for (const [k, v] of Object.entries(o))
              walk(k, v, `${label} ${i + 1} — ${constantLabel(k, locale)}`);
          } else walk(key, item, `${label} ${i + 1}`);
        });
      }
    } else if (typeof value === "object") {
      for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
        // Keys in upper case are codes (caps by category): keep the parent's unit.
        const isCode = /^[A-Z0-9_]+$/.test(k);
        walk(
          isCode ? key : k,
          v,
          `${label} — ${isCode ? codeLabel(fn, k, locale) : constantLabel(k, locale)}`
        );
      }
    }
  };
  for (const [key, value] of Object.entries(c)) {
    if (key === "thresholdOp" || (key === "op" && Array.isArray(c.tiers))) continue;
    walk(key, value, constantLabel(key, locale));
  }
  return rows;
}
