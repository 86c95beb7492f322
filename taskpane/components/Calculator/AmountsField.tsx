/** A range parameter (kind "amounts"): a list of amounts the user can add to and remove from. */
import { Button, Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import type { ParamSpec } from "../../../src";
import { useI18n } from "../../i18n";

const useStyles = makeStyles({
  list: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  item: { display: "flex", gap: tokens.spacingHorizontalXS, alignItems: "center" },
  input: { flexGrow: 1 },
  add: { alignSelf: "flex-start" },
});

export interface AmountsFieldProps {
  param: ParamSpec;
  label: JSX.Element;
  values: string[];
  onChange(values: string[]): void;
  invalid: boolean;
}

export function AmountsField({ param, label, values, onChange, invalid }: AmountsFieldProps) {
  const s = useStyles();
  const { t, pick } = useI18n();
  const set = (i: number, v: string) => onChange(values.map((x, k) => (k === i ? v : x)));
  return (
    <Field
      label={label}
      required={param.required}
      hint={pick(param.description)}
      validationState={invalid ? "error" : "none"}
      size="small"
    >
      <div className={s.list}>
        {values.map((v, i) => (
          // Items have no identity beyond their position; the list is edited in place.
          <div key={i} className={s.item}>
            <Input
              className={s.input}
              size="small"
              inputMode="decimal"
              autoComplete="off"
              aria-label={t.calc.amountItem(param.name, i + 1)}
              aria-invalid={invalid || undefined}
              value={v}
              onChange={(_, d) => set(i, d.value)}
            />
            <Button
              size="small"
              appearance="subtle"
              onClick={() => onChange(values.filter((_, k) => k !== i))}
              aria-label={t.calc.removeAmount(i + 1)}
            >
              {t.calc.removeGlyph}
            </Button>
          </div>
        ))}
        <Button className={s.add} size="small" onClick={() => onChange([...values, ""])}>
          {t.calc.addAmount}
        </Button>
      </div>
    </Field>
  );
}
