/** @jest-environment jsdom */
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { ViewTabs } from "../../../taskpane/components/ViewTabs/ViewTabs";

const TABS = [
  { id: "a", label: "Alpha" },
  { id: "b", label: "Beta" },
  { id: "c", label: "Gamma" },
];

describe("the views' tab list", () => {
  it("is a named tab list whose selected tab is the one tab stop; arrows, Home and End move the focus, Enter opens", async () => {
    const onSelect = jest.fn();
    const user = userEvent.setup();
    render(<ViewTabs tabs={TABS} selected="a" label="Views" onSelect={onSelect} />);
    const list = screen.getByRole("tablist", { name: "Views" });
    const tabs = screen.getAllByRole("tab");
    expect(list).toContainElement(tabs[0]);
    expect(tabs.map((t) => t.getAttribute("aria-selected"))).toEqual(["true", "false", "false"]);
    expect(tabs.map((t) => t.tabIndex)).toEqual([0, -1, -1]);

    await user.tab();
    expect(tabs[0]).toHaveFocus();
    await user.keyboard("{ArrowRight}");
    expect(tabs[1]).toHaveFocus();
    expect(onSelect).not.toHaveBeenCalled(); // moving the focus opens nothing
    await user.keyboard("{Enter}");
    expect(onSelect).toHaveBeenLastCalledWith("b");
    await user.keyboard("{End}");
    expect(tabs[2]).toHaveFocus();
    await user.keyboard("{ArrowRight}"); // past the last: back to the first
    expect(tabs[0]).toHaveFocus();
    await user.keyboard("{ArrowLeft}");
    expect(tabs[2]).toHaveFocus();
    await user.keyboard("{Home}");
    expect(tabs[0]).toHaveFocus();
    await user.click(tabs[2]);
    expect(onSelect).toHaveBeenLastCalledWith("c");
  });
});
