/**
 * (b) The policies in force: per document and model year =SUBSIDY.IN_FORCE(doc, DATE(year,12,31)) and an
 * editable "apply" row holding that value, or, where IN_FORCE is #N/A, a literal labelled "assumption"
 * (TRUE where the window is unknown, FALSE for a draft). A native sheet writes the window itself as
 * literal dates (native-in-force.ts).
 */
import type { DocId } from "../../catalog/types";
import { formulaLiteral } from "../../format/formula-literal";
import { documentById } from "../../policies";
import { inForceOn } from "../../rules/windows";
import { definedName } from "../plan";
import { t } from "../strings";
import type { ScenarioContext } from "./context";
import { nativeInForce } from "./native-in-force";
import { COL_CLAUSE, COL_DOCUMENT, COL_LABEL, COL_NUMBER, type DocumentLayout } from "./layout";

/** The block from `row`: a section heading, then two rows per document. Returns the layouts and the next free row. */
export function writePolicies(
  ctx: ScenarioContext,
  documents: DocId[],
  row: number
): { documents: DocumentLayout[]; row: number } {
  const { L, out } = ctx;
  out.put(row++, COL_LABEL, { value: t("sectionPolicies", L), style: "section" });
  const layouts: DocumentLayout[] = [];
  for (const id of documents) {
    layouts.push(writeDocument(ctx, id, row));
    row += 2;
  }
  return { documents: layouts, row: row + 1 };
}

/** One document's in-force row (at `row`) and apply row (below it). */
function writeDocument(ctx: ScenarioContext, id: DocId, inForceRow: number): DocumentLayout {
  const { L, out, years, yearCols, yearNames } = ctx;
  const doc = documentById.get(id)!;
  const applyRow = inForceRow + 1;
  out.put(inForceRow, COL_LABEL, { value: t("inForceRow", L, { doc: id }), style: "label" });
  out.put(applyRow, COL_LABEL, { value: t("applyRow", L, { doc: id }), style: "label" });
  for (const r of [inForceRow, applyRow]) {
    out.put(r, COL_CLAUSE, { value: id, style: "citation" });
    out.put(r, COL_DOCUMENT, { value: id, style: "citation" });
  }
  if (doc.number) out.put(inForceRow, COL_NUMBER, { value: doc.number, style: "citation" });
  const assumed: DocumentLayout["assumed"] = [];
  const inForceNames: string[] = [];
  const applyNames: string[] = [];
  years.forEach((y, i) => {
    const col = yearCols[i];
    inForceNames.push(out.name(definedName(id, "in_force", y), inForceRow, col));
    applyNames.push(out.name(definedName(id, "apply", y), applyRow, col));
    if (ctx.dialect.mode === "native") {
      const { formula, note } = nativeInForce(id, y);
      out.put(inForceRow, col, { formula, style: "formula", note });
    } else
      out.put(inForceRow, col, {
        formula: `=SUBSIDY.IN_FORCE(${formulaLiteral(id)},DATE(${yearNames[i]},12,31))`,
        style: "formula",
      });
    const answer = inForceOn(id, `${y}-12-31`);
    if ("inForce" in answer) {
      assumed.push(null);
      out.put(applyRow, col, { value: answer.inForce, style: "input" });
    } else {
      const draft = doc.status === "draft";
      assumed.push(draft ? "draft" : "unknown");
      out.put(applyRow, col, {
        value: !draft,
        style: "assumption",
        note: t(draft ? "assumedDraft" : "assumedUnknown", L, { message: answer.unknown }),
      });
    }
  });
  if (assumed.some((a) => a !== null))
    out.put(applyRow, COL_NUMBER, { value: t("assumption", L), style: "assumption" });
  return { id, inForceRow, applyRow, inForceNames, applyNames, assumed };
}
