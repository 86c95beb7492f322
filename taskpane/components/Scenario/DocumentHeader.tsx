/**
 * A document's header in the clause picker: its title with tick-all / tick-none, its id, draft status and
 * validity window, and IN_FORCE for each model year.
 */
import { Badge, Button, Caption1, Subtitle2, mergeClasses } from "@fluentui/react-components";
import type { PolicyDocument } from "../../../src";
import { type I18n, useI18n } from "../../i18n";
import { type WindowInfo, type YearStatus, windowOf, yearStatus } from "../../scenario/form";
import { useStyles } from "./ClausePicker.styles";

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

export function DocumentHeader({
  document,
  years,
  onTickAll,
}: {
  document: PolicyDocument;
  /** The model years, when valid (for the IN_FORCE badges). */
  years: number[];
  onTickAll(on: boolean): void;
}) {
  const s = useStyles();
  const { t, pick } = useI18n();
  const title = pick(document.title);
  const draft = document.status === "draft";
  return (
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
            onClick={() => onTickAll(true)}
          >
            {t.scenario.tickAll}
          </Button>
          <Button
            size="small"
            appearance="transparent"
            aria-label={t.scenario.tickNoneIn(document.id)}
            onClick={() => onTickAll(false)}
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
          <Badge size="small" appearance="filled" color="warning" title={t.scenario.draftTitle}>
            {t.scenario.draft}
          </Badge>
        )}
        <Caption1 className={mergeClasses(s.muted)}>
          {windowText(t, windowOf(document.id))}
        </Caption1>
      </span>
      {years.length > 0 && <YearBadges document={document} years={years} />}
    </div>
  );
}
