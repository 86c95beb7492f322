/**
 * "Update scenario" (docs/scenario-document.md, "Updating a scenario"): the pure parts of regenerating a
 * scenario sheet after a catalog update or a profile change.
 *
 * - carryInputs: the inputs typed into the old sheet (read back with documentFromSheet) placed on the new
 *   layout, each matched by its key (clause id, parameter, item row; the year and item stay), and only where the key
 *   is gone by the label of its row (a clause renamed, its function and parameter unchanged). An input
 *   that has no place on the new sheet (its clause untikced, a year outside the new years) is dropped and
 *   reported, never guessed.
 * - filledPlan: the new sheet's plan with those inputs in its cells, through the document API.
 * - awardDiff: each award cell and yearly total, old value (read from the sheet) against new value
 *   (computed), with the change to the fen.
 */
import { type ScenarioDocument, type ScenarioInput, scenarioDocumentPlans } from "./document";
import type { SheetPlan } from "./plan";
import type { FormulaMode } from "./scenario/dialect";
import type { InputLayout, ScenarioLayout, ScenarioSheet } from "./scenario/layout";
import { generateScenario } from "./scenario/sheet";
import { cellName } from "./native-copy-refs";

/** How an input found its place on the new sheet. */
export type MatchedBy = "key" | "label";

export interface CarriedInput {
  /** As read from the old sheet. */
  from: ScenarioInput;
  /** Where it goes on the new one. */
  to: ScenarioInput;
  by: MatchedBy;
}

export interface Carried {
  /** The new document's inputs. */
  inputs: ScenarioInput[];
  carried: CarriedInput[];
  /** Old inputs with no place on the new sheet, and why. */
  dropped: { input: ScenarioInput; reason: "noRow" | "year" | "taken" }[];
  itemKeys: NonNullable<ScenarioDocument["itemKeys"]>;
  apply: NonNullable<ScenarioDocument["apply"]>;
}

/** The label of the row an input sits in (a range parameter: its item's row). */
function labelOf(l: InputLayout, item: number | undefined): string {
  return l.labels[item !== undefined ? item - 1 : 0] ?? l.labels[0];
}

/** The input moved to row `l` of the new layout, or why it does not fit there. */
function placeOn(
  l: InputLayout,
  input: ScenarioInput,
  layout: ScenarioLayout
): ScenarioInput | "year" {
  const first = layout.years[0];
  const last = layout.years[layout.years.length - 1];
  const history = input.year === first - 1 && l.history !== undefined;
  if (
    l.history === "startYear"
      ? input.year !== first - 1
      : !history && (input.year < first || input.year > last)
  )
    return "year";
  const item = l.rows > 1 ? Math.min(input.item ?? 1, l.rows) : undefined;
  return {
    clauseId: l.clauseId,
    param: l.param,
    year: input.year,
    ...(item !== undefined ? { item } : {}),
    ...(l.item > 1 ? { row: l.item } : {}),
    value: input.value,
  };
}

/**
 * The old document's inputs, item keys and apply flags on the new layout. `old` is the layout the inputs
 * were read through (its labels are the fallback key).
 */
export function carryInputs(
  oldDoc: ScenarioDocument,
  old: ScenarioLayout,
  next: ScenarioLayout
): Carried {
  const out: Carried = { inputs: [], carried: [], dropped: [], itemKeys: [], apply: [] };
  const taken = new Set<string>();
  const cellKey = (i: ScenarioInput) =>
    `${i.clauseId}|${i.param}|${i.row ?? 1}|${i.year}|${i.item ?? ""}`;
  // The input's place: its clause, parameter and item row (a clause's second award row has inputs of its own).
  const sameRow = (l: InputLayout, input: ScenarioInput) =>
    l.clauseId === input.clauseId && l.param === input.param && l.item === (input.row ?? 1);
  for (const input of oldDoc.inputs) {
    const byKey = next.inputs.find((l) => sameRow(l, input));
    let target = byKey;
    let by: MatchedBy = "key";
    // The label stands in for the key only where the clause is gone (renamed by a catalog update): a clause
    // still on the sheet without this row (an item row removed) drops the input rather than guess another row.
    if (!target && !next.inputs.some((l) => l.clauseId === input.clauseId)) {
      const oldRow = old.inputs.find((l) => sameRow(l, input));
      const label = oldRow && labelOf(oldRow, input.item);
      // A label names one row only if no other row of the new sheet has it.
      const same = label ? next.inputs.filter((l) => l.labels.includes(label)) : [];
      if (same.length === 1) [target, by] = [same[0], "label"];
    }
    if (!target) {
      out.dropped.push({ input, reason: "noRow" });
      continue;
    }
    const placed = placeOn(target, input, next);
    if (placed === "year") {
      out.dropped.push({ input, reason: "year" });
      continue;
    }
    // Two old inputs landing on one cell (a label match onto a row whose own key is typed): the key wins.
    if (taken.has(cellKey(placed))) {
      out.dropped.push({ input, reason: "taken" });
      continue;
    }
    taken.add(cellKey(placed));
    out.inputs.push(placed);
    out.carried.push({ from: input, to: placed, by });
  }
  const awards = new Set(next.awards.map((a) => `${a.clauseId}#${a.item}`));
  out.itemKeys = (oldDoc.itemKeys ?? []).filter((k) => awards.has(`${k.clauseId}#${k.row ?? 1}`));
  const years = new Set(next.years);
  const documents = new Set(next.documents.map((d) => d.id as string));
  out.apply = (oldDoc.apply ?? []).filter((a) => documents.has(a.document) && years.has(a.year));
  return out;
}

