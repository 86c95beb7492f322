/**
 * What several twins read the same way: an optional number with its fallback (the shapes'
 * `optNum(args, i) ?? fallback`), and a table keyed by canonical code (caps by category) as nested IFs over
 * its codes, each tested with `x.is` (every alias, any case, trimmed), 0 for an accepted code the table
 * lacks — the shapes' "not covered".
 */
import type { TwinArgs } from "./args";
import { type Expr, ZERO } from "./expr";
import { X } from "./twin";

/** IF(code is k₁, value(v₁), IF(code is k₂, value(v₂), … 0)), in the table's order. */
export function byCode<V>(
  x: TwinArgs,
  codeParam: string,
  table: Readonly<Record<string, V>>,
  value: (v: V) => Expr
): Expr {
  return Object.entries(table).reduceRight<Expr>(
    (notThis, [code, v]) => X.when(x.is(codeParam, code), value(v), notThis),
    ZERO
  );
}

/** An optional number with a fallback when omitted or blank (the shape's `optNum(args, i) ?? fallback`). */
export const orDefault = (x: TwinArgs, name: string, fallback: Expr = ZERO): Expr =>
  x.orElse(name, (v) => v, fallback);
