/**
 * "Explain the selected cell" without a host: which clause function a cell's formula calls — a SUBSIDY.*
 * call (found with the shared tokenizer, src/format/formula-calls.ts) or a native twin the add-in wrote
 * (its marker, src/native) — and where each argument comes from: a literal, an omitted optional argument,
 * or a reference (cell, range, defined name) for the host to read. Or why the cell cannot be explained.
 * The pane reads the references through its WorkbookHost and evaluates the call with the engine.
 */
import { type FormulaCall, scanFormula } from "../format/formula-calls";
import { nativeFormula, nativeFunctionOf } from "../native";
import { findFunction } from "../policies";
import { isName, parseCellRange } from "./native-copy-refs";
import { subsidyName } from "./native-copy-rewrite";

/** Where one argument comes from. */
export type ArgSource =
  | { kind: "omitted" }
  | { kind: "literal"; text: string; value: unknown }
  /** A cell ("B4", "'Inputs'!B4"), a range ("B4:B9") or a defined name, as written. */
  | { kind: "reference"; text: string };

/** Why a cell cannot be explained. */
export type ExplainProblem =
  | { kind: "empty" }
  | { kind: "constant" }
  | { kind: "unreadable" }
  | { kind: "not-subsidy" }
  /** A SUBSIDY function that is not a clause function (STACK, EXPLAIN, EACH …). */
  | { kind: "not-clause"; name: string }
  | { kind: "too-many-args"; name: string; max: number }
  | { kind: "other-workbook"; arg: string }
  /** An argument computed in the formula (B4*2): its value is not in any cell. */
  | { kind: "expression"; param: string; arg: string }
  /** A native twin whose arguments are folded into it (literals) or were edited. */
  | { kind: "native-args"; name: string };

export interface ExplainTarget {
  /** The clause function's name, e.g. "HZ_SCENARIO_AWARD". */
  name: string;
  form: "addin" | "native";
  /** One per parameter, in declared order. */
  args: ArgSource[];
  /** How many SUBSIDY clause calls the formula holds (the first is explained). */
  calls: number;
}

export type ExplainLocation =
  { ok: true; target: ExplainTarget } | { ok: false; problem: ExplainProblem };

const fail = (problem: ExplainProblem): ExplainLocation => ({ ok: false, problem });

/** A reference into another workbook: "[Book2.xlsx]Sheet1!B4", "'C:\dir\[Book2.xlsx]Sheet1'!B4", "[1]Sheet1!B4". */
const OTHER_WORKBOOK = /\[[^\]]*\][^!]*!/;
const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?%?$/i;
const ERROR = /^#(?:N\/A|VALUE!|REF!|DIV\/0!|NUM!|NAME\?|NULL!)$/i;

/** A literal as Excel hands it to a function: a number (30% is 0.3), a text, TRUE/FALSE, an error, an array constant. */
export function literalValue(text: string): { value: unknown } | undefined {
  const t = text.trim();
  if (NUMBER.test(t)) {
    const percent = t.endsWith("%");
    const n = Number(percent ? t.slice(0, -1) : t);
    return { value: percent ? n / 100 : n };
  }
  if (/^"(?:[^"]|"")*"$/.test(t)) return { value: t.slice(1, -1).replace(/""/g, '"') };
  if (/^(TRUE|FALSE)$/i.test(t)) return { value: t.toUpperCase() === "TRUE" };
  if (ERROR.test(t)) return { value: { code: t.toUpperCase() } };
  if (t.startsWith("{") && t.endsWith("}")) {
    const rows = t
      .slice(1, -1)
      .split(";")
      .map((row) => row.split(",").map((e) => literalValue(e)));
    if (rows.every((r) => r.every((e) => e !== undefined && !Array.isArray(e.value))))
      return { value: rows.map((r) => r.map((e) => e!.value)) };
  }
  return undefined;
}

function isReference(text: string): boolean {
  const t = text.trim();
  return (
    parseCellRange(t) !== undefined ||
    isName(t) ||
    /^(?:'(?:[^']|'')+'!|[^!'"]+!)?(?:\$?[A-Za-z]{1,3}:\$?[A-Za-z]{1,3}|\$?\d+:\$?\d+)$/.test(t)
  );
}

/** One argument's source from its text, or the problem it is. */
function sourceOf(text: string, param: string): ArgSource | ExplainProblem {
  const t = text.trim();
  if (t === "") return { kind: "omitted" };
  if (OTHER_WORKBOOK.test(t)) return { kind: "other-workbook", arg: t };
  const literal = literalValue(t);
  if (literal) return { kind: "literal", text: t, value: literal.value };
  if (isReference(t)) return { kind: "reference", text: t };
  return { kind: "expression", param, arg: t };
}

const isProblem = (s: ArgSource | ExplainProblem): s is ExplainProblem =>
  s.kind !== "omitted" && s.kind !== "literal" && s.kind !== "reference";

function fromCall(
  formula: string,
  call: FormulaCall,
  name: string,
  calls: number
): ExplainLocation {
  const entry = findFunction(name)!;
  const params = entry.fn.params;
  if (call.args.length > params.length)
    return fail({ kind: "too-many-args", name: entry.fn.name, max: params.length });
  const args: ArgSource[] = [];
  for (let i = 0; i < params.length; i++) {
    const span = call.args[i];
    const s = span
      ? sourceOf(formula.slice(span.start, span.end), params[i].name)
      : { kind: "omitted" as const };
    if (isProblem(s)) return fail(s);
    args.push(s);
  }
  return { ok: true, target: { name: entry.fn.name, form: "addin", args, calls } };
}

