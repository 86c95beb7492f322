/**
 * The pane's top-level views, one tab each. A new view is one entry here; the App shows a tab list as
 * soon as there is more than one, and mounts a view when its tab is first opened.
 */
import { type ComponentType, lazy } from "react";
import { type Strings, withAllStrings } from "../i18n";
import { ClausesView } from "./ClausesView";

// The scenario builder is code the first screen does not need: its own chunk, fetched when its tab opens
// (with the strings beyond the first screen, i18n/strings.ts, as every view loaded with import()).
const ScenarioView = lazy(() =>
  withAllStrings(import(/* webpackChunkName: "scenario-view" */ "./ScenarioView")).then((m) => ({
    default: m.ScenarioView,
  }))
);

// Explain the selected cell (issue 15): likewise its own chunk.
const ExplainView = lazy(() =>
  withAllStrings(import(/* webpackChunkName: "explain-view" */ "./ExplainView")).then((m) => ({
    default: m.ExplainView,
  }))
);

export interface ViewDef {
  id: string;
  label(t: Strings): string;
  Component: ComponentType;
}

export const VIEWS: ViewDef[] = [
  { id: "clauses", label: (t) => t.views.clauses, Component: ClausesView },
  { id: "scenario", label: (t) => t.views.scenario, Component: ScenarioView },
  { id: "explain", label: (t) => t.views.explain, Component: ExplainView },
];
