/**
 * Validity windows for IN_FORCE (spec §3.6, Revision 1), keyed by document id. Both ends are inclusive.
 * Dates the document register states (src/policies/<doc>/document.ts) are read from it, so a date lives
 * in one place; this module adds only what §3.6 decides on top of the register: Beijing's assumed end
 * and the #N/A answers where the window is unknown or the document is a draft.
 */
import type { DocumentId, PolicyDocument } from "../catalog/types";
import { documentById } from "../policies";

/** What IN_FORCE answers for a date: inside / outside the window, or #N/A with a message. */
export type InForceAnswer = { inForce: boolean } | { unknown: string };

export interface ValidityWindow {
  document: DocumentId;
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

function registerDate(doc: DocumentId, which: "effective" | "expiry"): string {
  const d: PolicyDocument | undefined = documentById.get(doc);
  const date = d?.[which].date;
  if (!date) throw new Error(`windows: the register gives no ${which} date for ${doc}`);
  return date;
}

/** Spec §3.6, row by row. */
export const windows: Record<DocumentId, ValidityWindow> = {
  "HLJ-ROBOT": {
    document: "HLJ-ROBOT",
    from: registerDate("HLJ-ROBOT", "effective"),
    to: registerDate("HLJ-ROBOT", "expiry"),
    afterTo: false,
    basis:
      "§3.6: 2026-04-17 (「本政策自印发之日起实施」) … 2028-12-31 (「有效期至2028年12月31日」)",
  },
  "HZ-HUMANOID": {
    document: "HZ-HUMANOID",
    from: registerDate("HZ-HUMANOID", "effective"),
    to: registerDate("HZ-HUMANOID", "expiry"),
    afterTo: false,
    basis: "§3.6: 2025-01-22 (施行, not the 2024-12-20 signing date) … 2027-12-31",
  },
  "BJ-ROBOT": {
    document: "BJ-ROBOT",
    from: registerDate("BJ-ROBOT", "effective"),
    // §3.6: no term stated; treated as in force to the end of the same bureau's companion
    // 北京市机器人产业创新发展行动方案（2023—2025年）, unknown after that.
    to: "2025-12-31",
    afterTo: { unknown: "BJ-ROBOT states no term; confirm the measures still apply" },
    basis:
      "§3.6: 2023-08-16 (inferred from 「现予以印发，请遵照执行」) … 2025-12-31 (end of the companion 2023—2025 action plan); unknown after",
  },
  "HLJ-AI": {
    document: "HLJ-AI",
    afterTo: false,
    unknown: "HLJ-AI gives no issue date, so its window is unknown",
    basis: "§3.6: issue date unknown, 3 years (「有效期3年」)",
  },
  "SD-ROBOT": {
    document: "SD-ROBOT",
    afterTo: false,
    unknown: "SD-ROBOT is a draft for comment (征求意见稿), not in force",
    basis: "§3.6: draft for comment, not in force",
  },
};

/** IN_FORCE's answer for a document on an ISO date (spec §3.6). */
export function inForceOn(doc: DocumentId, isoDate: string): InForceAnswer {
  const w = windows[doc];
  if (w.unknown !== undefined) return { unknown: w.unknown };
  if (w.from !== undefined && isoDate < w.from) return { inForce: false };
  if (w.to !== undefined && isoDate > w.to)
    return w.afterTo === false ? { inForce: false } : w.afterTo;
  return { inForce: true };
}
