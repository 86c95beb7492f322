/**
 * "Save in this browser" (preview mode): the whole preview workbook — every sheet's cells (formulas,
 * values, number formats, styles, notes), layout, defined names, selection and scenario mark, the active
 * sheet and the stored scenario documents — as versioned JSON in localStorage, and back. Derived state
 * (computed values, spills) is not kept: the workbook recomputes it. A saved state that does not read (an
 * older version, edited by hand) is ignored with a console warning, never half-restored.
 */
import { type StoredScenarioRecord, parseScenarioDocument } from "../../../src";
import { Sheet } from "./sheet";
import type { MemoryCell, NamedRange, SheetLayout } from "./types";

/** The localStorage key; the version in it changes with the state's shape. */
export const PREVIEW_STORAGE_KEY = "subsidy-preview-workbook:v1";
const STATE_VERSION = 1;

interface SheetState {
  name: string;
  cells: [string, MemoryCell][];
  layout: SheetLayout;
  names: [string, NamedRange][];
  selection: { row: number; col: number };
  scenarioId?: string;
}

export interface WorkbookState {
  version: typeof STATE_VERSION;
  sheets: SheetState[];
  active: string;
  scenarios: StoredScenarioRecord[];
}

export function workbookState(
  sheets: Sheet[],
  active: Sheet,
  scenarios: Iterable<StoredScenarioRecord>
): WorkbookState {
  return {
    version: STATE_VERSION,
    sheets: sheets.map((s) => ({
      name: s.name,
      cells: [...s.cells],
      layout: s.layout,
      names: [...s.names],
      selection: s.selection,
      ...(s.scenarioId !== undefined ? { scenarioId: s.scenarioId } : {}),
    })),
    active: active.name,
    scenarios: [...scenarios],
  };
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

/** The sheets and scenarios of a saved state; throws for one that is not this version's shape. */
export function fromState(json: unknown): {
  sheets: Sheet[];
  active: Sheet;
  scenarios: StoredScenarioRecord[];
} {
  if (!isObject(json) || json.version !== STATE_VERSION)
    throw new Error(`not a version ${STATE_VERSION} preview workbook`);
  if (!Array.isArray(json.sheets) || json.sheets.length === 0) throw new Error("no sheets");
  const sheets = (json.sheets as SheetState[]).map((st) => {
    if (typeof st.name !== "string" || !Array.isArray(st.cells) || !Array.isArray(st.names))
      throw new Error("a sheet without a name, cells or names");
    const sheet = new Sheet(st.name);
    for (const [k, c] of st.cells) sheet.cells.set(String(k), c);
    for (const [n, r] of st.names) sheet.names.set(String(n), r);
    sheet.layout = {
      freezeRows: st.layout?.freezeRows ?? 0,
      columnWidths: st.layout?.columnWidths ?? [],
      // A scenario sheet's chart and print settings come back with it (the chart is drawn again from the values).
      ...(st.layout?.charts?.length ? { charts: st.layout.charts } : {}),
      ...(st.layout?.print ? { print: st.layout.print } : {}),
    };
    sheet.selection = st.selection ?? { row: 0, col: 0 };
    if (typeof st.scenarioId === "string") sheet.scenarioId = st.scenarioId;
    return sheet;
  });
  const active = sheets.find((s) => s.name === json.active) ?? sheets[0];
  const scenarios = ((json.scenarios as StoredScenarioRecord[]) ?? []).map((r) => ({
    id: String(r.id),
    formulas: r.formulas === "native" ? ("native" as const) : ("addin" as const),
    document: parseScenarioDocument(r.document),
  }));
  return { sheets, active, scenarios };
}

/** The storage the browser gives, or undefined where there is none (a test without jsdom, a locked-down browser). */
function storage(): Storage | undefined {
  try {
    return typeof localStorage !== "undefined" ? localStorage : undefined;
  } catch {
    return undefined;
  }
}

/** Saves the state; throws where the browser refuses (no storage, or over its quota). */
export function saveState(state: WorkbookState): void {
  const store = storage();
  if (!store) throw new Error("this browser keeps no local storage");
  store.setItem(PREVIEW_STORAGE_KEY, JSON.stringify(state));
}

/** The saved state, if there is one. */
export function loadState(): unknown {
  const raw = storage()?.getItem(PREVIEW_STORAGE_KEY);
  if (!raw) return undefined;
  try {
    return JSON.parse(raw);
  } catch {
    console.warn("The preview workbook saved in this browser is not JSON; it was not restored.");
    return undefined;
  }
}
