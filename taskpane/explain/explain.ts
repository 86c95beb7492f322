/**
 * Explaining one cell, without React: read its formula (host.readCell), find the clause call and where
 * each argument comes from (locateExplained, src/workbook/explain-cell.ts), read the referenced cells
 * (host.readReferences, one batch), and run the engine on the arguments as Excel would pass them
 * (runCalculation: award, steps, alternative readings — what the calculator shows).
 */
import {
  type ArgSource,
  type Clause,
  type ClauseFunction,
  type ExplainProblem,
  type ExplainTarget,
  type ParamSpec,
  type ReadValue,
  argumentValue,
  catalog,
  locateExplained,
  referencesOf,
} from "../../src";
import { type Outcome, runCalculation } from "../calculator/form";
import type { CellRef, ExplainHost, RangeRef, ReferenceReading } from "../host/types";

export interface ExplainedArg {
  param: ParamSpec;
  source: ArgSource;
  /** The cells a reference covers (for a defined name, what it refers to). */
  from?: RangeRef;
  /** The argument as Excel passes it (undefined when omitted). */
  value: unknown;
}

/** Problems found only once the host has read the references. */
export type ReadProblem = {
  kind: "unread-reference";
  arg: string;
  reason: "no-sheet" | "no-name" | "invalid";
};

export type Explanation =
  | {
      kind: "explained";
      cell: CellRef;
      formula: string;
      target: ExplainTarget;
      clause: Clause;
      fn: ClauseFunction;
      args: ExplainedArg[];
      outcome: Outcome;
    }
  | {
      kind: "unexplained";
      cell: CellRef;
      problem: ExplainProblem | ReadProblem;
      /** The clause, when the problem lies in its arguments (a native twin over literals, a missing sheet). */
      clause?: Clause;
      /** The cell's own value, shown beside the reason. */
      value: ReadValue;
    };

function assemble(
  target: ExplainTarget,
  fn: ClauseFunction,
  readings: Map<string, ReferenceReading>
): { args: ExplainedArg[] } | { problem: ReadProblem } {
  const args: ExplainedArg[] = [];
  for (const [i, source] of target.args.entries()) {
    const param = fn.params[i];
    if (source.kind === "omitted") args.push({ param, source, value: undefined });
    else if (source.kind === "literal") args.push({ param, source, value: source.value });
    else {
      const read = readings.get(source.text)!;
      if (!read.ok)
        return { problem: { kind: "unread-reference", arg: source.text, reason: read.reason } };
      args.push({ param, source, from: read.range, value: argumentValue(read.values) });
    }
  }
  return { args };
}

/** The explanation of `cell` (by default the active cell). */
export async function explainCell(
  host: ExplainHost & { getActiveCell(): Promise<CellRef> },
  at?: CellRef
): Promise<Explanation> {
  const cell = at ?? (await host.getActiveCell());
  const { formula, value } = await host.readCell(cell);
  const located = locateExplained(formula);
  if (!located.ok) {
    const name = located.problem.kind === "native-args" ? located.problem.name : undefined;
    const clause = name ? catalog.functionByName.get(name)?.clause : undefined;
    return { kind: "unexplained", cell, problem: located.problem, value, clause };
  }
  const { target } = located;
  const { clause, fn } = catalog.functionByName.get(target.name)!;
  const refs = referencesOf(target);
  const read = refs.length > 0 ? await host.readReferences(cell.sheet, refs) : [];
  const readings = new Map(refs.map((r, i) => [r, read[i]]));
  const assembled = assemble(target, fn, readings);
  if ("problem" in assembled)
    return { kind: "unexplained", cell, problem: assembled.problem, value, clause };
  // The arguments as Excel passes them: an omitted trailing argument is not passed at all.
  const rawArgs = assembled.args.map((a) => a.value);
  return {
    kind: "explained",
    cell,
    formula: String(formula),
    target,
    clause,
    fn,
    args: assembled.args,
    outcome: runCalculation(fn, rawArgs),
  };
}
