/**
 * Rendering for component tests. Queries by role are slow on the full pane (106 clauses: about a second
 * each in jsdom), so the tests find things by label, by text or by id, and render a single component
 * inside the pane's providers where they can.
 */
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { ReactNode } from "react";
import { App, PaneProviders } from "../../../taskpane/App";
import { LazyPreviewWorkbook } from "../../../taskpane/components/PreviewWorkbook/lazy";
import { type HostState, HostStore } from "../../../taskpane/host/connect";
import { MemoryWorkbook } from "../../../taskpane/host/memory";
import type { WorkbookHost } from "../../../taskpane/host/types";
import { type Locale, restOfStrings } from "../../../taskpane/i18n";
import { createEvaluator } from "../../../taskpane/preview/formulas";
import type { ViewDef } from "../../../taskpane/views";

// Fluent's MessageBar measures itself with ResizeObserver, which jsdom lacks: a no-op stands in.
globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
};

// renderApp starts in preview mode, whose workbook is a lazily loaded chunk: loaded before the tests, so it
// does not arrive in the middle of a test that does not wait for it (outside act()).
beforeAll(() => LazyPreviewWorkbook.preload());

// The strings beyond the first screen are a chunk the pane fetches after its first paint
// (taskpane/i18n/strings.ts): in before the tests, so a component rendered on its own finds them.
beforeAll(() => restOfStrings.load());

export type HostOption =
  "preview" | "connecting" | { excel: WorkbookHost; displayLanguage: string };

export interface RenderOptions {
  locale?: Locale;
  /** "preview" (default): an in-memory workbook with formulas; "connecting": no host yet; or an Excel host. */
  host?: HostOption;
  views?: ViewDef[];
}

function hostState(host: HostOption, workbook: MemoryWorkbook): HostState {
  if (host === "preview") return { mode: "preview", host: workbook };
  if (host === "connecting") return { mode: "connecting" };
  return { mode: "excel", host: host.excel, displayLanguage: host.displayLanguage };
}

function previewWorkbook(): MemoryWorkbook {
  const workbook = new MemoryWorkbook();
  workbook.setEvaluator(createEvaluator());
  return workbook;
}

/** The whole pane. */
export function renderApp({ locale = "en-US", host = "preview", views }: RenderOptions = {}) {
  const store = new HostStore();
  const workbook = previewWorkbook();
  store.set(hostState(host, workbook));
  const user = userEvent.setup();
  const utils = render(<App store={store} initialLocale={locale} views={views} />);
  return { ...utils, store, workbook, user };
}

/** One component inside the pane's providers. */
export function renderInPane(
  ui: ReactNode,
  { locale = "en-US", host = "preview" }: RenderOptions = {}
) {
  const workbook = previewWorkbook();
  const user = userEvent.setup();
  const utils = render(
    <PaneProviders hostState={hostState(host, workbook)} initialLocale={locale}>
      {ui}
    </PaneProviders>
  );
  return { ...utils, workbook, user };
}

export const clauseRow = (id: string) =>
  document.getElementById(`clause-${id}`) as HTMLButtonElement;

/**
 * Opens a clause from the list and waits for its page: in the pane a clause's page is a lazily loaded
 * chunk (taskpane/views/ClausesView.tsx), and the first import compiles its modules, which can take seconds
 * under ts-jest.
 */
export async function openClause(user: ReturnType<typeof userEvent.setup>, id: string) {
  await user.click(clauseRow(id));
  return waitFor(
    () => {
      const article = document.querySelector("article");
      if (!article) throw new Error(`the page of ${id} did not open`);
      return article;
    },
    { timeout: 15_000 }
  );
}

/** Ids of the clause rows on screen, in order. */
export const rowIds = () =>
  [...document.querySelectorAll<HTMLButtonElement>('button[id^="clause-"]')].map((b) =>
    b.id.slice("clause-".length)
  );

/** A calculator field's label names the parameter: short label, identifier, unit ("R&D last year rd_last_year yuan"). */
export const byName = (name: string) => new RegExp(`(^|\\s)${name}(\\s|$)`);

/** A calculator text field by its parameter name. */
export const field = (name: string) => screen.getByLabelText(byName(name)) as HTMLInputElement;

/**
 * Types HLJ_RD_SUBSIDY's worked inputs into the open calculator (R&D 8,000,000 last year, 6,000,000 the
 * year before, base ratios 2% and 10%), as several tests start from them.
 */
export function fillRdCalculator(): void {
  for (const [k, v] of Object.entries({
    rd_last_year: "8,000,000",
    rd_prior_year: "6000000",
    base_stock_ratio: "0.02",
    base_increment_ratio: "0.1",
  }))
    fireEvent.change(field(k), { target: { value: v } });
}
