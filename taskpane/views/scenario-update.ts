/**
 * "Update scenario" (issue 15), the pane's side: read a remembered scenario sheet as it stands, regenerate
 * it for the current catalog and the chosen profile with every typed input carried over (src/workbook/
 * update.ts), compute the new sheet's awards in a scratch preview workbook (the preview's formula engine,
 * the same calculate() the Excel functions run) and diff them against the awards the sheet shows now.
 * Nothing is written until the user confirms; then the result goes to a NEW sheet and is remembered.
 */
import {
  type AwardChange,
  type AwardValue,
  type Carried,
  type ScenarioDocument,
  type ScenarioProfile,
  type ScenarioSheet,
  awardDiff,
  carryInputs,
  documentFromSheet,
  filledPlan,
  generateScenario,
  scenarioDocument,
} from "../../src";
import type { StoredScenario, WorkbookHost } from "../host/types";

export interface UpdatePreview {
  stored: StoredScenario;
  /** The regenerated scenario's document: the new profile and the carried inputs. */
  document: ScenarioDocument;
  carried: Carried;
  diff: AwardChange[];
}

/** A value as Range.values shows it: "" blank, an error as its code. */
function shown(v: unknown): AwardValue {
  if (v === "" || v === undefined || v === null) return null;
  if (typeof v === "number" || typeof v === "string") return v;
  return String(v);
}

/** The old sheet's layout: the stored profile generated again (the sheet's formulas mode and name). */
export function storedScenarioSheet(stored: StoredScenario): ScenarioSheet {
  return generateScenario(stored.document.profile, {
    sheetName: stored.sheet,
    formulas: stored.formulas,
  });
}

/** The new sheet's awards, computed by the preview's formula engine in a workbook of its own. */
async function computeAwards(
  plan: ScenarioSheet["plan"]
): Promise<(row: number, col: number) => AwardValue> {
  const [{ MemoryWorkbook }, { createEvaluator }] = await Promise.all([
    import(/* webpackChunkName: "preview" */ "../host/memory"),
    import(/* webpackChunkName: "preview-formulas" */ "../preview/formulas"),
  ]);
  const scratch = new MemoryWorkbook();
  scratch.setEvaluator(createEvaluator());
  const sheet = await scratch.addWorksheet(plan.sheetName);
  await scratch.writePlan(sheet, plan);
  return (row, col) => {
    const v = scratch.value(row, col, sheet);
    return v.kind === "value" ? shown(v.value) : v.kind === "error" ? v.code : null;
  };
}

/** What updating `stored` to `profile` would change; reads the sheet, writes nothing. */
export async function previewUpdate(
  host: WorkbookHost,
  stored: StoredScenario,
  profile: ScenarioProfile
): Promise<UpdatePreview> {
  const snapshot = await host.readSheet(stored.sheet);
  // The snapshot's grids start at its used range's top-left cell, not necessarily A1.
  const valueAt = (row: number, col: number) =>
    snapshot.values[row - snapshot.row]?.[col - snapshot.col];
  const old = storedScenarioSheet(stored);
  const typed = documentFromSheet(old, valueAt);
  const next = generateScenario(profile, { formulas: stored.formulas });
  const carried = carryInputs(typed, old.layout, next.layout);
  const document = scenarioDocument(profile, {
    inputs: carried.inputs,
    ...(carried.itemKeys.length > 0 ? { itemKeys: carried.itemKeys } : {}),
    ...(carried.apply.length > 0 ? { apply: carried.apply } : {}),
  });
  const updated = filledPlan(document, stored.sheet, stored.formulas);
  const diff = awardDiff(
    { layout: old.layout, valueAt: (r, c) => shown(valueAt(r, c)) },
    { layout: updated.layout, valueAt: await computeAwards(updated.plan) }
  );
  return { stored, document, carried, diff };
}