/** Cells, ranges and names a formula reads, outside text literals, in order of first appearance. */
export function referencesIn(formula: string): string[] {
  // Text literals blanked out (quoted sheet names kept): a reference inside "…" is text.
  const bare = formula.replace(/"(?:[^"]|"")*"/g, (m) => " ".repeat(m.length));
  const SHEET = String.raw`(?:'(?:[^']|'')+'|[A-Za-z0-9_.\u0080-\uFFFF]+)!`;
  const CELL = String.raw`\$?[A-Za-z]{1,3}\$?\d+`;
  const TOKEN = new RegExp(
    String.raw`(?<![A-Za-z0-9_.'!])(${SHEET})?(?:${CELL}(?::${CELL})?|[A-Za-z_\\\u0080-\uFFFF][A-Za-z0-9_.\u0080-\uFFFF]*)(?![A-Za-z0-9_.(!])`,
    "g"
  );
  const found: string[] = [];
  for (const m of bare.matchAll(TOKEN)) {
    const t = m[0];
    if (/^(TRUE|FALSE)$/i.test(t) || found.some((f) => f.toUpperCase() === t.toUpperCase()))
      continue;
    if (parseCellRange(t) || isName(t)) found.push(t);
  }
  return found;
}

/** Increasing maps of `k` references onto `n` parameters (k ≤ n), lexicographic; at most `limit`. */
function* placements(k: number, n: number, limit: number): Generator<number[]> {
  const idx = Array.from({ length: k }, (_, i) => i);
  for (let count = 0; count < limit; count++) {
    yield [...idx];
    let i = k - 1;
    while (i >= 0 && idx[i] === n - k + i) i--;
    if (i < 0) return;
    idx[i]++;
    for (let j = i + 1; j < k; j++) idx[j] = idx[j - 1] + 1;
  }
}

const MAX_PLACEMENTS = 2000;

/**
 * A native twin's arguments, recovered by writing the twin again: the references the formula reads, in
 * order of first appearance (the twin checks its arguments in parameter order), placed on the parameters
 * so that nativeFormula gives back the formula's own text. Literal arguments are folded into a twin when
 * it is written, so a twin over literals is not recovered.
 */
function fromNative(formula: string, name: string): ExplainLocation {
  const fn = findFunction(name)!.fn;
  const refs = referencesIn(formula);
  const written = formula.replace(/^=/, "").toUpperCase();
  if (refs.length <= fn.params.length)
    for (const at of placements(refs.length, fn.params.length, MAX_PLACEMENTS)) {
      const texts: (string | undefined)[] = fn.params.map(() => undefined);
      at.forEach((p, i) => (texts[p] = refs[i]));
      let twin: string;
      try {
        twin = nativeFormula(fn.name, texts).slice(1).toUpperCase();
      } catch {
        continue; // a twin that refuses these arguments (a range where a value goes) is not the one written
      }
      if (written.includes(twin))
        return {
          ok: true,
          target: {
            name: fn.name,
            form: "native",
            args: texts.map((t) =>
              t === undefined ? { kind: "omitted" } : { kind: "reference", text: t }
            ),
            calls: 1,
          },
        };
    }
  return fail({ kind: "native-args", name: fn.name });
}

/**
 * What a cell's formula (as Range.formulas shows it, "=" first; a constant otherwise) gives explain: the
 * first SUBSIDY clause call and its argument sources, a native twin by its marker, or the problem.
 */
export function locateExplained(formula: unknown): ExplainLocation {
  if (formula === "" || formula === null || formula === undefined) return fail({ kind: "empty" });
  if (typeof formula !== "string" || !formula.startsWith("=")) return fail({ kind: "constant" });
  let calls: FormulaCall[];
  try {
    calls = scanFormula(formula).calls;
  } catch {
    return fail({ kind: "unreadable" });
  }
  const subsidy = calls.filter((c) => subsidyName(c) !== undefined);
  const clauseCalls = subsidy.filter((c) => findFunction(subsidyName(c))?.fn);
  if (clauseCalls.length > 0) {
    // The first as written: the outermost call at the leftmost position.
    const first = clauseCalls.reduce((a, b) => (b.start < a.start ? b : a));
    return fromCall(formula, first, subsidyName(first)!, clauseCalls.length);
  }
  const native = nativeFunctionOf(formula);
  if (native && findFunction(native)) return fromNative(formula, native);
  if (subsidy.length > 0) return fail({ kind: "not-clause", name: subsidyName(subsidy[0])! });
  return fail({ kind: "not-subsidy" });
}

/** The references of a target the host must read, each once. */
export function referencesOf(target: ExplainTarget): string[] {
  const refs: string[] = [];
  for (const a of target.args)
    if (a.kind === "reference" && !refs.includes(a.text)) refs.push(a.text);
  return refs;
}

/** A value as a host reads it from a cell: null for an empty cell, an error by its text. */
export type ReadValue = string | number | boolean | null | { error: string };

/**
 * A referenced range's values as Excel passes them to a custom function: one cell is its value, a range a
 * 2-D array; an empty cell null (as Excel on the web passes it); an error value as a CustomFunctions.Error.
 */
export function argumentValue(values: readonly (readonly ReadValue[])[]): unknown {
  const cell = (v: ReadValue): unknown =>
    v !== null && typeof v === "object" ? { code: v.error } : v;
  if (values.length === 1 && values[0].length === 1) return cell(values[0][0]);
  return values.map((row) => row.map(cell));
}
