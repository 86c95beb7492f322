/**
 * Looks up what a cell names: a document id, a clause id or a clause function name. Case-insensitive and
 * trimmed; a function name may carry the SUBSIDY. prefix. Built once, O(1) per lookup (STACK may resolve
 * 100,000 ids in one call).
 */
import type { Clause, DocumentId } from "../catalog/types";
import { clauses, documentById, functionByName } from "../policies";

const clauseByUpperId = new Map<string, Clause>(clauses.map((c) => [c.id.toUpperCase(), c]));

/** The key a reference is looked up by: trimmed, upper case, without the SUBSIDY. prefix. */
export function refKey(v: unknown): string {
  return typeof v === "string"
    ? v
        .trim()
        .toUpperCase()
        .replace(/^SUBSIDY\./, "")
    : "";
}

/** A document id (HLJ-ROBOT, HZ-HUMANOID, SD-ROBOT, HLJ-AI, BJ-ROBOT), or undefined. */
export function findDocument(v: unknown): DocumentId | undefined {
  const key = refKey(v) as DocumentId;
  return documentById.has(key) ? key : undefined;
}

/** A clause by its id ("HLJ-ROBOT-02a", any case) or by its function's name ("HLJ_RD_SUBSIDY"), or undefined. */
export function findClause(v: unknown): Clause | undefined {
  const key = refKey(v);
  if (!key) return undefined;
  return clauseByUpperId.get(key) ?? functionByName.get(key)?.clause;
}
