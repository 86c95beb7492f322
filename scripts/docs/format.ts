/** How the reference writes a parameter, a default, a call, a signature and a register date. */
import { UNIT } from "../../src/format/constants";
import type {
  DocumentedFunction as ClauseFunction,
  DocumentedParam as ParamSpec,
  Example,
  RegisterDate,
} from "../../src/catalog/types";
import type { DocumentedSheetFunction as SheetFunction } from "../../src/sheet-functions/types";
import { formulaLiteral } from "../../src/format/formula-literal";
import type { Language } from "../../src/format/locale";
import { grouped } from "../../src/format/money";
import { percent } from "../../src/format/percent";
import { NAMESPACE } from "./source";
import { L } from "./strings";

export interface ParamRow {
  name: string;
  unit: string;
  required: string;
  default: string;
  description: string;
  codes: string[];
}

function formatDefault(p: ParamSpec, locale: Language): string {
  const d = p.default;
  if (d === undefined) return p.required ? "—" : L[locale].none;
  if (typeof d === "boolean") return d ? "TRUE" : "FALSE";
  if (typeof d === "string") return `"${d}"`;
  if (p.unit === "ratio") return `${d} (${percent(d)})`;
  return grouped(d);
}

export function paramRows(fn: ClauseFunction, locale: Language): ParamRow[] {
  const s = L[locale];
  return fn.params.map((p) => {
    let unit = UNIT[p.unit]?.[locale] ?? p.unit;
    if (p.kind === "amounts")
      unit = locale === "en" ? `${unit}, ${s.range}` : `${unit}（${s.range}）`;
    if (p.max !== undefined)
      unit +=
        locale === "en"
          ? `, at most ${p.unit === "ratio" ? percent(p.max) : grouped(p.max)}`
          : `，不超过${p.unit === "ratio" ? percent(p.max) : grouped(p.max)}`;
    if (p.min !== undefined)
      unit += locale === "en" ? `, at least ${grouped(p.min)}` : `，不少于${grouped(p.min)}`;
    return {
      name: p.name,
      unit,
      required: p.required ? s.yes : s.no,
      default: formatDefault(p, locale),
      description: p.description[locale],
      codes: (p.codes ?? []).map(
        (c) =>
          `${c.value}${c.aliases.length ? ` (${c.aliases.join(locale === "en" ? ", " : "、")})` : ""}: ${c.label[locale]}`
      ),
    };
  });
}

/** =SUBSIDY.NAME(8000000, 6000000, 0.02, 0.1): trailing omitted arguments dropped. */
export function exampleCall(name: string, args: readonly unknown[]): string {
  const a = [...args];
  while (a.length && (a[a.length - 1] === undefined || a[a.length - 1] === null)) a.pop();
  return `=${NAMESPACE}.${name}(${a.map(formulaLiteral).join(", ")})`;
}

export function exampleResult(ex: Example): string {
  return typeof ex.expect === "number" ? grouped(ex.expect) : ex.expect;
}

/** NAME(a, b, [c]): optional parameters in brackets. */
export function signature(
  name: string,
  params: readonly { name: string; optional: boolean; repeating?: boolean }[]
): string {
  return `${NAMESPACE}.${name}(${params
    .map((p) =>
      p.optional ? `[${p.name}${p.repeating ? ", …" : ""}]` : `${p.name}${p.repeating ? ", …" : ""}`
    )
    .join(", ")})`;
}
export const clauseSignature = (fn: ClauseFunction) =>
  signature(
    fn.name,
    fn.params.map((p) => ({ name: p.name, optional: !p.required }))
  );

export function formatDate(d: RegisterDate, locale: Language): string {
  const s = L[locale];
  const certainty = d.date
    ? locale === "en"
      ? ` (${s.certainty[d.certainty]})`
      : `（${s.certainty[d.certainty]}）`
    : "";
  return `${d.date ?? s.certainty.unknown}${certainty} — ${d.basis}`;
}

/** "required, range, repeats": how a utility parameter is passed. */
export function utilityParamFlags(p: SheetFunction["params"][number], locale: Language): string {
  const t = L[locale];
  return [p.optional ? t.no : t.yes, p.matrix ? t.range : "", p.repeating ? t.repeating : ""]
    .filter(Boolean)
    .join(", ");
}
