/** Where the audit report put everything a caller reads back (the tests, the pane). */
import type { SheetPlan } from "../plan";
import type { NativeStepsAt } from "./native-steps-block";
import type { ExplainAt } from "./steps-block";

export interface AuditLayout {
  sheetName: string;
  /** Row of each award's decision / binding-cap line, by clause id. */
  decisionRow: Record<string, number>;
  bindingRow: Record<string, number>;
  rawRow: Record<string, number>;
  countedRow: Record<string, number>;
  /** Top-left of each EXPLAIN block: by clause id, one per year (none in a native audit). */
  explainAt: ExplainAt;
  /** A native audit's step blocks: by clause id, one per year (none in an add-in audit). */
  stepsAt: Record<string, NativeStepsAt[]>;
  stackRow: number;
}

export interface AuditSheet {
  plan: SheetPlan;
  layout: AuditLayout;
}
