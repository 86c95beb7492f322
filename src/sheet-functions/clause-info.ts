/**
 * SUBSIDY.CLAUSE(id, field): a fact about a clause from the catalog, so a sheet can cite its source
 * next to the number: the quote, the English summary, the number as written, the document and its
 * Chinese title, the category, the departments, the function, the document's status, and its effective
 * and expiry dates as Excel date serials (#N/A with a message where the register knows no date).
 */
import type { Clause } from "../catalog/types";
import { isoToSerial } from "../engine/dates";
import { naError, valueError } from "../engine/errors";
import { isBlank } from "../engine/validate";
import { joinQuotes } from "../format/quotes";
import { documentById } from "../policies";
import { findClause } from "../policies";
import type { SheetFunction } from "./types";

/** The fields CLAUSE knows, in the order its error message lists them. */
export const CLAUSE_FIELDS = [
  "quote",
  "summary",
  "number",
  "document",
  "title",
  "category",
  "departments",
  "function",
  "status",
  "effective",
  "expiry",
] as const;
export type ClauseField = (typeof CLAUSE_FIELDS)[number];

function single(raw: unknown): unknown {
  let v = raw;
  while (Array.isArray(v) && v.length === 1) v = v[0];
  return v;
}

function registerSerial(c: Clause, which: "effective" | "expiry"): number {
  const date = documentById.get(c.document)?.[which].date;
  const serial = date === undefined ? undefined : isoToSerial(date);
  if (serial === undefined)
    throw naError(which === "expiry" ? "no expiry stated" : "no effective date stated");
  return serial;
}

/** CLAUSE as Excel calls it. */
export function clauseInfo(rawId: unknown, rawField: unknown): string | number {
  const id = single(rawId);
  if (isBlank(id)) throw valueError("id is required", "id");
  const clause = findClause(id);
  const fieldText = single(rawField);
  const field = (
    typeof fieldText === "string" ? fieldText.trim().toLowerCase() : ""
  ) as ClauseField;
  const fieldsMessage = `field must be one of: ${CLAUSE_FIELDS.join(", ")}`;
  if (!clause)
    throw valueError(
      `id must be a clause id (e.g. HLJ-ROBOT-01) or a function name; ${fieldsMessage}`,
      "id"
    );
  if (!CLAUSE_FIELDS.includes(field)) throw valueError(fieldsMessage, "field");
  const doc = documentById.get(clause.document)!;
  switch (field) {
    case "quote":
      return joinQuotes(clause.quotes);
    case "summary":
      return clause.summary.en;
    case "number":
      return clause.numberAsWritten;
    case "document":
      return clause.document;
    case "title":
      return doc.title.zh;
    case "category":
      return clause.category;
    case "departments":
      return clause.departments;
    case "function":
      if (!clause.fn) throw naError(`${clause.id} is qualitative: no function`);
      return clause.fn.name;
    case "status":
      return doc.status;
    case "effective":
    case "expiry":
      return registerSerial(clause, field);
  }
}

export const clauseInfoSheetFunction: SheetFunction = {
  name: "CLAUSE",
  params: [
    {
      name: "id",
      label: { en: "Clause id", zh: "条款编号" },
      optional: false,
    },
    {
      name: "field",
      label: { en: "Field", zh: "所需信息" },
      optional: false,
    },
  ],
  result: { type: "any", dimensionality: "scalar" },
  invoke: (args) => clauseInfo(args[0], args[1]),
  helpAnchor: "CLAUSE",
};
