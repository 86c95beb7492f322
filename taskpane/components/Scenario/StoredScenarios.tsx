/**
 * "Scenarios in this workbook": the scenario sheets the workbook remembers (WorkbookHost.listScenarios),
 * each with its audit report and "Update scenario", and which profile an update uses: the sheet's own
 * (after a catalog update) or the one in the form above (a profile change).
 */
import {
  Button,
  Caption1,
  Field,
  Radio,
  RadioGroup,
  Subtitle2,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { StoredScenario } from "../../host/types";
import { useI18n } from "../../i18n";

export type ProfileSource = "own" | "form";

const useStyles = makeStyles({
  list: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    margin: 0,
    padding: 0,
  },
  item: {
    listStyleType: "none",
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
  },
  name: { fontWeight: tokens.fontWeightSemibold },
  grow: { flexGrow: 1, display: "flex", flexDirection: "column" },
  muted: { color: tokens.colorNeutralForeground3 },
  title: { margin: 0 },
});

export function StoredScenarios(props: {
  stored: StoredScenario[];
  busy: boolean;
  source: ProfileSource;
  onSource(source: ProfileSource): void;
  onAudit(sheet: string): void;
  onUpdate(stored: StoredScenario): void;
}) {
  const s = useStyles();
  const { t } = useI18n();
  return (
    <>
      <Subtitle2 as="h3" className={s.title}>
        {t.persist.listTitle}
      </Subtitle2>
      <Caption1 className={s.muted}>{t.persist.listIntro}</Caption1>
      {props.stored.length === 0 ? (
        <Caption1>{t.persist.listEmpty}</Caption1>
      ) : (
        <>
          <ul className={s.list} aria-label={t.persist.listTitle}>
            {props.stored.map((st) => {
              const p = st.document.profile;
              return (
                <li key={`${st.sheet}-${st.id}`} className={s.item}>
                  <span className={s.grow}>
                    <Text className={s.name}>{st.sheet}</Text>
                    <Caption1>
                      {t.persist.entry(p.company, p.firstYear, p.lastYear)} ·{" "}
                      {t.persist.madeWith(st.document.addinVersion, st.document.specRevision)}
                    </Caption1>
                  </span>
                  <Button
                    size="small"
                    disabled={props.busy}
                    aria-label={t.persist.auditOf(st.sheet)}
                    onClick={() => props.onAudit(st.sheet)}
                  >
                    {t.persist.audit}
                  </Button>
                  <Button
                    size="small"
                    disabled={props.busy}
                    aria-label={t.persist.updateOf(st.sheet)}
                    onClick={() => props.onUpdate(st)}
                  >
                    {t.persist.update}
                  </Button>
                </li>
              );
            })}
          </ul>
          <Field label={t.persist.profileSource} size="small">
            <RadioGroup
              value={props.source}
              onChange={(_, d) => props.onSource(d.value as ProfileSource)}
            >
              <Radio value="own" label={t.persist.ownProfile} />
              <Radio value="form" label={t.persist.formProfile} />
            </RadioGroup>
          </Field>
        </>
      )}
    </>
  );
}
