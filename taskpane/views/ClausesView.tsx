/** Browse and search the catalog; open a clause to read it, try it and insert it. */
import { Spinner } from "@fluentui/react-components";
import { Suspense, useEffect, useLayoutEffect, useRef, useState } from "react";
import { records } from "../../src/records";
import { ClauseBrowser } from "../components/ClauseBrowser/ClauseBrowser";
import { useI18n, withAllStrings } from "../i18n";
import { documentedCatalog } from "../documented";
import { lazyComponent, whenIdle } from "../lazy";
import { type ClauseFilters, type SearchIndex, buildSearchIndex } from "../search";

// A clause's page (quotes, function, calculator, insert) is its own chunk: the list paints without it, and
// it is fetched as soon as the browser is idle after that, so opening a clause does not wait on the network
// (nor on the strings beyond the first screen, which it waits for: i18n/strings.ts).
const ClauseDetail = lazyComponent(() =>
  withAllStrings(
    import(/* webpackChunkName: "clause-detail" */ "../components/ClauseDetail/ClauseDetail")
  ).then((m) => m.ClauseDetail)
);

// Built once per page load from the runtime records (keystrokes only scan it), and once more with the
// functions' prose when the documented catalog arrives, right after the first paint.
const recordIndex = buildSearchIndex(records.clauses, records.documents);
let documentedIndex: SearchIndex | undefined;

function useSearchIndex(): SearchIndex {
  const [index, setIndex] = useState(() => documentedIndex ?? recordIndex);
  useEffect(() => {
    let mounted = true;
    documentedCatalog.load().then(
      (catalog) => {
        documentedIndex ??= buildSearchIndex(catalog.clauses, catalog.documents);
        // A new index re-runs the query on screen, so a word only the prose holds now finds its clause.
        if (mounted) setIndex(documentedIndex);
      },
      // Offline: the records' words still search; a clause's page fetches the catalog again.
      () => undefined
    );
    return () => {
      mounted = false;
    };
  }, []);
  return index;
}

export function ClausesView() {
  const { t } = useI18n();
  const index = useSearchIndex();
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

  useEffect(() => whenIdle(ClauseDetail.preload), []);

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
        <Suspense fallback={<Spinner size="small" label={t.views.loading} />}>
          <ClauseDetail key={open.clause.id} entry={open} onBack={() => setOpenId(undefined)} />
        </Suspense>
      )}
    </>
  );
}
