/** Browse and search the catalog; open a clause to read it, try it and insert it. */
import { useLayoutEffect, useRef, useState } from "react";
import { catalog } from "../../src";
import { ClauseBrowser } from "../components/ClauseBrowser/ClauseBrowser";
import { ClauseDetail } from "../components/ClauseDetail/ClauseDetail";
import { type ClauseFilters, buildSearchIndex } from "../search";

// Built once per page load: keystrokes only scan it.
const index = buildSearchIndex(catalog.clauses, catalog.documents);

export function ClausesView() {
  const [query, setQuery] = useState("");
  const [filters, setFilters] = useState<ClauseFilters>({});
  const [openId, setOpenId] = useState<string | undefined>();
  const lastOpened = useRef<string | undefined>();
  const open = openId === undefined ? undefined : index.entries.find((e) => e.clause.id === openId);

  // Back from a clause: return the keyboard focus to the row that opened it, in the same commit that
  // removes the clause (a layout effect), so it never rests on the page body in between.
  useLayoutEffect(() => {
    if (openId === undefined && lastOpened.current)
      document.getElementById(`clause-${lastOpened.current}`)?.focus();
  }, [openId]);

  const openClause = (id: string) => {
    lastOpened.current = id;
    setOpenId(id);
  };

  return (
    <>
      {/* Hidden, not unmounted: the query, filters and scroll position survive a visit to a clause. */}
      <div hidden={open !== undefined}>
        <ClauseBrowser
          index={index}
          query={query}
          onQuery={setQuery}
          filters={filters}
          onFilters={setFilters}
          onOpen={openClause}
        />
      </div>
      {open && (
        <ClauseDetail key={open.clause.id} entry={open} onBack={() => setOpenId(undefined)} />
      )}
    </>
  );
}
