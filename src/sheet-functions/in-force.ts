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
  description: {
    en: "Whether a policy is in force on a date (spec §3.6): TRUE inside its validity window (both ends inclusive), FALSE outside, #N/A where the window is unknown or the document is a draft.",
    zh: "判断政策在某日是否有效（规格§3.6）：在有效期内（含首尾两日）为TRUE，期外为FALSE；有效期未知或文件为征求意见稿时返回#N/A。",
  },
  params: [
    {
      name: "policy",
      label: { en: "Document or clause", zh: "文件或条款编号" },
      description: {
        en: `A document id (${documentIds.join(", ")}), a clause id (e.g. HLJ-ROBOT-01) or a function name (e.g. HLJ_RD_SUBSIDY); case-insensitive.`,
        zh: `文件编号（${documentIds.join("、")}）、条款编号（如HLJ-ROBOT-01）或函数名（如HLJ_RD_SUBSIDY），不区分大小写。`,
      },
      optional: false,
    },
    {
      name: "date",
      label: { en: "Date", zh: "日期" },
      description: {
        en: "The date: an Excel date (e.g. DATE(2026,12,31)) or ISO text such as 2026-12-31.",
        zh: "日期：Excel日期（如DATE(2026,12,31)）或ISO格式文本（如2026-12-31）。",
      },
      optional: false,
    },
  ],
  result: { type: "boolean", dimensionality: "scalar" },
  invoke: (args) => inForce(args[0], args[1]),
  helpAnchor: "IN_FORCE",
};
