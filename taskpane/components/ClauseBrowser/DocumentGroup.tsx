/** One document's heading, facts and matching clauses. */
import { Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import type { PolicyDocument } from "../../../src/records";
import { useI18n } from "../../i18n";
import type { SearchEntry } from "../../search";
import { ClauseRow } from "./ClauseRow";
import { DocumentBadges, DocumentMeta } from "./DocumentMeta";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  header: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  title: { margin: 0 },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column" },
});

export function DocumentGroup(props: {
  document: PolicyDocument;
  entries: SearchEntry[];
  /** How many of the entries to render (the first commit's share, ClauseBrowser); all by default. */
  shown?: number;
  onOpen(id: string): void;
}) {
  const { document, entries, shown = entries.length, onOpen } = props;
  const s = useStyles();
  const { t, pick } = useI18n();
  return (
    <section className={s.root} aria-label={pick(document.title)}>
      <div className={s.header}>
        <Subtitle2 as="h2" className={s.title}>
          {pick(document.title)}
        </Subtitle2>
        <DocumentBadges document={document} />
        <DocumentMeta document={document} />
      </div>
      <ul className={s.list} aria-label={t.document.clauseCount(entries.length)}>
        {entries.slice(0, shown).map((e) => (
          <li key={e.clause.id}>
            <ClauseRow clause={e.clause} onOpen={onOpen} />
          </li>
        ))}
      </ul>
    </section>
  );
}
