/** @jest-environment jsdom */
import { act } from "@testing-library/react";
import { flushSync } from "react-dom";
import { createRoot } from "react-dom/client";
import { catalog } from "../../../src";
import { PaneProviders } from "../../../taskpane/App";
import {
  ClauseBrowser,
  FIRST_ROWS,
} from "../../../taskpane/components/ClauseBrowser/ClauseBrowser";
import { buildSearchIndex } from "../../../taskpane/search";
import { rowIds } from "./render";

jest.setTimeout(30_000);
const index = buildSearchIndex(catalog.clauses, catalog.documents);

describe("the list paints its first rows first", () => {
  it(`the first commit holds the first ${FIRST_ROWS} rows under their documents; the rest follow right after`, async () => {
    const container = document.body.appendChild(document.createElement("div"));
    const root = createRoot(container);
    // Outside act(): the first commit alone, as the browser paints it.
    (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = false;
    try {
      flushSync(() =>
        root.render(
          <PaneProviders hostState={{ mode: "connecting" }} initialLocale="en-US">
            <ClauseBrowser
              index={index}
              query=""
              onQuery={() => undefined}
              filters={{}}
              onFilters={() => undefined}
              onOpen={() => undefined}
            />
          </PaneProviders>
        )
      );
      const all = catalog.clauses.map((c) => c.id);
      expect(rowIds()).toEqual(all.slice(0, FIRST_ROWS));
      // The count and each document's clause count are the whole list's from the start.
      expect(container.textContent).toContain(`${all.length} of ${all.length} clauses`);
      const first = catalog.documents[0];
      const ofFirst = catalog.clauses.filter((c) => c.document === first.id).length;
      expect(container.querySelector("ul")?.getAttribute("aria-label")).toBe(`${ofFirst} clauses`);
      // Then the transition renders the rest, by itself (no input needed).
      for (let i = 0; i < 200 && rowIds().length < all.length; i++)
        await new Promise((r) => setTimeout(r, 25));
      expect(rowIds()).toEqual(all);
    } finally {
      (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
      act(() => root.unmount());
      container.remove();
    }
  });
});