/**
 * The scenario sheet of `doc` for `sheetName` in `formulas`, its inputs filled: scenarioDocumentPlans
 * fills the native sheet; the cells it changed are set at the same places of this one (the layout does not
 * depend on the formulas or the sheet's name).
 */
export function filledPlan(
  doc: ScenarioDocument,
  sheetName: string,
  formulas: FormulaMode
): ScenarioSheet {
  const blank = generateScenario(doc.profile, { formulas: "native" }).plan.cells;
  const filled = scenarioDocumentPlans(doc).plans[0].cells;
  const typed = new Map<string, SheetPlan["cells"][number]["value"]>();
  filled.forEach((c, i) => {
    if (c.value !== blank[i].value) typed.set(`${c.row} ${c.col}`, c.value);
  });
  const target = generateScenario(doc.profile, { sheetName, formulas });
  const cells = target.plan.cells.map((c) =>
    typed.has(`${c.row} ${c.col}`) ? { ...c, value: typed.get(`${c.row} ${c.col}`) } : c
  );
  return { ...target, plan: { ...target.plan, cells } };
}

/** A computed cell as the diff shows it: a number, an error code or text, or null for a blank. */
export type AwardValue = number | string | null;

export interface AwardChange {
  /** The clause of an award row; undefined for the yearly stacked total. */
  clauseId?: string;
  /** The clause's item row, where it has more than one (profile.itemRows): 2 for its second award row. */
  item?: number;
  year: number;
  /** The cell on the old sheet (A1) and on the new one; undefined where the row is only on one side. */
  oldCell?: string;
  newCell?: string;
  old: AwardValue | undefined;
  new: AwardValue | undefined;
  /** new − old, rounded to the fen, where both are numbers. */
  change?: number;
}

const fen = (x: number) => Math.round(x * 100) / 100;

/** A sheet's award rows and stacked total per year, with a reader of its computed values. */
export interface AwardSide {
  layout: ScenarioLayout;
  valueAt: (row: number, col: number) => AwardValue;
}

/**
 * Every award cell and yearly stacked total of either sheet, old against new: unchanged ones included
 * (`changed` picks the rest), award rows in the new sheet's order, then those only the old sheet had.
 */
export function awardDiff(old: AwardSide, next: AwardSide): AwardChange[] {
  const years = [...new Set([...old.layout.years, ...next.layout.years])].sort((a, b) => a - b);
  const colOf = (l: ScenarioLayout, y: number) =>
    l.years.includes(y) ? l.firstYearCol + y - l.years[0] : undefined;
  // An award row is its clause and item row: a clause's second row is compared with the other sheet's second.
  type AwardKey = { clauseId: string; item: number } | undefined;
  const same = (a: { clauseId: string; item: number }, k: NonNullable<AwardKey>) =>
    a.clauseId === k.clauseId && a.item === k.item;
  const rowOf = (l: ScenarioLayout, k: AwardKey) =>
    k === undefined ? l.stackRow : l.awards.find((a) => same(a, k))?.row;
  const keys: AwardKey[] = [
    ...next.layout.awards.map(({ clauseId, item }) => ({ clauseId, item })),
    ...old.layout.awards
      .filter((o) => !next.layout.awards.some((a) => same(a, o)))
      .map(({ clauseId, item }) => ({ clauseId, item })),
  ];
  const out: AwardChange[] = [];
  for (const key of [...keys, undefined])
    for (const year of years) {
      const read = (side: AwardSide) => {
        const row = rowOf(side.layout, key);
        const col = colOf(side.layout, year);
        return row === undefined || col === undefined
          ? undefined
          : { cell: cellName(row, col), value: side.valueAt(row, col) };
      };
      const o = read(old);
      const n = read(next);
      if (!o && !n) continue;
      const change =
        typeof o?.value === "number" && typeof n?.value === "number"
          ? fen(n.value - o.value)
          : undefined;
      out.push({
        ...(key !== undefined ? { clauseId: key.clauseId } : {}),
        ...(key !== undefined && key.item > 1 ? { item: key.item } : {}),
        year,
        oldCell: o?.cell,
        newCell: n?.cell,
        old: o?.value,
        new: n?.value,
        ...(change !== undefined ? { change } : {}),
      });
    }
  return out;
}

/** Whether a row of the diff changes: a different number, a value appearing or going, or an error changing. */
export const changed = (c: AwardChange): boolean =>
  c.change !== undefined ? c.change !== 0 : (c.old ?? null) !== (c.new ?? null);
