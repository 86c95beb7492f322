/**
 * The clauses a location offers, by document: the document's draft status and validity window with
 * IN_FORCE for each model year, then each clause with a function, tickable, with its overlap group.
 */
import {
  Badge,
  Button,
  Caption1,
  Checkbox,
  Subtitle2,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import type { Clause, PolicyDocument } from "../../../src";
import { type I18n, useI18n } from "../../i18n";
import {
  type ScenarioForm,
  type WindowInfo,
  type YearStatus,
  defaultTicks,
  listedDocuments,
  overlapOf,
  windowOf,
  yearStatus,
} from "../../scenario/form";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  head: {
    display: "flex",
    alignItems: "center",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalS,
  },
  headTitle: { margin: 0, flexGrow: 1 },
  muted: { color: tokens.colorNeutralForeground3 },
  document: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  docHeader: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    paddingBottom: tokens.spacingVerticalXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  docTitleRow: { display: "flex", alignItems: "flex-start", gap: tokens.spacingHorizontalS },
  docTitle: {
    margin: 0,
    flexGrow: 1,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    lineHeight: tokens.lineHeightBase300,
  },
  docButtons: { display: "flex", flexShrink: 0 },
  years: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalXS,
  },
  list: { listStyleType: "none", margin: 0, padding: 0 },
  item: {
    display: "flex",
    alignItems: "flex-start",
    padding: `${tokens.spacingVerticalXXS} 0`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
  },
  itemBody: {
    display: "flex",
    flexDirection: "column",
    gap: "2px",
    minWidth: 0,
    paddingTop: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalXS,
  },
  label: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "baseline",
    columnGap: tokens.spacingHorizontalS,
  },
  id: { fontWeight: tokens.fontWeightSemibold },
  fn: {
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorBrandForeground1,
    overflowWrap: "anywhere",
  },
  summary: {
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    color: tokens.colorNeutralForeground2,
    display: "-webkit-box",
    WebkitLineClamp: "2",
    WebkitBoxOrient: "vertical",
    overflow: "hidden",
  },
  overlap: {
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    color: tokens.colorPaletteMarigoldForeground2,
  },
  checkbox: { flexShrink: 0 },
});

function windowText(t: I18n["t"], w: WindowInfo): string {
  switch (w.kind) {
    case "range":
      return t.scenario.window.range(w.from, w.to);
    case "assumedEnd":
      return t.scenario.window.assumedEnd(w.from, w.to);
    case "unknown":
      return t.scenario.window.unknown;
    case "draft":
      return t.scenario.window.draft;
  }
}

const YEAR_BADGE: Record<
  YearStatus,
  { color: "success" | "subtle" | "warning"; glyph: "inForce" | "notInForce" | "assumed" }
> = {
  inForce: { color: "success", glyph: "inForce" },
  notInForce: { color: "subtle", glyph: "notInForce" },
  unknown: { color: "warning", glyph: "assumed" },
  draft: { color: "warning", glyph: "assumed" },
};

function YearBadges({ document, years }: { document: PolicyDocument; years: number[] }) {
  const s = useStyles();
  const { t } = useI18n();
  const title = (status: YearStatus, y: number) =>
    status === "inForce"
      ? t.scenario.year.inForceTitle(y)
      : status === "notInForce"
        ? t.scenario.year.notInForceTitle(y)
        : status === "unknown"
          ? t.scenario.year.unknownTitle(y)
          : t.scenario.year.draftTitle(y);
  return (
    <span className={s.years}>
      {years.map((y) => {
        const status = yearStatus(document.id, y);
        const look = YEAR_BADGE[status];
        return (
          <Badge
            key={y}
            size="small"
            appearance="tint"
            color={look.color}
            title={title(status, y)}
            data-status={status}
          >
            {y} {t.scenario.year[look.glyph]}
          </Badge>
        );
      })}
    </span>
  );
}

