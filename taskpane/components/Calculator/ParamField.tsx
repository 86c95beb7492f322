/** One parameter of the form: a number field, a code dropdown, a TRUE/FALSE switch or a list of amounts. */
import { Field, Input, Select, Switch, makeStyles, tokens } from "@fluentui/react-components";
import type { ParamSpec } from "../../../src";
import type { FieldValue } from "../../calculator/form";
import { useI18n } from "../../i18n";
import { AmountsField } from "./AmountsField";

const useStyles = makeStyles({
  label: {
    display: "inline-flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalS,
    alignItems: "baseline",
  },
  name: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200 },
  unit: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  input: { width: "100%" },
  // A native <select> is as wide as its longest option ("HIGHEST · Highest tier newly crossed"), which would
  // push the form past a narrow pane: it takes the field's width and cuts the shown option instead.
  select: { width: "100%", minWidth: 0 },
  selectElement: { minWidth: 0, textOverflow: "ellipsis" },
});

export interface ParamFieldProps {
  param: ParamSpec;
  value: FieldValue;
  onChange(value: FieldValue): void;
  /** The engine's error names this parameter. */
  invalid: boolean;
}

export function ParamField({ param: p, value, onChange, invalid }: ParamFieldProps) {
  const s = useStyles();
  const { t, pick } = useI18n();
  const label = (
    <span className={s.label}>
      {/* The short label in the pane's language (as zh-CN functions.json and EXPLAIN name it), the identifier
          small beside it for the formula. Spaces keep the parts apart in the accessible name. */}
      <span>{pick(p.label)}</span> <span className={s.name}>{p.name}</span>{" "}
      <span className={s.unit}>{t.units[p.unit]}</span>
    </span>
  );

  if (p.kind === "amounts") {
    return (
      <AmountsField
        param={p}
        label={label}
        values={value as string[]}
        onChange={onChange}
        invalid={invalid}
      />
    );
  }

  return (
    <Field
      label={label}
      required={p.required}
      hint={pick(p.description)}
      validationState={invalid ? "error" : "none"}
      size="small"
    >
      {p.kind === "boolean" ? (
        <Switch
          checked={value === true}
          onChange={(_, d) => onChange(d.checked)}
          label={value === true ? t.calc.yes : t.calc.no}
        />
      ) : p.kind === "code" ? (
        <Select
          className={s.select}
          select={{ className: s.selectElement }}
          size="small"
          value={value as string}
          onChange={(_, d) => onChange(d.value)}
        >
          {p.default === undefined && (
            <option value="">{p.required ? t.calc.choose : t.calc.omitted}</option>
          )}
          {(p.codes ?? []).map((c) => (
            <option key={c.value} value={c.value}>
              {c.value} · {pick(c.label)}
            </option>
          ))}
        </Select>
      ) : (
        <Input
          className={s.input}
          size="small"
          inputMode="decimal"
          autoComplete="off"
          value={value as string}
          placeholder={p.required ? undefined : t.calc.omitted}
          onChange={(_, d) => onChange(d.value)}
        />
      )}
    </Field>
  );
}
