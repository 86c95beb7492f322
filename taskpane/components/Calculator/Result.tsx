/**
 * The award with its remarks, alternative readings and steps, or the error exactly as the sheet function reports it
 * — except for required fields still blank, which are listed to fill in, with the error the sheet would show.
 */
import {
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { ParamSpec } from "../../../src";
import type { Outcome } from "../../calculator/form";
import { useI18n } from "../../i18n";
import { Readings } from "./Readings";
import { Steps } from "./Steps";

const useStyles = makeStyles({
  award: {
    display: "flex",
    alignItems: "baseline",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorBrandBackground2,
  },
  amount: { fontVariantNumeric: "tabular-nums" },
});

/** `toFill`: the calculator's blank required fields (blankRequired); EXPLAIN shows a cell's error as it is. */
export function Result({
  outcome,
  toFill = [],
}: {
  outcome: Outcome;
  toFill?: readonly ParamSpec[];
}) {
  const s = useStyles();
  const { t, money, pick } = useI18n();
  if (!outcome.ok && toFill.length > 0) {
    return (
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{t.calc.toFill}</MessageBarTitle>
          {toFill.map((p) => t.calc.namedField(pick(p.label), p.name)).join(t.calc.listSeparator)}
          <br />
          {t.calc.inSheet(outcome.code, outcome.message)}
        </MessageBarBody>
      </MessageBar>
    );
  }
  if (!outcome.ok) {
    return (
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{outcome.code}</MessageBarTitle>
          {outcome.message}
        </MessageBarBody>
      </MessageBar>
    );
  }
  return (
    <>
      <div className={s.award} role="status">
        <Text weight="semibold">{t.calc.award}</Text>
        <Text className={s.amount} size={500} weight="semibold">
          {money(outcome.award)}
        </Text>
        <Text>{t.units.yuan}</Text>
      </div>
      <Readings readings={outcome.readings} />
      <Steps steps={outcome.steps} />
    </>
  );
}
