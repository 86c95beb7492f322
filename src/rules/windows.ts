/**
 * Validity windows for IN_FORCE (spec §3.6, Revision 1), one per document. Both ends are inclusive. The
 * window is read from the document record (src/policies/<doc>/document.ts): the register's effective and
 * expiry dates, and its `validity` rule for what §3.6 decides on top of them (Beijing's assumed end, the
 * #N/A answers where the window is unknown or the document is a draft). A rule, not a sheet plan: IN_FORCE
 * (the functions runtime), the scenario and audit sheets and the pane's profile form all read it.
 */
import type { PolicyDocument } from "../catalog/types";
import { documents } from "../policies";

/** What IN_FORCE answers for a date: inside / outside the window, or #N/A with a message. */
export type InForceAnswer = { inForce: boolean } | { unknown: string };

export interface ValidityWindow {
  document: string;
  /** First day in force (inclusive), when known. */
  from?: string;
  /** Last day known to be in force (inclusive), when known. */
  to?: string;
  /** After `to`: FALSE (a stated expiry) or #N/A with this message (no term stated). */
  afterTo: false | { unknown: string };
  /** The whole window is unknown (#N/A with this message for every date). */
  unknown?: string;
  /** Why: the spec's words. */
  basis: string;
}

/** A document's window: its register dates, overridden where its validity rule says so. */
export function windowOf(d: PolicyDocument): ValidityWindow {
  const { assumedTo, afterTo, unknown, basis } = d.validity;
  if (unknown !== undefined) return { document: d.id, afterTo: false, unknown, basis };
  const from = d.effective.date;
  const to = assumedTo ?? d.expiry.date;
  if (!from) throw new Error(`windows: the register gives no effective date for ${d.id}`);
  if (!to) throw new Error(`windows: ${d.id} has neither an expiry date nor an assumed end`);
  return { document: d.id, from, to, afterTo: afterTo ?? false, basis };
}

/** Every document's window, by document id. */
export const windows: Readonly<Record<string, ValidityWindow>> = Object.fromEntries(
  documents.map((d) => [d.id, windowOf(d)])
);

/** IN_FORCE's answer for a document on an ISO date (spec §3.6). */
export function inForceOn(doc: string, isoDate: string): InForceAnswer {
  const w = windows[doc];
  if (!w) throw new Error(`windows: no document ${doc}`);
  if (w.unknown !== undefined) return { unknown: w.unknown };
  if (w.from !== undefined && isoDate < w.from) return { inForce: false };
  if (w.to !== undefined && isoDate > w.to)
    return w.afterTo === false ? { inForce: false } : w.afterTo;
  return { inForce: true };
}
