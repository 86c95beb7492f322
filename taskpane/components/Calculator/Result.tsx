/** The award with its remarks, alternative readings and steps, or the error exactly as the sheet function reports it. */
import {
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
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

export function Result({ outcome }: { outcome: Outcome }) {
  const s = useStyles();
  const { t, money } = useI18n();
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
