/**
 * The error contract of spec §2.4. The engine throws SubsidyError; the Excel face maps `code` onto
 * CustomFunctions.ErrorCode, the task pane and EXPLAIN show `message` whatever the code.
 */
export type ErrorCode = "#VALUE!" | "#NUM!" | "#N/A";

export class SubsidyError extends Error {
  constructor(
    public readonly code: ErrorCode,
    message: string,
    /** The parameter the message names, when there is one. */
    public readonly param?: string
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

export function isSubsidyError(e: unknown): e is SubsidyError {
  return e instanceof SubsidyError;
}
