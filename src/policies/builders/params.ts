/**
 * Builders for parameter specs, so a clause record reads like the spec's parameter table. A parameter's
 * help text is prose and lives in the clause's `<ID>.text.ts` (`ClauseText.params`), never here; the name
 * is kept as a literal type so that the text's `params` and the shapes are checked against it.
 */
import type { CodeOption, ParamRole, ParamSpec, Text } from "../../catalog/types";

interface Opt<D> {
  /** Optional parameter; `default` is its literal default, if any. */
  optional?: boolean;
  default?: D;
  /** What the parameter is to the scenario sheet's wiring and the property tests (types.ts `ParamRole`). */
  role?: ParamRole;
}

const optionality = <D>(o: Opt<D> = {}) => ({
  required: !o.optional && o.default === undefined,
  ...(o.default !== undefined ? { default: o.default } : {}),
  ...(o.role ? { role: o.role } : {}),
});

/** An amount in yuan. */
export const amount = <N extends string>(name: N, label: Text, o?: Opt<number>): ParamSpec<N> => ({
  name,
  label,
  kind: "amount",
  unit: "yuan",
  ...optionality(o),
});

/** A rate or ratio in [0, 1]; `max` is the policy maximum of 「不超过/不高于 r」. */
export const rate = <N extends string>(
  name: N,
  label: Text,
  o?: Opt<number> & { max?: number }
): ParamSpec<N> => ({
  name,
  label,
  kind: "rate",
  unit: "ratio",
  ...optionality(o),
  ...(o?.max !== undefined ? { max: o.max } : {}),
});

/** A non-negative quantity in m², months or years. */
export const quantity = <N extends string>(
  name: N,
  label: Text,
  unit: "m2" | "months" | "years",
  o?: Opt<number>
): ParamSpec<N> => ({ name, label, kind: "quantity", unit, ...optionality(o) });

/** A whole number ≥ min (default 0). */
export const count = <N extends string>(
  name: N,
  label: Text,
  o?: Opt<number> & { min?: number }
): ParamSpec<N> => ({
  name,
  label,
  kind: "count",
  unit: "count",
  ...optionality(o),
  ...(o?.min !== undefined ? { min: o.min } : {}),
});

/** Which subsidy year (1, 2, 3 …). */
export const yearIndex = <N extends string>(
  name: N,
  label: Text,
  o?: Opt<number>
): ParamSpec<N> => ({
  name,
  label,
  kind: "yearIndex",
  unit: "count",
  ...optionality(o),
  role: o?.role ?? { kind: "yearIndex" },
});

/** One of a fixed set of codes; Chinese aliases accepted. */
export const code = <N extends string>(
  name: N,
  label: Text,
  codes: CodeOption[],
  o?: Opt<string>
): ParamSpec<N> => ({ name, label, kind: "code", unit: "code", codes, ...optionality(o) });

/** TRUE/FALSE (or 1/0). */
export const flag = <N extends string>(name: N, label: Text, o?: Opt<boolean>): ParamSpec<N> => ({
  name,
  label,
  kind: "boolean",
  unit: "boolean",
  ...optionality(o),
});

/** A range of amounts in yuan, one cell per item; blank cells skipped. */
export const amounts = <N extends string>(
  name: N,
  label: Text,
  o?: { role?: ParamRole }
): ParamSpec<N> => ({
  name,
  label,
  kind: "amounts",
  unit: "yuan",
  required: true,
  ...(o?.role ? { role: o.role } : {}),
});

/**
 * The shared `received_to_date` parameter (spec §2.3): what was already received toward the cap, in the
 * cap's scope — "annual" (the same year) or "cumulative" (the policy term) — which the scenario sheets wire.
 * `per: "item"` for a cap each item (project) has, rather than the enterprise's under the clause.
 */
export const receivedToDate = (
  label: Text,
  scope: "annual" | "cumulative",
  per?: "item"
): ParamSpec<"received_to_date"> =>
  amount("received_to_date", label, {
    default: 0,
    role: { kind: "received", scope, ...(per ? { per } : {}) },
  });
