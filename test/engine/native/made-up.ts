/**
 * A twin over made-up parameters and small made-up constants, and its expression evaluated in HyperFormula
 * (array arithmetic, as the parity test), for the twin unit tests whose expected values are worked by hand.
 * Parameter i's cell is column i of row 1 (A1, B1, …).
 */
import { HyperFormula } from "hyperformula";
import type { CodeOption, ParamKind, ParamSpec } from "../../../src/catalog/types";
import { twinArgs } from "../../../src/engine/native/args";
import type { Expr } from "../../../src/engine/native/expr";
import type { ExcelShape } from "../../../src/engine/native/twin";
import { columnName } from "../../../src/format/a1";
import { BOOLEAN_CONSTANTS, HF_CONFIG } from "../../support/hyperformula";

type Options = Partial<Pick<ParamSpec, "required" | "default" | "max" | "codes">>;

const spec = (name: string, kind: ParamKind, o: Options): ParamSpec => ({
  name,
  label: { en: name, zh: name },
  kind,
  unit:
    kind === "rate" ? "ratio" : kind === "code" ? "code" : kind === "boolean" ? "boolean" : "yuan",
  required: o.required ?? false,
  ...o,
});

/** Made-up parameters: required amounts unless told otherwise. */
export const param = {
  amount: (name: string, o: Options = { required: true }) => spec(name, "amount", o),
  rate: (name: string, o: Options = { required: true }) => spec(name, "rate", o),
  count: (name: string, o: Options = { required: true }) => spec(name, "count", o),
  flag: (name: string, o: Options = {}) => spec(name, "boolean", o),
  code: (name: string, codes: [string, ...string[]][], o: Options = {}) =>
    spec(name, "code", {
      ...o,
      codes: codes.map(([value, ...aliases]): CodeOption => ({
        value,
        aliases,
        label: { en: value, zh: value },
      })),
    }),
};

/** The twin over A1, B1, … (one cell per parameter). */
export function madeUp<C>(twin: ExcelShape<C>, params: ParamSpec[], constants: C): Expr {
  const cells = params.map((_, i) => `${columnName(i)}1`);
  return twin(twinArgs(params, cells), constants);
}

/** `e` evaluated with row 1 holding `values` (null: a blank cell; text kept as text); an error as "#TYPE". */
export function evaluate(e: Expr, values: readonly unknown[]): unknown {
  const row = [...values.map((v) => (typeof v === "string" ? `'${v}` : v)), `=${e.text}`];
  const hf = HyperFormula.buildFromArray(
    [row] as never,
    { ...HF_CONFIG, useArrayArithmetic: true, smartRounding: false },
    BOOLEAN_CONSTANTS
  );
  const v = hf.getCellValue({ sheet: 0, row: 0, col: values.length });
  hf.destroy();
  return typeof v === "object" && v !== null && "type" in v ? `#${v.type}` : v;
}
