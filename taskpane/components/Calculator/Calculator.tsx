/**
 * The calculator: a form generated from the function's parameters, evaluated on every change with
 * evaluate() — the engine the Excel function runs — showing the award and its steps, then Insert. Until every
 * required field is filled in it says which are left, rather than showing their error.
 */
import { Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import type { ClauseFunction } from "../../../src";
import {
  blankRequired,
  type FieldValue,
  type FormValues,
  initialValues,
  runCalculation,
  toRawArgs,
} from "../../calculator/form";
import { useHostState } from "../../host/context";
import { textLanguage, useI18n } from "../../i18n";
import { InsertPanel } from "../Insert/InsertPanel";
import { ParamField } from "./ParamField";
import { Result } from "./Result";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusLarge,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  title: { margin: 0 },
  fields: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

/** The form's values and the arguments they make: held by whoever also shows them (the clause detail's curve). */
export interface CalculatorForm {
  values: FormValues;
  rawArgs: unknown[];
  setValue(name: string, value: FieldValue): void;
}

export function useCalculatorForm(fn: ClauseFunction): CalculatorForm {
  const [values, setValues] = useState(() => initialValues(fn));
  const rawArgs = useMemo(() => toRawArgs(fn, values), [fn, values]);
  const setValue = (name: string, value: FieldValue) => setValues((v) => ({ ...v, [name]: value }));
  return { values, rawArgs, setValue };
}

/** `form` given: the caller owns the values (the clause detail draws the curve from them); else its own. */
export function Calculator({ fn, form }: { fn: ClauseFunction; form?: CalculatorForm }) {
  const s = useStyles();
  const { t, locale } = useI18n();
  const own = useCalculatorForm(fn);
  const { values, rawArgs, setValue } = form ?? own;
  // Outside Excel no sheet's language applies: the messages follow the pane's.
  const preview = useHostState().mode === "preview";
  const messages = preview ? textLanguage(locale) : undefined;
  const outcome = useMemo(() => runCalculation(fn, rawArgs, messages), [fn, rawArgs, messages]);
  // Required fields left blank are a form not yet filled in, not a mistake: no field is marked invalid for it.
  const toFill = blankRequired(fn, rawArgs, outcome);

  return (
    <section className={s.root} aria-label={t.calc.title}>
      <Subtitle2 as="h3" className={s.title}>
        {t.calc.title}
      </Subtitle2>
      <div className={s.fields}>
        {fn.params.map((p) => (
          <ParamField
            key={p.name}
            param={p}
            value={values[p.name]}
            onChange={(v) => setValue(p.name, v)}
            invalid={!outcome.ok && toFill.length === 0 && outcome.param === p.name}
          />
        ))}
      </div>
      <Result outcome={outcome} toFill={toFill} />
      <InsertPanel fn={fn} rawArgs={rawArgs} />
    </section>
  );
}
