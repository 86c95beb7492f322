/** Builders for parameter specs, so a clause record reads like the spec's parameter table. */
import type { CodeOption, ParamSpec, Text } from "./types";

interface Opt<D> {
  /** Optional parameter; `default` is its literal default, if any. */
  optional?: boolean;
  default?: D;
}

const optionality = <D>(o: Opt<D> = {}) => ({
  required: !o.optional && o.default === undefined,
  ...(o.default !== undefined ? { default: o.default } : {}),
});

/** An amount in yuan. */
export const amount = (
  name: string,
  label: Text,
  description: Text,
  o?: Opt<number>
): ParamSpec => ({
  name,
  label,
  kind: "amount",
  unit: "yuan",
  description,
  ...optionality(o),
});

/** A rate or ratio in [0, 1]; `max` is the policy maximum of 「不超过/不高于 r」. */
export const rate = (
  name: string,
  label: Text,
  description: Text,
  o?: Opt<number> & { max?: number }
): ParamSpec => ({
  name,
  label,
  kind: "rate",
  unit: "ratio",
  description,
  ...optionality(o),
  ...(o?.max !== undefined ? { max: o.max } : {}),
});

/** A non-negative quantity in m², months or years. */
export const quantity = (
  name: string,
  label: Text,
  unit: "m2" | "months" | "years",
  description: Text,
  o?: Opt<number>
): ParamSpec => ({
  name,
  label,
  kind: "quantity",
  unit,
  description,
  ...optionality(o),
});

/** A whole number ≥ min (default 0). */
export const count = (
  name: string,
  label: Text,
  description: Text,
  o?: Opt<number> & { min?: number }
): ParamSpec => ({
  name,
  label,
  kind: "count",
  unit: "count",
  description,
  ...optionality(o),
  ...(o?.min !== undefined ? { min: o.min } : {}),
});

/** Which subsidy year (1, 2, 3 …). */
export const yearIndex = (
  name: string,
  label: Text,
  description: Text,
  o?: Opt<number>
): ParamSpec => ({
  name,
  label,
  kind: "yearIndex",
  unit: "count",
  description,
  ...optionality(o),
});

/** One of a fixed set of codes; Chinese aliases accepted. */
export const code = (
  name: string,
  label: Text,
  codes: CodeOption[],
  description: Text,
  o?: Opt<string>
): ParamSpec => ({
  name,
  label,
  kind: "code",
  unit: "code",
  codes,
  description,
  ...optionality(o),
});

/** TRUE/FALSE (or 1/0). */
export const flag = (
  name: string,
  label: Text,
  description: Text,
  o?: Opt<boolean>
): ParamSpec => ({
  name,
  label,
  kind: "boolean",
  unit: "boolean",
  description,
  ...optionality(o),
});

/** A range of amounts in yuan, one cell per item; blank cells skipped. */
export const amounts = (name: string, label: Text, description: Text): ParamSpec => ({
  name,
  label,
  kind: "amounts",
  unit: "yuan",
  required: true,
  description,
});

/** The shared `received_to_date` parameter (spec §2.3). */
export const receivedToDate = (label: Text, description: Text): ParamSpec =>
  amount("received_to_date", label, description, { default: 0 });
