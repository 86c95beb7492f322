/**
 * The explanation of the active cell, kept current: explained once on mount, then again 250 ms after the
 * last selection or calculation event the host reports (watchSelection, debounced). A host without those
 * events leaves `live` false and the view offers a refresh button. An older answer arriving after a newer
 * request is dropped.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import { EXPLAIN_DEBOUNCE_MS, debounce } from "../../explain/debounce";
import { type Explanation, explainCell } from "../../explain/explain";
import type { ExplainHost, WorkbookHost } from "../../host/types";

export type ExplainState =
  | { kind: "reading" }
  | { kind: "done"; explanation: Explanation }
  | { kind: "failed"; message: string };

export function useExplainedCell(host: (WorkbookHost & ExplainHost) | undefined) {
  const [state, setState] = useState<ExplainState>({ kind: "reading" });
  const [live, setLive] = useState(true);
  const request = useRef(0);

  const refresh = useCallback(() => {
    if (!host) return;
    const id = ++request.current;
    explainCell(host).then(
      (explanation) => id === request.current && setState({ kind: "done", explanation }),
      (e: unknown) =>
        id === request.current &&
        setState({ kind: "failed", message: e instanceof Error ? e.message : String(e) })
    );
  }, [host]);

  useEffect(() => {
    if (!host) return;
    refresh();
    const later = debounce(refresh, EXPLAIN_DEBOUNCE_MS);
    let stop: (() => void) | undefined;
    let unmounted = false;
    host.watchSelection(later).then(
      (off) => {
        if (unmounted) off?.();
        else if (off) stop = off;
        else setLive(false);
      },
      () => !unmounted && setLive(false)
    );
    return () => {
      unmounted = true;
      later.cancel();
      stop?.();
      request.current++; // an answer still on its way is for a view that is gone
    };
  }, [host, refresh]);

  return { state, live, refresh };
}
