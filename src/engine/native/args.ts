/**
 * A clause function's arguments as its native twin sees them (the twin's `TwinArgs`): for each parameter the
 * Excel expression of the value the engine's validation would hand the shape — a literal default where the
 * argument is omitted or its cell blank, a rate a rounding above its maximum read as the maximum, a code
 * compared with every spelling the engine accepts — and the guard that is TRUE only for input the engine
 * accepts. The rules are validate.ts's, written as Excel conditions; test/native proves them equal.
 */
import type { ParamSpec } from "../../catalog/types";
import { MAX_AMOUNT } from "../money";
import {
  type Expr,
  FALSE,
  TRUE,
  and,
  call,
  compare,
  iff,
  min,
  not,
  num,
  or,
  ref,
  sumproduct,
  text,
  NA,
} from "./expr";

/** The arguments of one call, by parameter name, for a twin (mirrors what a shape reads from `Args`). */
export interface TwinArgs {
  /** A number parameter's value: its expression, or its literal default when omitted or blank. */
  num(name: string): Expr;
  /**
   * An optional parameter: `given(value)` when the user gives one, `otherwise` when it is omitted or blank
   * and has no literal default (the shape's `optNum(...) ?? …`).
   */
  orElse(name: string, given: (value: Expr) => Expr, otherwise: Expr): Expr;
  /** TRUE when the code parameter holds `code` or one of its aliases (any case, trimmed). */
  is(name: string, code: string): Expr;
  /** TRUE when the boolean parameter is TRUE (or 1). */
  flag(name: string): Expr;
  /** The range of a range parameter, or undefined when omitted (no items). */
  range(name: string): Expr | undefined;
  /** The same arguments with one parameter's value replaced (a shape that passes on a checked value). */
  with(name: string, value: Expr): TwinArgs;
}

const nOf = (r: Expr): Expr => call("N", [r]);
const isBlank = (r: Expr): Expr => compare(r, "=", text(""));
const upperTrim = (r: Expr): Expr => call("UPPER", [call("TRIM", [r])]);

/** The largest value a parameter accepts (for the static bound of the award). */
function largest(p: ParamSpec): number {
  if (p.kind === "rate") return Math.min(p.max ?? 1, 1);
  if (p.kind === "boolean") return 1;
  return MAX_AMOUNT;
}

/** A rate within a relative 1e-12 above its maximum is the maximum (validate.ts `atMostMaximum`). */
const maxTolerance = (max: number): number => Number((max + max * 1e-12).toPrecision(15));

/** The value of a given (non-blank) number argument, as the shape receives it. */
function numberValue(p: ParamSpec, r: Expr): Expr {
  const bounded = ref(r.text, largest(p));
  return p.kind === "rate" && p.max !== undefined ? min(bounded, num(p.max)) : bounded;
}

function numberGuard(p: ParamSpec, r: Expr): Expr {
  const conds = [call("ISNUMBER", [r]), not(call("ISLOGICAL", [r])), compare(r, ">=", num(0))];
  if (p.kind === "rate") {
    conds.push(compare(r, "<=", num(1)));
    if (p.max !== undefined) conds.push(compare(r, "<=", num(maxTolerance(p.max))));
  } else conds.push(compare(r, "<=", num(MAX_AMOUNT)));
  if (p.kind === "count" || p.kind === "yearIndex")
    conds.push(compare(r, "=", call("ROUNDDOWN", [r, num(0)])));
  const least = p.kind === "yearIndex" ? 1 : p.kind === "count" ? (p.min ?? 0) : 0;
  if (least > 0) conds.push(compare(r, ">=", num(least)));
  return and(conds);
}

/** Every spelling of every code, upper case: what the engine's coerceCode accepts. */
const spellings = (p: ParamSpec, code?: string): string[] =>
  (p.codes ?? [])
    .filter((c) => code === undefined || c.value === code)
    .flatMap((c) => [c.value, ...c.aliases].map((s) => s.toUpperCase()));

const isOneOf = (r: Expr, values: readonly string[]): Expr => {
  const n = upperTrim(r);
  return or(values.map((v) => compare(n, "=", text(v))));
};

