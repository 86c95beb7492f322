/**
 * The clauses a location offers, by document: the document's draft status and validity window with
 * IN_FORCE for each model year, then each clause with a function, tickable, with its overlap group.
 */
import { Button, Caption1, Subtitle2 } from "@fluentui/react-components";
import { useI18n } from "../../i18n";
import { type ScenarioForm, defaultTicks, listedDocuments } from "../../scenario/form";
import { ClauseItem } from "./ClauseItem";
import { useStyles } from "./ClausePicker.styles";
import { DocumentHeader } from "./DocumentHeader";

export function ClausePicker({
  form,
  years,
  onTicked,
  onItemRows,
}: {
  form: ScenarioForm;
  /** The model years, when valid (for the IN_FORCE badges). */
  years: number[];
  onTicked(ticked: string[]): void;
  /** "Add item row" / "Remove item row" on a ticked clause. */
  onItemRows?(clauseId: string, delta: 1 | -1): void;
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
            <DocumentHeader document={document} years={years} onTickAll={(on) => set(ids, on)} />
            <ul className={s.list}>
              {clauses.map((c) => (
                <ClauseItem
                  key={c.id}
                  clause={c}
                  draft={draft}
                  checked={ticked.has(c.id)}
                  onToggle={(on) => set([c.id], on)}
                  itemRows={form.itemRows[c.id] ?? 1}
                  {...(onItemRows ? { onItemRows: (d: 1 | -1) => onItemRows(c.id, d) } : {})}
                />
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
