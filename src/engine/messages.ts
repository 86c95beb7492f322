/**
 * The argument errors of spec §2.4 in the host's display language (issue 12): English by default and
 * outside Office; Chinese when functions/functions.ts finds a Chinese `Office.context.displayLanguage`.
 * In English a message names the parameter by its identifier, as before ("rd_last_year must be a number");
 * in Chinese by its short label with the identifier beside it ("上年度研发投入（rd_last_year）必须是数字"),
 * the same label zh-CN functions.json shows while the formula is typed. The code (#VALUE!, #NUM!) and
 * `SubsidyError.param` (always the identifier) do not change with the language.
 */
import type { Language } from "../format/locale";
import { grouped } from "../format/money";
import { AT_MOST_MAX, MAX_AMOUNT } from "./money";

let language: Language = "en";

/** Sets the language of every later message (the functions runtime calls it once Office is ready). */
export function setMessageLanguage(l: Language): void {
  language = l;
}

export const messageLanguage = (): Language => language;

/**
 * `run` with messages in `l`, the language before restored afterwards: the pane's calculator outside Excel,
 * where no sheet's language applies, speaks the pane's. Synchronous, so no sheet function runs in between.
 */
export function withMessageLanguage<T>(l: Language, run: () => T): T {
  const outer = language;
  language = l;
  try {
    return run();
  } finally {
    language = outer;
  }
}

/** A parameter as a message names it. */
export interface Named {
  name: string;
  label?: { en: string; zh: string };
}

const who = (p: Named): string =>
  language === "zh" && p.label ? `${p.label.zh}（${p.name}）` : p.name;

const limit = (): string => (language === "zh" ? `（至多${grouped(MAX_AMOUNT)}）` : AT_MOST_MAX);

type Template = (p: Named, ...rest: string[]) => string;
const both =
  (en: Template, zh: Template): Template =>
  (p, ...rest) =>
    (language === "zh" ? zh : en)(p, ...rest);

/** Every argument message, in both languages; `rest` carries the figures a message quotes. */
export const MESSAGE = {
  singleValue: both(
    (p) => `${who(p)} must be a single value, not a range`,
    (p) => `${who(p)}必须是单个值，不能是区域`
  ),
  number: both(
    (p) => `${who(p)} must be a number`,
    (p) => `${who(p)}必须是数字`
  ),
  finite: both(
    (p) => `${who(p)} must be a finite number`,
    (p) => `${who(p)}必须是有限数值`
  ),
  negative: both(
    (p) => `${who(p)} must not be negative`,
    (p) => `${who(p)}不能为负数`
  ),
  tooLarge: both(
    (p) => `${who(p)} is too large ${limit()}`,
    (p) => `${who(p)}过大${limit()}`
  ),
  rateRange: both(
    (p) => `${who(p)} must be between 0 and 1 (e.g. 0.3 for 30%)`,
    (p) => `${who(p)}必须在0到1之间（如30%填0.3）`
  ),
  rateMax: both(
    (p, max) => `${who(p)} exceeds the policy maximum of ${max}`,
    (p, max) => `${who(p)}超过政策上限${max}`
  ),
  wholeAtLeast: both(
    (p, min) => `${who(p)} must be a whole number ≥ ${min}`,
    (p, min) => `${who(p)}必须是不小于${min}的整数`
  ),
  oneOf: both(
    (p, list) => `${who(p)} must be one of: ${list}`,
    (p, list) => `${who(p)}必须是以下之一：${list}`
  ),
  boolean: both(
    (p) => `${who(p)} must be TRUE or FALSE (or 1 / 0)`,
    (p) => `${who(p)}必须是TRUE或FALSE（或1/0）`
  ),
  errorAt: both(
    (p, k) => `${who(p)} contains an error at position ${k}`,
    (p, k) => `${who(p)}第${k}项是错误值`
  ),
  invalidAt: both(
    (p, k) => `${who(p)} contains an invalid value at position ${k}`,
    (p, k) => `${who(p)}第${k}项不是有效金额`
  ),
  tooLargeAt: both(
    (p, k) => `${who(p)} is too large at position ${k} ${limit()}`,
    (p, k) => `${who(p)}第${k}项过大${limit()}`
  ),
  required: both(
    (p) => `${who(p)} is required`,
    (p) => `${who(p)}为必填项`
  ),
  errorValue: both(
    (p, text) => `${who(p)} is ${text}`,
    (p, text) => `${who(p)}为${text}`
  ),
};

/** "the award is too large (at most …)": the engine's check on a result (calc/). */
export const awardTooLargeMessage = (): string =>
  language === "zh" ? `补助金额过大${limit()}` : `the award is too large ${limit()}`;

/** "too many arguments: at most n" (names no parameter). */
export const tooManyArguments = (n: number): string =>
  language === "zh" ? `参数过多：至多${n}个` : `too many arguments: at most ${n}`;