/** A range holds only blanks and amounts in [0, 10 trillion] (validate.ts `coerceAmounts`). */
function rangeGuard(r: Expr): Expr {
  const bad = `ISTEXT(${r.text})+ISLOGICAL(${r.text})+ISNUMBER(${r.text})*((${r.text}<0)+(${r.text}>${num(MAX_AMOUNT).text}))`;
  return compare(sumproduct(ref(`${bad}`)), "=", num(0));
}

/** TRUE exactly when the engine accepts this argument (a given one, not blank). */
function givenGuard(p: ParamSpec, r: Expr): Expr {
  switch (p.kind) {
    case "code":
      return and([call("ISTEXT", [r]), isOneOf(r, spellings(p))]);
    case "boolean":
      return or([
        call("ISLOGICAL", [r]),
        // Through N(): HyperFormula errs comparing a boolean with a number, and OR evaluates every argument.
        and([
          call("ISNUMBER", [r]),
          or([compare(nOf(r), "=", num(0)), compare(nOf(r), "=", num(1))]),
        ]),
      ]);
    case "amounts":
      return rangeGuard(r);
    default:
      return numberGuard(p, r);
  }
}

/** The guard of one parameter: TRUE when the engine accepts what `arg` holds (undefined: omitted). */
export function guardOf(p: ParamSpec, arg: string | undefined): Expr {
  if (arg === undefined) return p.required ? FALSE : TRUE;
  const r = ref(arg);
  if (p.kind === "amounts" || p.required) return givenGuard(p, r);
  return or([isBlank(r), givenGuard(p, r)]);
}

/** The twin's view of one call: parameter specs and the argument expressions in declared order. */
export function twinArgs(
  params: readonly ParamSpec[],
  args: readonly (string | undefined)[],
  replaced: ReadonlyMap<string, Expr> = new Map()
): TwinArgs {
  const at = (name: string): { p: ParamSpec; r: Expr | undefined } => {
    const i = params.findIndex((p) => p.name === name);
    if (i < 0) throw new Error(`native twin reads "${name}", which is not a parameter`);
    const arg = args[i];
    return { p: params[i], r: arg === undefined || arg === "" ? undefined : ref(arg) };
  };
  const literalDefault = (p: ParamSpec): Expr | undefined =>
    p.default === undefined
      ? undefined
      : typeof p.default === "number"
        ? num(p.default)
        : typeof p.default === "boolean"
          ? p.default
            ? TRUE
            : FALSE
          : text(p.default);

  const self: TwinArgs = {
    num(name) {
      const fixed = replaced.get(name);
      if (fixed) return fixed;
      const { p } = at(name);
      if (!p.required && p.default === undefined)
        throw new Error(`native twin reads optional "${name}" with no default: it must use orElse`);
      // A required argument left out: the guard is FALSE, so this branch is never taken.
      return self.orElse(name, (v) => v, NA);
    },
    orElse(name, given, otherwise) {
      const fixed = replaced.get(name);
      if (fixed) return given(fixed);
      const { p, r } = at(name);
      const byDefault = literalDefault(p);
      const omitted = byDefault === undefined ? otherwise : given(byDefault);
      if (r === undefined) return omitted;
      const value = given(numberValue(p, r));
      return p.required ? value : iff(isBlank(r), omitted, value);
    },
    is(name, code) {
      const { p, r } = at(name);
      const byDefault = p.default === code ? TRUE : FALSE;
      if (r === undefined) return byDefault;
      const matches = isOneOf(r, spellings(p, code));
      return p.required ? matches : iff(isBlank(r), byDefault, matches);
    },
    flag(name) {
      const { p, r } = at(name);
      const byDefault = p.default === true ? TRUE : FALSE;
      if (r === undefined) return byDefault;
      // N(TRUE) = 1 and N(1) = 1 in every host; comparing TRUE with 1 differs between Excel and LibreOffice.
      const set = compare(nOf(r), "=", num(1));
      return p.required ? set : iff(isBlank(r), byDefault, set);
    },
    range(name) {
      return at(name).r;
    },
    with(name, value) {
      return twinArgs(params, args, new Map([...replaced, [name, value]]));
    },
  };
  return self;
}
