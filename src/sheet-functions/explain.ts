/**
 * SUBSIDY.EXPLAIN(function_name, args…): the calculation steps of a clause function as a two-column
 * spilled array (label, amount), from the same evaluate() the calculator uses (src/sheet-functions/evaluate.ts):
 * the base, each threshold (met / not met, with ≥ or >), each rate, each cap (with whether it bound and,
 * for the last one that bound, that it is the binding cap), the room left under an annual or cumulative
 * cap, deductions, rounding, then the record's remarks ("Note") and the award under each alternative
 * reading (spec Revision 2: no cap marker), and last the award, which equals the function's result. When the clause
 * function raises an error, EXPLAIN returns the error code and its message as rows instead of failing, so
 * the message of a #NUM! (which Excel does not show) can be read. Labels follow the host's display
 * language (src/engine/messages.ts): the steps' own labels and these few words, in English or Chinese.
 */
import type { Step } from "../engine/calc";
import { isSubsidyError } from "../engine/errors";
import { messageLanguage } from "../engine/messages";
import type { Language } from "../format/locale";
import { grouped } from "../format/money";
import { evaluate, lookupFunction } from "./evaluate";
import { type Alternative, type Readings, readingsOf } from "./readings";
import type { SheetFunction } from "./types";

export type ExplainRow = [string, number | string];

/** A number in a step label: 1234567.5 → "1,234,567.5"; rates keep their decimals (0.035 → "0.035"). */
const stepNumber = (n: number): string => (Number.isFinite(n) ? grouped(n, 6) : String(n));

/** EXPLAIN's own words, in both languages; a cap row's marker says whether it bound (the last that bound binds). */
const WORDS = {
  en: {
    met: "met",
    notMet: "not met",
    left: "left",
    binding: "[binding]",
    bound: "[bound]",
    notBound: "[not bound]",
    alternative: "Alternative reading",
    needs: "needs",
    note: "Note",
    error: "Error",
    message: "Message",
  },
  zh: {
    met: "达到",
    notMet: "未达到",
    left: "剩余",
    binding: "[起决定作用]",
    bound: "[已触及]",
    notBound: "[未触及]",
    alternative: "其他理解",
    needs: "需要",
    note: "说明",
    error: "错误",
    message: "错误说明",
  },
} satisfies Record<Language, Record<string, string>>;

/** Steps → rows (label, amount). */
export function explainRows(steps: readonly Step[]): ExplainRow[] {
  const lang = messageLanguage();
  const w = WORDS[lang];
  let binding = -1;
  steps.forEach((s, i) => {
    if ((s.kind === "cap" || s.kind === "room") && s.bound) binding = i;
  });
  return steps.map((s, i): ExplainRow => {
    const label = s.label[lang];
    const limit = s.limit ?? 0;
    switch (s.kind) {
      case "threshold": {
        // The comparison, unless the label already states it ("Annual revenue > 10,000,000").
        const test = label.includes(stepNumber(limit))
          ? label
          : `${label} ${s.op === ">" ? ">" : "≥"} ${stepNumber(limit)}`;
        return [`${test}: ${s.met ? w.met : w.notMet}`, s.amount];
      }
      case "rate": {
        // Show the factor unless the label already does ("Raised by 50% (× 1.5)").
        const factor = stepNumber(limit);
        const text = label.includes(`× ${factor}`)
          ? label
          : label.includes("×")
            ? `${label} (${factor})`
            : `${label} (× ${factor})`;
        return [text, s.amount];
      }
      case "cap":
      case "room": {
        const mark = !s.bound ? w.notBound : i === binding ? w.binding : w.bound;
        const what =
          s.kind === "room"
            ? `${label}: ${stepNumber(limit)} ${w.left}`
            : `${label} ${stepNumber(limit)}`;
        return [`${what} ${mark}`, s.amount];
      }
      case "deduct":
        return [`${label} (− ${stepNumber(limit)})`, s.amount];
      default:
        return [label, s.amount];
    }
  });
}

/** An alternative reading's row: its award, or what it lacks ("needs rd_prior_year"), or its error. */
function alternativeRow(a: Alternative, lang: Language): ExplainRow {
  const w = WORDS[lang];
  const label =
    lang === "zh"
      ? `${w.alternative}：${a.param} = "${a.value}"（${a.label.zh}）`
      : `${w.alternative}: ${a.param} = "${a.value}" (${a.label.en})`;
  const o = a.outcome;
  if (o.ok) return [label, o.award];
  return [label, o.needs ? `${w.needs} ${o.needs}` : `${o.code} ${o.message}`];
}

/** The remarks and alternative readings as rows, to go before the last row (the award). */
export function readingRows(r: Readings): ExplainRow[] {
  const lang = messageLanguage();
  return [
    ...r.remarks.map((t): ExplainRow => [WORDS[lang].note, t[lang]]),
    ...r.alternatives.map((a) => alternativeRow(a, lang)),
  ];
}

/** EXPLAIN's result for a clause function and its arguments (as Excel passes them). */
export function explain(functionName: unknown, args: readonly unknown[]): ExplainRow[] {
  const { fn } = lookupFunction(functionName); // an unknown name is EXPLAIN's own input error: #VALUE! naming function_name
  try {
    const rows = explainRows(evaluate(functionName as string, args).steps);
    const award = rows.pop()!; // the last row stays the award
    return [...rows, ...readingRows(readingsOf(fn, args)), award];
  } catch (e) {
    if (!isSubsidyError(e)) throw e;
    const w = WORDS[messageLanguage()];
    return [
      [w.error, e.code],
      [w.message, e.message],
    ];
  }
}

export const explainSheetFunction: SheetFunction = {
  name: "EXPLAIN",
  params: [
    {
      name: "function_name",
      label: { en: "Function name", zh: "函数名称" },
      optional: false,
    },
    {
      name: "args",
      label: { en: "Arguments", zh: "函数参数" },
      optional: true,
      matrix: true,
      repeating: true,
    },
  ],
  result: { type: "any", dimensionality: "matrix" },
  invoke: (args) => explain(args[0], args.slice(1)),
  helpAnchor: "EXPLAIN",
};
