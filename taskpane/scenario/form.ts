/**
 * The scenario form's logic, without React: which clauses a location lists and which the sectors tick
 * (both from src/workbook/scenario/profile.ts, so the mapping lives there only), the validity of each document
 * per model year (src/rules/windows.ts, IN_FORCE's logic), the overlap groups a clause belongs to,
 * and the profile the generator takes.
 */
import { type Clause, clauses } from "../../src";
import {
  type DocId,
  LOCATION_DOCUMENTS,
  type Location,
  MAX_ITEM_ROWS,
  MAX_YEARS,
  type OverlapGroup,
  type PolicyDocument,
  type ScenarioProfile,
  type Sector,
  type Text,
  checkProfile,
  documentById,
  groupByClauseId,
  inForceOn,
  locations,
  sectors,
  select,
  windows,
} from "../../src";
import { type Locale, textLanguage } from "../i18n/locale";

/** The picker's locations and sectors, in catalog order, from the document records. */
export const LOCATIONS = locations.map((l) => l.code) as Location[];
export const SECTORS = sectors.map((s) => s.code) as Sector[];

const locationLabels = new Map<string, Text>(locations.map((l) => [l.code, l.label]));
const sectorLabels = new Map<string, Text>(sectors.map((s) => [s.code, s.label]));

/** How the picker names a location (the document records' label). */
export function locationLabel(code: Location): Text {
  return locationLabels.get(code)!;
}

/** How the picker names a sector (the sector records' label). */
export function sectorLabel(code: Sector): Text {
  return sectorLabels.get(code)!;
}
export { MAX_ITEM_ROWS, MAX_YEARS };

export interface ScenarioForm {
  company: string;
  location: Location;
  sectors: Sector[];
  /** As typed. */
  firstYear: string;
  lastYear: string;
  /** Ticked clause ids. */
  ticked: string[];
  /** Item rows per clause id beyond the default one ("Add item row"): absent = 1. */
  itemRows: Record<string, number>;
}

/** The documents a location lists, each with its clauses that have a function, in catalog order. */
export function listedDocuments(
  location: Location
): { document: PolicyDocument; clauses: Clause[] }[] {
  return LOCATION_DOCUMENTS[location].map((id) => ({
    document: documentById.get(id)!,
    clauses: clauses.filter((c) => c.fn && c.document === id),
  }));
}

/** The clauses the sectors tick by default at a location (profile.ts `select` without a clause list). */
export function defaultTicks(location: Location, sectors: Sector[]): string[] {
  return select({
    company: "",
    location,
    sectors,
    firstYear: 2000,
    lastYear: 2000,
    locale: "en",
  }).clauses.map((c) => c.id);
}

export function initialForm(): ScenarioForm {
  const location: Location = "HEILONGJIANG";
  const sectors: Sector[] = ["ROBOTS"];
  return {
    company: "",
    location,
    sectors,
    firstYear: "2026",
    lastYear: "2028",
    ticked: defaultTicks(location, sectors),
    itemRows: {},
  };
}

/** A changed location or set of sectors ticks that combination's defaults afresh. */
export function withLocation(form: ScenarioForm, location: Location): ScenarioForm {
  return { ...form, location, ticked: defaultTicks(location, form.sectors), itemRows: {} };
}

export function withSectors(form: ScenarioForm, sectors: Sector[]): ScenarioForm {
  const ordered = SECTORS.filter((s) => sectors.includes(s));
  return {
    ...form,
    sectors: ordered,
    ticked: defaultTicks(form.location, ordered),
    itemRows: {},
  };
}

/**
 * The model years, or null when they are not four-digit years the generator takes (whole years running
 * forward over at most MAX_YEARS): the rule is checkProfile's, asked with the form's own location and
 * sectors, so the pane and the generator cannot disagree.
 */
export function parseYears(form: ScenarioForm): { first: number; last: number } | null {
  const read = (s: string) => (/^\s*\d{4}\s*$/.test(s) ? Number(s) : NaN);
  const first = read(form.firstYear);
  const last = read(form.lastYear);
  if (!Number.isInteger(first) || !Number.isInteger(last)) return null;
  const { location, sectors } = form;
  try {
    checkProfile({
      company: "",
      location,
      sectors,
      firstYear: first,
      lastYear: last,
      locale: "en",
    });
  } catch {
    return null;
  }
  return { first, last };
}

export type FormProblem = "company" | "years" | "clauses";

export function problems(form: ScenarioForm): FormProblem[] {
  const out: FormProblem[] = [];
  if (!form.company.trim()) out.push("company");
  if (!parseYears(form)) out.push("years");
  if (form.ticked.length === 0) out.push("clauses");
  return out;
}

/** The generator's profile; the ticked clauses in catalog order. Call only when `problems` is empty. */
export function toProfile(form: ScenarioForm, locale: Locale): ScenarioProfile {
  const years = parseYears(form);
  if (!years) throw new Error("invalid model years");
  const ticked = new Set(form.ticked);
  // Item rows of ticked clauses only (an unticked clause keeps its count for when it is ticked again).
  const itemRows = Object.fromEntries(
    Object.entries(form.itemRows).filter(([id, n]) => ticked.has(id) && n > 1)
  );
  return {
    company: form.company.trim(),
    location: form.location,
    sectors: form.sectors,
    firstYear: years.first,
    lastYear: years.last,
    clauses: clauses.filter((c) => ticked.has(c.id)).map((c) => c.id),
    ...(Object.keys(itemRows).length ? { itemRows } : {}),
    locale: textLanguage(locale),
  };
}

/**
 * One more (`delta` 1) or one fewer (-1) item row for a clause: its own award row, inputs and item key
 * on the sheet (profile.itemRows), between 1 and MAX_ITEM_ROWS.
 */
export function withItemRows(form: ScenarioForm, clauseId: string, delta: 1 | -1): ScenarioForm {
  const n = Math.min(MAX_ITEM_ROWS, Math.max(1, (form.itemRows[clauseId] ?? 1) + delta));
  const itemRows = { ...form.itemRows };
  if (n === 1) delete itemRows[clauseId];
  else itemRows[clauseId] = n;
  return { ...form, itemRows };
}

/** A document's validity window, as IN_FORCE reads it. */
export type WindowInfo =
  | { kind: "range"; from: string; to: string }
  | { kind: "assumedEnd"; from: string; to: string }
  | { kind: "unknown" }
  | { kind: "draft" };

export function windowOf(id: DocId): WindowInfo {
  const w = windows[id];
  if (w.unknown !== undefined)
    return documentById.get(id)!.status === "draft" ? { kind: "draft" } : { kind: "unknown" };
  if (w.afterTo !== false) return { kind: "assumedEnd", from: w.from ?? "", to: w.to ?? "" };
  return { kind: "range", from: w.from ?? "", to: w.to ?? "" };
}

/** IN_FORCE on 31 December of a model year: in force, not, or #N/A (and what the sheet then assumes). */
export type YearStatus = "inForce" | "notInForce" | "unknown" | "draft";

export function yearStatus(id: DocId, year: number): YearStatus {
  const answer = inForceOn(id, `${year}-12-31`);
  if ("inForce" in answer) return answer.inForce ? "inForce" : "notInForce";
  return documentById.get(id)!.status === "draft" ? "draft" : "unknown";
}

/** The overlap group of a clause and its other members, if it is in one. */
export function overlapOf(clauseId: string): { group: OverlapGroup; others: string[] } | undefined {
  const group = groupByClauseId.get(clauseId);
  if (!group) return undefined;
  return { group, others: group.members.map((m) => m.clauseId).filter((id) => id !== clauseId) };
}
