/**
 * Asserting the §2.4 error contract: what a call throws, its Excel error code and its exact message.
 * Shared by the per-document tests (test/policies) and the sheet-function tests.
 */
import { SubsidyError, calculate } from "../../src";

export type ErrorCode = "#VALUE!" | "#NUM!";

/** What `f` throws, whatever it is; fails the test when `f` returns. */
export function error(f: () => unknown): { code: string; message: string; param?: string } {
  try {
    f();
  } catch (e) {
    return e as { code: string; message: string; param?: string };
  }
  throw new Error("expected an error");
}

/** The SubsidyError `calculate(name, args)` throws; fails the test on any other outcome. */
export function thrown(name: string, args: unknown[]): SubsidyError {
  try {
    calculate(name, args);
  } catch (e) {
    expect(e).toBeInstanceOf(SubsidyError);
    return e as SubsidyError;
  }
  throw new Error(`${name}(${JSON.stringify(args)}) did not throw`);
}

/** `calculate(name, args)` throws this code with exactly this message (any message when omitted). */
export function expectError(
  name: string,
  args: unknown[],
  code: ErrorCode,
  message?: string
): void {
  const e = thrown(name, args);
  expect(e.code).toBe(code);
  if (message !== undefined) expect(e.message).toBe(message);
}

export const expectValue = (name: string, args: unknown[], message: string): void =>
  expectError(name, args, "#VALUE!", message);

export const expectNum = (name: string, args: unknown[], message?: string): void =>
  expectError(name, args, "#NUM!", message);

/** One test per row, "bad input [args] → code message": the call with those arguments throws exactly that. */
export function itRejects(
  name: string,
  rows: readonly (readonly [readonly unknown[], ErrorCode, string])[]
): void {
  it.each(rows)("bad input %j → %s %s", (args, code, message) =>
    expectError(name, [...args], code, message)
  );
}
