/**
 * SUBSIDY.IN_FORCE(policy, date): whether a policy is in force on a date (spec §3.6). `policy` is a
 * document id, a clause id or a function name; `date` an Excel date serial or ISO text (YYYY-MM-DD).
 * TRUE inside the window (both ends inclusive), FALSE outside, #N/A with a message where the window is
 * unknown or the document is a draft not in force.
 */
import { coerceDate } from "../engine/dates";
import { naError, valueError } from "../engine/errors";
import { isBlank } from "../engine/validate";
import { documents, findClause, findDocument } from "../policies";
import { inForceOn } from "../rules/windows";
import type { SheetFunction } from "./types";

/** The ids of the list of documents, as the messages and the help name them. */
const documentIds = documents.map((d) => d.id);

/** The document a policy reference names, or #VALUE! naming `policy`. */
export function documentOf(raw: unknown): string {
  let v = raw;
  while (Array.isArray(v) && v.length === 1) v = v[0];
  if (isBlank(v)) throw valueError("policy is required", "policy");
  const doc = findDocument(v)?.id ?? findClause(v)?.document;
  if (!doc) {
    throw valueError(
      `policy must be a document id (${documentIds.join(", ")}), a clause id (e.g. HLJ-ROBOT-01) or a function name (e.g. HLJ_RD_SUBSIDY)`,
      "policy"
    );
  }
  return doc;
}

/** IN_FORCE as Excel calls it: TRUE / FALSE, or throws #N/A / #VALUE!. */
export function inForce(policy: unknown, date: unknown): boolean {
  const doc = documentOf(policy);
  const iso = coerceDate(date, "date");
  const answer = inForceOn(doc, iso);
  if ("unknown" in answer) throw naError(answer.unknown);
  return answer.inForce;
}

export const inForceSheetFunction: SheetFunction = {
  name: "IN_FORCE",
  params: [
    {
      name: "policy",
      label: { en: "Document or clause", zh: "文件或条款编号" },
      optional: false,
    },
    {
      name: "date",
      label: { en: "Date", zh: "日期" },
      optional: false,
    },
  ],
  result: { type: "boolean", dimensionality: "scalar" },
  invoke: (args) => inForce(args[0], args[1]),
  helpAnchor: "IN_FORCE",
};