function ClauseItem({
  clause,
  draft,
  checked,
  onToggle,
}: {
  clause: Clause;
  draft: boolean;
  checked: boolean;
  onToggle(on: boolean): void;
}) {
  const s = useStyles();
  const { t, pick } = useI18n();
  const overlap = overlapOf(clause.id);
  const inputId = `scenario-clause-${clause.id}`;
  return (
    <li className={s.item}>
      <Checkbox
        className={s.checkbox}
        id={inputId}
        checked={checked}
        onChange={(_, d) => onToggle(d.checked === true)}
        aria-describedby={`${inputId}-summary`}
      />
      <div className={s.itemBody}>
        <label htmlFor={inputId} className={s.label}>
          <span className={s.id}>{clause.id}</span>
          <span className={s.fn}>{clause.fn!.name}</span>
          {draft && (
            <Badge size="small" appearance="filled" color="warning" title={t.scenario.draftTitle}>
              {t.scenario.draft}
            </Badge>
          )}
        </label>
        <span id={`${inputId}-summary`} className={s.summary}>
          {pick(clause.summary)}
        </span>
        {overlap && (
          <span className={s.overlap}>
            {t.scenario.overlaps(overlap.others.join(", "), overlap.group.id)}
            {overlap.group.sharedCap && ` · ${t.scenario.sharedCap[overlap.group.sharedCap]}`}
          </span>
        )}
      </div>
    </li>
  );
}

export function ClausePicker({
  form,
  years,
  onTicked,
}: {
  form: ScenarioForm;
  /** The model years, when valid (for the IN_FORCE badges). */
  years: number[];
  onTicked(ticked: string[]): void;
}) {
  const s = useStyles();
  const { t, pick } = useI18n();
  const groups = listedDocuments(form.location);
  const total = groups.reduce((n, g) => n + g.clauses.length, 0);
  const ticked = new Set(form.ticked);
  const set = (ids: string[], on: boolean) => {
    const next = new Set(ticked);
    ids.forEach((id) => (on ? next.add(id) : next.delete(id)));
    onTicked([...next]);
  };

  return (
    <div className={s.root}>
      <div className={s.head}>
        <Subtitle2 as="h3" className={s.headTitle}>
          {t.scenario.clauses}
        </Subtitle2>
        <Caption1 className={s.muted} aria-live="polite">
          {t.scenario.ticked(form.ticked.length, total)}
        </Caption1>
        <Button
          size="small"
          appearance="subtle"
          onClick={() => onTicked(defaultTicks(form.location, form.sectors))}
        >
          {t.scenario.resetTicks}
        </Button>
      </div>
      {groups.map(({ document, clauses }) => {
        const title = pick(document.title);
        const draft = document.status === "draft";
        const ids = clauses.map((c) => c.id);
        return (
          <section key={document.id} className={s.document} aria-label={title}>
            <div className={s.docHeader}>
              <div className={s.docTitleRow}>
                <Subtitle2 as="h4" className={s.docTitle}>
                  {title}
                </Subtitle2>
                <span className={s.docButtons}>
                  <Button
                    size="small"
                    appearance="transparent"
                    aria-label={t.scenario.tickAllIn(document.id)}
                    onClick={() => set(ids, true)}
                  >
                    {t.scenario.tickAll}
                  </Button>
                  <Button
                    size="small"
                    appearance="transparent"
                    aria-label={t.scenario.tickNoneIn(document.id)}
                    onClick={() => set(ids, false)}
                  >
                    {t.scenario.tickNone}
                  </Button>
                </span>
              </div>
              <span className={s.years}>
                <Badge size="small" appearance="outline" color="informative">
                  {document.id}
                </Badge>
                {draft && (
                  <Badge
                    size="small"
                    appearance="filled"
                    color="warning"
                    title={t.scenario.draftTitle}
                  >
                    {t.scenario.draft}
                  </Badge>
                )}
                <Caption1 className={mergeClasses(s.muted)}>
                  {windowText(t, windowOf(document.id))}
                </Caption1>
              </span>
              {years.length > 0 && <YearBadges document={document} years={years} />}
            </div>
            <ul className={s.list}>
              {clauses.map((c) => (
                <ClauseItem
                  key={c.id}
                  clause={c}
                  draft={draft}
                  checked={ticked.has(c.id)}
                  onToggle={(on) => set([c.id], on)}
                />
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
