/**
 * Attaching the workbook. The pane renders before office.js is ready and never waits for it: the host
 * state starts "connecting" and becomes Excel, or the in-memory preview workbook when Office.onReady
 * reports no host (a plain browser) or office.js did not load at all.
 */
import type { MemoryWorkbook } from "./memory";
import type { WorkbookHost } from "./types";

export type HostState =
  | { mode: "connecting" }
  | { mode: "excel"; host: WorkbookHost; displayLanguage: string }
  | { mode: "preview"; host: MemoryWorkbook };

/** A tiny external store, read by the App with useSyncExternalStore. */
export class HostStore {
  private state: HostState = { mode: "connecting" };
  private readonly listeners = new Set<() => void>();

  readonly get = () => this.state;
  readonly subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  set(state: HostState): void {
    this.state = state;
    this.listeners.forEach((l) => l());
  }
}

declare global {
  interface Window {
    /** Office.onReady's info once it resolved; browser tests wait on it. */
    __officeReady?: { host: Office.HostType | null; platform: Office.PlatformType | null };
  }
}

/**
 * Preview mode (a browser, no Excel): the in-memory workbook is fetched only now, in the chunk that also
 * holds its view (components/PreviewWorkbook/lazy.ts names the same chunk), then the formula parser in
 * its own. Excel never loads either.
 */
async function startPreview(store: HostStore): Promise<void> {
  const { MemoryWorkbook } = await import(/* webpackChunkName: "preview" */ "./memory");
  const workbook = new MemoryWorkbook();
  // A workbook saved with "Save in this browser" comes back before the preview first renders one.
  workbook.restoreFromBrowser();
  store.set({ mode: "preview", host: workbook });
  import(/* webpackChunkName: "preview-formulas" */ "../preview/formulas").then((m) =>
    workbook.setEvaluator(m.createEvaluator())
  );
}

export function connectOffice(store: HostStore): void {
  // office.js comes from Microsoft's CDN; if it failed to load, the pane still works in preview mode.
  if (typeof Office === "undefined" || typeof Office.onReady !== "function") {
    void startPreview(store);
    return;
  }
  Office.onReady().then(async (info) => {
    if (info.host === Office.HostType.Excel) {
      // The Excel host (every Excel.run) is a chunk of its own: a browser preview never loads it.
      const { ExcelHost } = await import(/* webpackChunkName: "excel-host" */ "./excel");
      store.set({
        mode: "excel",
        host: new ExcelHost(),
        displayLanguage: Office.context.displayLanguage,
      });
    } else {
      await startPreview(store);
    }
    window.__officeReady = info;
  });
}
