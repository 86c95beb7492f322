/**
 * The calculator form's values and their conversion to arguments as Excel would pass them, so that
 * evaluate() gives exactly what the sheet function gives (same validation, same messages).
 */
import { type ClauseFunction, type ParamSpec, type Step, SubsidyError, evaluate } from "../../src";
import {
  type ErrorCode,
  type Language,
  type Readings,
  readingsOf,
  withMessageLanguage,
} from "../../src";
import { parseEntry } from "../parse";

/** Text for number and code fields, a flag for booleans, one text per item for a range of amounts. */
export type FieldValue = string | boolean | string[];
export type FormValues = Record<string, FieldValue>;

export function initialValues(fn: ClauseFunction): FormValues {
  const values: FormValues = {};
  for (const p of fn.params) {
    if (p.kind === "amounts") values[p.name] = [""];
    else if (p.kind === "boolean") values[p.name] = p.default === true;
    else values[p.name] = p.default === undefined ? "" : String(p.default);
  }
  return values;
}

function rawArg(p: ParamSpec, value: FieldValue | undefined): unknown {
  if (p.kind === "boolean") return value === true;
  if (Array.isArray(value)) {
    const items = value.map(parseEntry).filter((v) => v !== undefined);
    return items.length > 0 ? items.map((v) => [v]) : undefined; // a column range, as Excel passes it
  }
  if (typeof value !== "string") return undefined;
  return p.kind === "code" ? value || undefined : parseEntry(value);
}

/** Arguments in parameter order (undefined = omitted). */
export function toRawArgs(fn: ClauseFunction, values: FormValues): unknown[] {
  return fn.params.map((p) => rawArg(p, values[p.name]));
}

export type Outcome =
  | { ok: true; award: number; steps: Step[]; readings: Readings }
  | { ok: false; code: ErrorCode; message: string; param?: string };

/**
 * The required parameters still blank in the form, when the outcome's error is one of them being blank: the
 * form is not finished, which the calculator says without an error (the sheet gives #VALUE! "… is required").
 * Empty when the error is about anything else, or there is none.
 */
export function blankRequired(
  fn: ClauseFunction,
  rawArgs: readonly unknown[],
  outcome: Outcome
): ParamSpec[] {
  const blank = fn.params.filter((p, i) => p.required && rawArgs[i] === undefined);
  return !outcome.ok && blank.some((p) => p.name === outcome.param) ? blank : [];
}

/**
 * The award, its steps and what EXPLAIN shows beside it (remarks, alternative readings), or the error the
 * sheet function would give (same code, same message) — in `messages`' language when given, else in the
 * sheet's (Excel's display language).
 */
export function runCalculation(
  fn: ClauseFunction,
  rawArgs: readonly unknown[],
  messages?: Language
): Outcome {
  if (messages) return withMessageLanguage(messages, () => runCalculation(fn, rawArgs));
  try {
    const { award, steps } = evaluate(fn.name, rawArgs);
    return { ok: true, award, steps, readings: readingsOf(fn, rawArgs) };
  } catch (e) {
    if (e instanceof SubsidyError)
      return { ok: false, code: e.code, message: e.message, param: e.param };
    throw e;
  }
}
