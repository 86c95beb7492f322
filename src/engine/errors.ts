/**
 * The error contract of spec §2.4. The engine throws SubsidyError; the Excel face maps `code` onto
 * CustomFunctions.ErrorCode, the task pane and EXPLAIN show `message` whatever the code.
 */

import { MESSAGE, type Named } from "./messages";

/**
 * The codes a custom function can return. #VALUE!, #NUM! and #N/A are the engine's own; #DIV/0! and #NULL!
 * only ever re-raise an error value the function was given (see `errorValueInput`).
 */
export type ErrorCode = "#VALUE!" | "#NUM!" | "#N/A" | "#DIV/0!" | "#NULL!";

export class SubsidyError extends Error {
  constructor(
    public readonly code: ErrorCode,
    message: string,
    /** The parameter the message names, when there is one. */
    public readonly param?: string,
    /** The parameter is required and was not given (EXPLAIN's alternatives say which argument they need). */
    public readonly missing?: boolean
  ) {
    super(message);
    this.name = "SubsidyError";
  }
}

export const valueError = (message: string, param?: string) =>
  new SubsidyError("#VALUE!", message, param);
export const numError = (message: string, param?: string) =>
  new SubsidyError("#NUM!", message, param);
export const naError = (message: string, param?: string) =>
  new SubsidyError("#N/A", message, param);

/** A required argument left out, or one that another argument makes required: #VALUE!, marked `missing`. */
export const missingError = (message: string, param: string) =>
  new SubsidyError("#VALUE!", message, param, true);

export function isSubsidyError(e: unknown): e is SubsidyError {
  return e instanceof SubsidyError;
}

/**
 * Excel lets a custom function return these (Microsoft's "Handle and return errors from your custom
 * function": #REF! and #NAME? are input errors only, and the newer ones are not in CustomFunctions.ErrorCode).
 */
const RETURNABLE: ReadonlySet<string> = new Set<ErrorCode>([
  "#VALUE!",
  "#N/A",
  "#NUM!",
  "#DIV/0!",
  "#NULL!",
]);

/**
 * An Excel error value given for a single-value parameter (`text` as Excel shows it, e.g. "#DIV/0!"): the
 * same error where a custom function can return it, so =SUBSIDY.X(1/0) is #DIV/0! as =SQRT(1/0) is;
 * otherwise #VALUE! saying which error (#REF!, #NAME?, #SPILL! …). The message names the parameter.
 */
export function errorValueInput(p: Named, text: string): SubsidyError {
  const message = MESSAGE.errorValue(p, text);
  return RETURNABLE.has(text)
    ? new SubsidyError(text as ErrorCode, message, p.name)
    : valueError(message, p.name);
}

/**
 * Runs `f` without capturing stack traces for the errors it creates. For code that turns many expected
 * SubsidyErrors into values (EACH: one per bad element), where the trace is never read and capturing it
 * costs most of the time (100,000 blank rows: about 0.6 s of 0.8 s here). Restored on the way out.
 */
export function withoutStackTraces<T>(f: () => T): T {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return f();
  } finally {
    Error.stackTraceLimit = limit;
  }
}
