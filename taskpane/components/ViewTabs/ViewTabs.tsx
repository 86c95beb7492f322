/**
 * The views' tab list (the WAI-ARIA tabs pattern) in the look of Fluent's small TabList: transparent tabs, the
 * selected one semibold over a brand-coloured bar. Not Fluent's TabList itself, whose arrow-key navigation
 * brings tabster (≈ 19 KB gzip with the tabs) into the first screen's bundle (docs/architecture.md, "The first
 * screen's bytes"). The selected tab is the list's one tab stop; the arrow keys, Home and End move the focus
 * between tabs, and Enter or Space (a button's own keys) opens the focused one.
 */
import {
  createCustomFocusIndicatorStyle,
  makeStyles,
  mergeClasses,
  tokens,
  typographyStyles,
} from "@fluentui/react-components";
import { type KeyboardEvent, useRef } from "react";

const useStyles = makeStyles({
  list: { display: "flex", alignItems: "center" },
  tab: {
    position: "relative",
    display: "grid",
    padding: `${tokens.spacingVerticalSNudge} ${tokens.spacingHorizontalSNudge}`,
    border: "none",
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorTransparentBackground,
    color: tokens.colorNeutralForeground2,
    fontFamily: tokens.fontFamilyBase,
    cursor: "pointer",
    outlineStyle: "none",
    ":hover": {
      backgroundColor: tokens.colorTransparentBackgroundHover,
      color: tokens.colorNeutralForeground2Hover,
    },
    ":active": { backgroundColor: tokens.colorTransparentBackgroundPressed },
    // The bar under a tab: the brand colour on the selected one, a neutral one under the pointer.
    "::after": {
      content: '""',
      position: "absolute",
      bottom: 0,
      left: tokens.spacingHorizontalSNudge,
      right: tokens.spacingHorizontalSNudge,
      height: tokens.strokeWidthThick,
      borderRadius: tokens.borderRadiusCircular,
    },
    ":hover::after": { backgroundColor: tokens.colorNeutralStroke1Hover },
    "@media (forced-colors: active)": { ":hover::after": { backgroundColor: "Highlight" } },
    ...createCustomFocusIndicatorStyle(
      {
        outlineWidth: tokens.strokeWidthThick,
        outlineColor: "transparent",
        outlineStyle: "solid",
        boxShadow: `${tokens.shadow4}, 0 0 0 ${tokens.strokeWidthThick} ${tokens.colorStrokeFocus2}`,
        zIndex: 1,
      },
      { enableOutline: true }
    ),
  },
  selected: {
    color: tokens.colorNeutralForeground1,
    ":hover": { color: tokens.colorNeutralForeground1Hover },
    "::after": { backgroundColor: tokens.colorCompoundBrandStroke },
    ":hover::after": { backgroundColor: tokens.colorCompoundBrandStrokeHover },
    "@media (forced-colors: active)": {
      "::after": { backgroundColor: "ButtonText" },
      ":hover::after": { backgroundColor: "ButtonText" },
    },
  },
  // The label and, in the same grid cell, an invisible semibold copy: a tab is as wide selected as not.
  label: {
    gridArea: "1 / 1",
    padding: `0 ${tokens.spacingHorizontalXXS}`,
    ...typographyStyles.body1,
  },
  strong: { ...typographyStyles.body1Strong },
  reserved: { visibility: "hidden" },
});

export interface ViewTab {
  id: string;
  label: string;
}

const MOVES: Record<string, (at: number, count: number) => number> = {
  ArrowRight: (at, count) => (at + 1) % count,
  ArrowLeft: (at, count) => (at - 1 + count) % count,
  Home: () => 0,
  End: (_, count) => count - 1,
};

export function ViewTabs(props: {
  tabs: ViewTab[];
  selected: string;
  label: string;
  onSelect(id: string): void;
}) {
  const s = useStyles();
  const list = useRef<HTMLDivElement>(null);
  const onKeyDown = (e: KeyboardEvent) => {
    const move = MOVES[e.key];
    const tabs = [...(list.current?.querySelectorAll<HTMLElement>('[role="tab"]') ?? [])];
    const at = tabs.indexOf(e.target as HTMLElement);
    if (!move || at < 0) return;
    e.preventDefault();
    tabs[move(at, tabs.length)].focus();
  };
  return (
    <div
      ref={list}
      role="tablist"
      aria-orientation="horizontal"
      aria-label={props.label}
      className={s.list}
      onKeyDown={onKeyDown}
    >
      {props.tabs.map((tab) => {
        const selected = tab.id === props.selected;
        return (
          <button
            key={tab.id}
            type="button"
            role="tab"
            value={tab.id}
            aria-selected={selected}
            tabIndex={selected ? 0 : -1}
            className={mergeClasses(s.tab, selected && s.selected)}
            onClick={() => props.onSelect(tab.id)}
          >
            <span className={mergeClasses(s.label, selected && s.strong)}>{tab.label}</span>
            <span className={mergeClasses(s.label, s.strong, s.reserved)} aria-hidden>
              {tab.label}
            </span>
          </button>
        );
      })}
    </div>
  );
}
