/**
 * The pane's top-level views, one tab each. A new view (say, a scenario builder) is one entry here;
 * the App shows a tab list as soon as there is more than one.
 */
import type { ComponentType } from "react";
import type { Strings } from "../i18n";
import { ClausesView } from "./ClausesView";

export interface ViewDef {
  id: string;
  label(t: Strings): string;
  Component: ComponentType;
}

export const VIEWS: ViewDef[] = [
  { id: "clauses", label: (t) => t.views.clauses, Component: ClausesView },
];
