/** @jest-environment jsdom */
/**
 * The first screen searches the runtime records; the documented catalog (the functions' prose) arrives in a
 * chunk of its own right after the first paint (taskpane/documented.ts). Here that chunk is held back until
 * the test lets it in.
 */
import { act, fireEvent, screen } from "@testing-library/react";
import { catalog } from "../../../src";
import { ClausesView } from "../../../taskpane/views/ClausesView";
import { renderInPane, rowIds } from "./render";

jest.setTimeout(30_000);

// The mock holds the catalog's chunk back; `arrive` lets it in.
jest.mock("../../../taskpane/documented", () => {
  let arrive: (c: unknown) => void = () => undefined;
  const held = new Promise((resolve) => (arrive = resolve));
  return {
    documentedCatalog: { load: () => held, current: () => undefined },
    arrive: (c: unknown) => arrive(c),
  };
});
const { arrive } = jest.requireMock<{ arrive(c: typeof catalog): void }>(
  "../../../taskpane/documented"
);

const type = (text: string) =>
  fireEvent.change(screen.getByLabelText("Search clauses"), { target: { value: text } });

describe("the clause list before and after the documented catalog", () => {
  it("finds a word only a function's prose holds once the catalog arrives, re-running the query on screen", async () => {
    renderInPane(<ClausesView />, { host: "connecting" });
    // HLJ-ROBOT-02a's description says "province-led"; its summary says "provincially led".
    type("province-led");
    expect(rowIds()).toEqual([]);
    await act(async () => arrive(catalog));
    expect(rowIds()).toEqual(["HLJ-ROBOT-02a"]);
  });
});
