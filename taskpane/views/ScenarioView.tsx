/**
 * The scenario builder: a company profile and the clauses to model → "Create scenario sheet" adds a new
 * sheet with the generated plan (src/workbook/scenario/sheet.ts) and opens it; "Audit report" adds the audit
 * (src/workbook/audit/sheet.ts) of the active sheet, if it is a scenario sheet this pane created. "Formulas:
 * add-in / native" picks how the scenario sheet is written (issue 14), and "Copy sheet with native formulas"
 * makes a native copy of the active sheet, whatever made it. Once a scenario sheet is created, "Download
 * scenario document (.json)" saves its inputs as they stand (docs/scenario-document.md). "Scenarios in this
 * workbook" lists the scenario sheets the workbook remembers (issue 15), with their audit report and "Update
 * scenario" (its award diff first, then a new sheet); in the preview, "Save in this browser" keeps the
 * workbook in localStorage. The actions are scenario-actions.ts; the message after each,
 * components/Scenario/ScenarioStatus.tsx.
 */
import {
  Button,
  Caption1,
  Label,
  Radio,
  RadioGroup,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import type { FormulaMode } from "../../src";
import { ClausePicker } from "../components/Scenario/ClausePicker";
import { ProfileForm } from "../components/Scenario/ProfileForm";
import { ScenarioStatusMessage } from "../components/Scenario/ScenarioStatus";
import { type ProfileSource, StoredScenarios } from "../components/Scenario/StoredScenarios";
import { UpdatePreview } from "../components/Scenario/UpdatePreview";
import { useHostState } from "../host/context";
import { useI18n } from "../i18n";
import {
  type ScenarioForm,
  initialForm,
  parseYears,
  problems,
  toProfile,
  withItemRows,
} from "../scenario/form";
import { useScenarioActions } from "./scenario-actions";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  intro: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  title: { margin: 0 },
  muted: { color: tokens.colorNeutralForeground3 },
  card: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  // Kept in view while the clause list scrolls under it.
  actions: {
    position: "sticky",
    bottom: 0,
    zIndex: 1,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    margin: `0 calc(-1 * ${tokens.spacingHorizontalM})`,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    boxShadow: tokens.shadow4,
  },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  // The label and both choices on one line where the pane is wide enough; a choice that does not fit moves to
  // the next line whole, instead of its label breaking word by word beside the other.
  formulas: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
  },
  formulaChoices: { flexWrap: "wrap" },
});

export function ScenarioView() {
  const s = useStyles();
  const { t, locale } = useI18n();
  const hostState = useHostState();
  const host = hostState.mode === "connecting" ? undefined : hostState.host;
  const [form, setForm] = useState<ScenarioForm>(initialForm);
  const [showProblems, setShowProblems] = useState(false);
  const [formulas, setFormulas] = useState<FormulaMode>("addin");
  const [source, setSource] = useState<ProfileSource>("own");
  const {
    status,
    setStatus,
    create,
    audit,
    copyNative,
    created,
    download,
    stored,
    pending,
    update,
    confirmUpdate,
    cancelUpdate,
  } = useScenarioActions(host, form, locale, () => setShowProblems(true), formulas, {
    sheetName: t.native.copySheetName,
    valuesNote: t.native.valuesNote,
  });
  const years = parseYears(form);
  const busy = status.kind === "busy";

  const problemList = problems(form);

  const updateWith = (of: (typeof stored)[number]) => {
    if (source === "own") return update(of, of.document.profile);
    // A profile change: the form's profile, once the form is complete.
    if (problemList.length > 0) {
      setShowProblems(true);
      setStatus({ kind: "invalid" });
      return;
    }
    return update(of, toProfile(form, locale));
  };

  const saveInBrowser = () => {
    if (hostState.mode !== "preview") return;
    try {
      hostState.host.saveInBrowser();
      setStatus({ kind: "savedInBrowser", sheets: hostState.host.sheetNames().length });
    } catch (e) {
      setStatus({ kind: "failed", message: e instanceof Error ? e.message : String(e) });
    }
  };

  return (
    <div className={s.root}>
      <div className={s.intro}>
        <Subtitle2 as="h2" className={s.title}>
          {t.scenario.title}
        </Subtitle2>
        <Caption1 className={s.muted}>{t.scenario.intro}</Caption1>
      </div>
      <section className={s.card} aria-label={t.scenario.profile}>
        <ProfileForm
          form={form}
          onChange={(f) => {
            setForm(f);
            if (status.kind === "invalid") setStatus({ kind: "idle" });
          }}
          showProblems={showProblems}
        />
      </section>
      <ClausePicker
        form={form}
        years={
          years
            ? Array.from({ length: years.last - years.first + 1 }, (_, k) => years.first + k)
            : []
        }
        onTicked={(ticked) => setForm({ ...form, ticked })}
        onItemRows={(id, delta) => setForm(withItemRows(form, id, delta))}
      />
      <section className={s.card} aria-label={t.persist.listTitle}>
        <StoredScenarios
          stored={stored}
          busy={!host || busy}
          source={source}
          onSource={setSource}
          onAudit={(sheet) => void audit(sheet)}
          onUpdate={(of) => void updateWith(of)}
        />
        {pending && (
          <UpdatePreview
            preview={pending}
            busy={!host || busy}
            onWrite={() => void confirmUpdate()}
            onCancel={cancelUpdate}
          />
        )}
      </section>
      <div className={s.actions}>
        <ScenarioStatusMessage status={status} problems={problemList} />
        <div className={s.formulas}>
          <Label id="scenario-formulas" size="small">
            {t.native.formulas}
          </Label>
          <RadioGroup
            aria-labelledby="scenario-formulas"
            className={s.formulaChoices}
            layout="horizontal"
            value={formulas}
            onChange={(_, data) => setFormulas(data.value as FormulaMode)}
          >
            <Radio value="addin" label={t.native.addin} />
            <Radio value="native" label={t.native.nativeMode} />
          </RadioGroup>
        </div>
        <div className={s.buttons}>
          <Button appearance="primary" size="small" disabled={!host || busy} onClick={create}>
            {t.scenario.create}
          </Button>
          <Button size="small" disabled={!host || busy} onClick={() => void audit()}>
            {t.scenario.audit}
          </Button>
          <Button size="small" disabled={!host || busy} onClick={copyNative}>
            {t.native.copySheet}
          </Button>
          {created && (
            <Button size="small" disabled={!host || busy} onClick={download}>
              {t.scenarioDocument.download}
            </Button>
          )}
          {hostState.mode === "preview" && (
            <Button size="small" disabled={busy} title={t.persist.saveHint} onClick={saveInBrowser}>
              {t.persist.save}
            </Button>
          )}
        </div>
        {!host && <Caption1 className={s.muted}>{t.scenario.waiting}</Caption1>}
      </div>
      {/* What the buttons do, below them rather than in the bar that stays in view: in a narrow pane the
          bar would otherwise cover a third of the clause list. */}
      {host && (
        <Caption1 className={s.muted}>{`${t.scenario.actionsHint} ${t.native.copyHint}`}</Caption1>
      )}
    </div>
  );
}
