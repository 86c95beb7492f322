/**
 * Under the award: what it rests on in words (a 「原则上」 cap overridden, a cap the text does not state) and
 * the award under each other reading of the text (spec Revision 2), as the engine computes them.
 */
import {
  Caption1,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { Alternative, Readings as ReadingsData } from "../../../src";
import { useI18n } from "../../i18n";

const useStyles = makeStyles({
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    fontSize: tokens.fontSizeBase200,
  },
  caption: { fontWeight: tokens.fontWeightSemibold },
  item: {
    display: "flex",
    justifyContent: "space-between",
    columnGap: tokens.spacingHorizontalS,
    padding: `3px ${tokens.spacingHorizontalXS}`,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
  },
  label: { display: "flex", flexDirection: "column" },
  muted: { color: tokens.colorNeutralForeground3 },
  amount: { whiteSpace: "nowrap", fontVariantNumeric: "tabular-nums" },
});

function AlternativeItem({ alt }: { alt: Alternative }) {
  const s = useStyles();
  const { t, pick, money } = useI18n();
  const o = alt.outcome;
  const amount = o.ok ? money(o.award) : o.needs ? t.calc.needs(o.needs) : `${o.code} ${o.message}`;
  return (
    <li className={s.item}>
      <span className={s.label}>
        <span>{t.calc.reading(alt.param, alt.value)}</span>
        <Caption1 className={s.muted}>{pick(alt.label)}</Caption1>
      </span>
      <span className={o.ok ? s.amount : s.muted}>{amount}</span>
    </li>
  );
}

export function Readings({ readings }: { readings: ReadingsData }) {
  const s = useStyles();
  const { t, pick } = useI18n();
  return (
    <>
      {readings.remarks.map((r, i) => (
        <MessageBar key={i} intent="info" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t.calc.notes}</MessageBarTitle>
            {pick(r)}
          </MessageBarBody>
        </MessageBar>
      ))}
      {readings.alternatives.length > 0 && (
        <section aria-label={t.calc.alternatives}>
          <Caption1 as="p" className={s.caption}>
            {t.calc.alternatives}
          </Caption1>
          <ul className={s.list}>
            {readings.alternatives.map((a) => (
              <AlternativeItem key={`${a.param}=${a.value}`} alt={a} />
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
