/** The catalog list: search box, filters, and every matching clause grouped under its document. */
import { Caption1, SearchBox, makeStyles, tokens } from "@fluentui/react-components";
import { startTransition, useEffect, useMemo, useState } from "react";
import { useI18n } from "../../i18n";
import {
  type ClauseFilters,
  type SearchEntry,
  type SearchIndex,
  searchClauses,
} from "../../search";
import { DocumentGroup } from "./DocumentGroup";
import { Filters } from "./Filters";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  search: { width: "100%", maxWidth: "none" },
  count: { color: tokens.colorNeutralForeground3 },
  groups: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
});

/**
 * Rows in the first commit: more than a tall screen holds. The other rows follow in a transition started
 * right after it (time-sliced, so the first paint does not wait for them); the list is then complete, and
 * stays so for every later query.
 */
export const FIRST_ROWS = 24;

export interface ClauseBrowserProps {
  index: SearchIndex;
  query: string;
  onQuery(query: string): void;
  filters: ClauseFilters;
  onFilters(filters: ClauseFilters): void;
  onOpen(clauseId: string): void;
}

export function ClauseBrowser({
  index,
  query,
  onQuery,
  filters,
  onFilters,
  onOpen,
}: ClauseBrowserProps) {
  const s = useStyles();
  const { t } = useI18n();
  const results = useMemo(() => searchClauses(index, query, filters), [index, query, filters]);
  const groups = useMemo(() => {
    const byDocument = new Map<string, SearchEntry[]>();
    for (const e of results)
      byDocument.set(e.document.id, [...(byDocument.get(e.document.id) ?? []), e]);
    return [...byDocument.values()];
  }, [results]);
  const [complete, setComplete] = useState(false);
  useEffect(() => startTransition(() => setComplete(true)), []);
  let budget = complete ? Infinity : FIRST_ROWS;

  return (
    <div className={s.root}>
      <SearchBox
        className={s.search}
        aria-label={t.search.label}
        placeholder={t.search.placeholder}
        value={query}
        onChange={(_, data) => onQuery(data.value)}
        dismiss={{ "aria-label": t.search.clear }}
      />
      <Filters index={index} filters={filters} onFilters={onFilters} />
      <Caption1 className={s.count} role="status">
        {results.length === 0 ? t.noResults : t.results(results.length, index.entries.length)}
      </Caption1>
      <div className={s.groups}>
        {groups.map((entries) => {
          if (budget <= 0) return null;
          const shown = Math.min(budget, entries.length);
          budget -= shown;
          return (
            <DocumentGroup
              key={entries[0].document.id}
              document={entries[0].document}
              entries={entries}
              shown={shown}
              onOpen={onOpen}
            />
          );
        })}
      </div>
    </div>
  );
}
