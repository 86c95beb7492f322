/** @jest-environment jsdom */
/**
 * The UI strings in two parts (taskpane/i18n/strings.ts): the first screen's, both languages, in
 * taskpane.js; the rest in a chunk fetched after the first paint, which every view loaded with import()
 * waits for. This file does not load that chunk ahead (no render.tsx), as a cold page would not have it.
 */
import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../../taskpane/App";
import { HostStore } from "../../../taskpane/host/connect";
import { restOfStrings } from "../../../taskpane/i18n";
import { dictionaries } from "../../../taskpane/i18n/strings";

jest.setTimeout(30_000);

it("the first screen renders and switches language on its own strings; a clause's page waits for the rest", async () => {
  // Not fetched yet: only the first screen's strings are in.
  expect(restOfStrings.current()).toBeUndefined();
  expect(dictionaries["en-US"].detail).toBeUndefined();
  const user = userEvent.setup();
  render(<App store={new HostStore()} initialLocale="en-US" />);
  expect(screen.getByLabelText("Search clauses")).toBeInTheDocument();
  // The switch needs nothing fetched: the first screen's Chinese strings are in taskpane.js too.
  await user.click(screen.getByText("中文"));
  expect(screen.getByLabelText("搜索条款")).toBeInTheDocument();
  await user.click(screen.getByText("English"));

  // The provider has asked for the rest after the first paint; a clause's page renders with it.
  await user.click(document.getElementById("clause-HLJ-ROBOT-01")!);
  await waitFor(() => expect(document.querySelector("article")).not.toBeNull(), {
    timeout: 15_000,
  });
  expect(restOfStrings.current()).not.toBeUndefined();
  expect(screen.getByText("← Back to clauses")).toBeInTheDocument();
  expect(dictionaries["zh-CN"].detail.back).toBe("← 返回条款列表");
});
