/**
 * What EXPLAIN and the calculator show beside an award (spec Revision 2, "Readings"): the record's remarks
 * in words (a 「原则上」 cap overridden, a cap the text does not state) and, where an ambiguity names the
 * code argument that selects a reading, the award under each other reading. An alternative is the same
 * clause function evaluated by the engine with that one argument replaced, never a second formula.
 */
import type { ClauseFunction, Text } from "../catalog/types";
import { type ErrorCode, isSubsidyError } from "../engine/errors";
import { computeAward } from "../engine/evaluate";
import { namedArgs } from "../engine/validate";

/** The award under another reading, or why there is none (the argument it needs, or the error). */
export type AlternativeOutcome =
  { ok: true; award: number } | { ok: false; code: ErrorCode; message: string; needs?: string };

export interface Alternative {
  /** The argument that selects the reading, e.g. "mode". */
  param: string;
  /** Its canonical code for this reading, e.g. "TOP_UP". */
  value: string;
  /** The code's label from the parameter spec. */
  label: Text;
  outcome: AlternativeOutcome;
}

export interface Readings {
  remarks: Text[];
  alternatives: Alternative[];
}

function evaluateAlternative(
  fn: ClauseFunction,
  rawArgs: readonly unknown[],
  index: number,
  value: string
): AlternativeOutcome {
  const args = Array.from({ length: Math.max(rawArgs.length, index + 1) }, (_, i) => rawArgs[i]);
  args[index] = value;
  try {
    return { ok: true, award: computeAward(fn, args) };
  } catch (e) {
    if (!isSubsidyError(e)) throw e;
    const needs = e.missing ? e.param : undefined;
    return { ok: false, code: e.code, message: e.message, ...(needs ? { needs } : {}) };
  }
}

/**
 * The remarks and alternative readings of a call whose own evaluation succeeded (the arguments are
 * valid). The reading in effect — the argument given, or its default — is left out of the alternatives.
 */
export function readingsOf(fn: ClauseFunction, rawArgs: readonly unknown[]): Readings {
  const args = namedArgs(fn.params, fn.validate(rawArgs));
  const remarks = fn.remarks?.(args, fn.constants) ?? [];
  const alternatives: Alternative[] = [];
  for (const { param, values } of fn.readings ?? []) {
    const index = fn.params.findIndex((p) => p.name === param);
    const spec = fn.params[index];
    if (!spec?.codes) throw new Error(`${fn.name}: reading names ${param}, not a code parameter`);
    for (const value of values) {
      if (value === args[param]) continue;
      const code = spec.codes.find((c) => c.value === value);
      if (!code) throw new Error(`${fn.name}: reading value ${value} is not a code of ${param}`);
      // A reading's codes keep their labels in the record (the others' are prose: src/policies/documented.ts).
      if (!code.label)
        throw new Error(`${fn.name}: reading value ${value} has no label in the record`);
      alternatives.push({
        param,
        value,
        label: code.label,
        outcome: evaluateAlternative(fn, rawArgs, index, value),
      });
    }
  }
  return { remarks, alternatives };
}
