/**
 * SUBSIDY.EACH in a copied sheet: one twin per cell of its spill. Element (r, c) reads, for each argument
 * EACH broadcasts, the cell (r, c) of the range it was given (`B2:B9` → `B4` for the third row; a
 * worksheet-scoped name over a range → `INDEX(name, r+1, c+1)`); single cells, literals and a clause's own
 * range parameters ("amounts") are passed to every element as written, as EACH passes them.
 */
import type { FormulaCall } from "../format/formula-calls";
import { nativeFormula } from "../native";
import { findFunction } from "../policies";
import type { PlanName } from "./plan";
import { argumentKind, elementOf, parseCellRange, twinArgument } from "./native-copy-refs";
import type { KeptReason } from "./native-copy-types";
import type { ArgumentReader } from "./native-copy-values";

/** An argument of one element: the same text for every element, or a text per element. */
type ElementArgument = string | undefined | ((r: number, c: number) => string);

export type EachTwins =
  | { ok: true; fn: string; rows: number; cols: number; formula: (r: number, c: number) => string }
  | { ok: false; fn: string; reason: KeptReason; detail?: string };

interface Broadcast {
  rows: number;
  cols: number;
  element: (r: number, c: number) => string;
}

/** A range argument EACH broadcasts over, or undefined for one it passes whole. */
function broadcastOf(text: string, names: readonly PlanName[]): Broadcast | undefined {
  const range = parseCellRange(text);
  if (range && range.rows * range.cols > 1)
    return { rows: range.rows, cols: range.cols, element: (r, c) => elementOf(range, r, c) };
  const named = names.find((n) => n.name.toUpperCase() === text.toUpperCase());
  if (named && named.rows * named.cols > 1)
    return {
      rows: named.rows,
      cols: named.cols,
      element: (r, c) => `INDEX(${text},${r + 1},${c + 1})`,
    };
  return undefined;
}

/** An expression over a range (or a name of one): its element is not an argument text one can derive. */
function overRange(text: string, names: readonly PlanName[]): boolean {
  const outsideTexts = text.replace(/"(?:[^"]|"")*"/g, '""');
  if (/:/.test(outsideTexts)) return true;
  const words = outsideTexts.match(/[A-Za-z_\\][A-Za-z0-9_.]*/g) ?? [];
  return words.some((w) => broadcastOf(w, names) !== undefined);
}

/** The twins of an EACH call from its argument texts (the call's own, function name first). */
export function eachTwins(
  argTexts: readonly string[],
  read: ArgumentReader,
  names: readonly PlanName[]
): EachTwins {
  const nameArg = read(argTexts[0] ?? "");
  const entry = nameArg.known ? findFunction(nameArg.value) : undefined;
  if (!entry) return { ok: false, fn: "EACH", reason: "argument-unknown" };
  const fn = entry.fn;
  const given = argTexts.slice(1);
  if (given.length > fn.params.length)
    return { ok: false, fn: fn.name, reason: "each-arguments", detail: "too many arguments" };
  let shape: { rows: number; cols: number } | undefined;
  const elementArgs: ElementArgument[] = [];
  for (let i = 0; i < given.length; i++) {
    const text = given[i].trim();
    if (text === "") {
      elementArgs.push(undefined);
      continue;
    }
    const b = fn.params[i].kind === "amounts" ? undefined : broadcastOf(text, names);
    if (b) {
      if (shape && (shape.rows !== b.rows || shape.cols !== b.cols))
        return { ok: false, fn: fn.name, reason: "each-arguments", detail: fn.params[i].name };
      shape = { rows: b.rows, cols: b.cols };
      elementArgs.push(b.element);
    } else if (
      fn.params[i].kind !== "amounts" &&
      argumentKind(text) === "expression" &&
      overRange(text, names)
    )
      return { ok: false, fn: fn.name, reason: "each-arguments", detail: fn.params[i].name };
    else elementArgs.push(twinArgument(text));
  }
  const { rows, cols } = shape ?? { rows: 1, cols: 1 };
  const formula = (r: number, c: number) =>
    nativeFormula(
      fn.name,
      elementArgs.map((a) => (typeof a === "function" ? a(r, c) : a))
    );
  try {
    formula(0, 0); // a shape without a twin fails on the first element as on every other
  } catch (e) {
    return {
      ok: false,
      fn: fn.name,
      reason: "no-twin",
      detail: e instanceof Error ? e.message : String(e),
    };
  }
  return { ok: true, fn: fn.name, rows, cols, formula };
}

/** The argument texts of a call, as written. */
export const argumentTexts = (formula: string, call: FormulaCall): string[] =>
  call.args.map((a) => formula.slice(a.start, a.end));
