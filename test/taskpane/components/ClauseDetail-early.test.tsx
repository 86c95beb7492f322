/** @jest-environment jsdom */
/**
 * A clause opened before the documented catalog has reached the list's search index still shows its
 * function's prose: the clause's page imports the catalog itself (taskpane/components/ClauseDetail).
 */
import { screen } from "@testing-library/react";
import { ClausesView } from "../../../taskpane/views/ClausesView";
import { openClause, renderInPane } from "./render";

jest.setTimeout(30_000);

// The list's own fetch of the catalog never completes in this test.
jest.mock("../../../taskpane/documented", () => ({
  documentedCatalog: { load: () => new Promise(() => undefined), current: () => undefined },
}));

it("a clause opened from the records' list shows its function's description", async () => {
  const { user } = renderInPane(<ClausesView />, { host: "connecting" });
  await openClause(user, "HLJ-ROBOT-02a");
  // HLJ-ROBOT-02a's description (its .text.ts), which the runtime record does not carry.
  expect(screen.getByText(/province-led robotics national key laboratory/)).toBeInTheDocument();
});
