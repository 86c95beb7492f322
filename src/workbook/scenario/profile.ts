/**
 * A scenario profile and what it selects: the location picks the documents that can apply, the sectors
 * pick the default documents among them, and the ticked clauses (default: every clause function of the
 * default documents) pick the award rows.
 */
import type { Clause } from "../../catalog/types";
import {
  type DocumentId,
  type Location,
  type Sector,
  clauseById,
  clauses,
  locationDocuments,
  sectorDocuments,
} from "../../policies";
import type { Locale } from "../strings";

export type { Location, Sector } from "../../policies";

export interface ScenarioProfile {
  company: string;
  location: Location;
  sectors: Sector[];
  firstYear: number;
  lastYear: number;
  /** Ticked clause ids; default: every clause function of the documents the sectors pick. */
  clauses?: string[];
  /**
   * How many award rows (items) a selected clause gets, by clause id: two launch events, two projects, a
   * dataset a year. Default 1. Each row has its own inputs, item key and award (layout.ts `item`).
   */
  itemRows?: Record<string, number>;
  locale: Locale;
}

/** The documents a location can draw on (each document record names its location), in catalog order. */
export const LOCATION_DOCUMENTS = Object.fromEntries(locationDocuments) as Record<
  Location,
  DocumentId[]
>;

/** The documents a sector ticks by default (each document record names its sectors), in catalog order. */
export const SECTOR_DOCUMENTS = Object.fromEntries(sectorDocuments) as Record<Sector, DocumentId[]>;

/** How many years a scenario may span (a sheet column per year). */
export const MAX_YEARS = 30;

/** How many item rows one clause may have on a sheet. */
export const MAX_ITEM_ROWS = 20;

/** One award row of the sheet: a clause and which of its items (1 for the first). */
export interface ItemRow {
  clause: Clause;
  item: number;
}

export interface Selection {
  documents: DocumentId[];
  clauses: Clause[];
  /** Every award row in sheet order: each clause's item rows together, in catalog order. */
  items: ItemRow[];
  warnings: string[];
}

/** Checks a profile; throws an Error naming the first problem. */
export function checkProfile(p: ScenarioProfile): void {
  if (typeof p.company !== "string") throw new Error("profile.company must be text");
  if (!(p.location in LOCATION_DOCUMENTS))
    throw new Error(
      `profile.location must be one of: ${Object.keys(LOCATION_DOCUMENTS).join(", ")}`
    );
  for (const s of p.sectors)
    if (!(s in SECTOR_DOCUMENTS)) throw new Error(`profile.sectors: unknown sector ${String(s)}`);
  if (
    !Number.isInteger(p.firstYear) ||
    !Number.isInteger(p.lastYear) ||
    p.firstYear < 1900 ||
    p.lastYear > 9998
  ) {
    throw new Error("profile.firstYear and profile.lastYear must be whole years");
  }
  if (p.lastYear < p.firstYear || p.lastYear - p.firstYear + 1 > MAX_YEARS) {
    throw new Error(`profile years must run forward, at most ${MAX_YEARS} years`);
  }
  if (p.locale !== "en" && p.locale !== "zh")
    throw new Error('profile.locale must be "en" or "zh"');
  for (const [id, n] of Object.entries(p.itemRows ?? {}))
    if (!Number.isInteger(n) || n < 1 || n > MAX_ITEM_ROWS)
      throw new Error(`profile.itemRows.${id} must be a whole number, 1 to ${MAX_ITEM_ROWS}`);
}

/** The documents and clause rows a profile selects, in catalog order. */
export function select(p: ScenarioProfile): Selection {
  checkProfile(p);
  // Clause records name their document by the open catalog type (string): compare as strings.
  const located: readonly string[] = LOCATION_DOCUMENTS[p.location];
  const warnings: string[] = [];
  let chosen: Clause[];
  if (p.clauses) {
    const ticked = new Set<string>();
    for (const id of p.clauses) {
      const c = clauseById.get(id.trim());
      if (!c) throw new Error(`profile.clauses: unknown clause id ${id}`);
      if (!located.includes(c.document))
        throw new Error(`profile.clauses: ${c.id} (${c.document}) does not apply in ${p.location}`);
      if (!c.fn) warnings.push(`${c.id} is qualitative (no amount): no award row`);
      else ticked.add(c.id);
    }
    chosen = clauses.filter((c) => ticked.has(c.id));
  } else {
    const defaults = new Set<string>(p.sectors.flatMap((s) => SECTOR_DOCUMENTS[s]));
    chosen = clauses.filter(
      (c) => c.fn && located.includes(c.document) && defaults.has(c.document)
    );
  }
  const documents = LOCATION_DOCUMENTS[p.location].filter((d) =>
    chosen.some((c) => c.document === d)
  );
  for (const id of Object.keys(p.itemRows ?? {}))
    if (!chosen.some((c) => c.id === id))
      throw new Error(`profile.itemRows.${id}: not a selected clause with an award row`);
  const items = chosen.flatMap((clause) =>
    Array.from({ length: p.itemRows?.[clause.id] ?? 1 }, (_, k) => ({ clause, item: k + 1 }))
  );
  return { documents, clauses: chosen, items, warnings };
}
