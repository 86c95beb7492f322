/**
 * The audit's policy blocks: the references (title, number, status, validity window, stacking rule of
 * each document) and, per year, the in-force and apply values the scenario sheet used.
 */
import { formulaLiteral } from "../../format/formula-literal";
import { documentById } from "../../policies";
import { inForceOn, windows } from "../../rules/windows";
import { t } from "../strings";
import {
  A_CLAUSE,
  A_EXTRA,
  A_LABEL,
  type AuditContext,
  section,
  sref,
  yearCol,
  yearHeader,
} from "./context";

const REFERENCE_HEADERS = [
  "colDocument",
  "colTitle",
  "colDocNumber",
  "colStatus",
  "colWindow",
  "colStackingRule",
] as const;

/** The policy references from `row`; returns the next free row. */
export function writeReferences(ctx: AuditContext, row: number): number {
  const { L, out } = ctx;
  section(ctx, row++, "sectionReferences");
  REFERENCE_HEADERS.forEach((h, k) => out.put(row, k, { value: t(h, L), style: "header" }));
  row++;
  for (const d of ctx.sc.documents) {
    const doc = documentById.get(d.id)!;
    const values = [
      d.id,
      doc.title.zh,
      doc.number ?? t("noneStated", L),
      t(doc.status === "draft" ? "statusDraft" : "statusFinal", L),
      windows[d.id].basis,
      doc.stackingRule ?? t("noneStated", L),
    ];
    values.forEach((v, k) => out.put(row, k, { value: v, style: k === 0 ? "citation" : "note" }));
    row++;
  }
  return row + 1;
}

/** The in-force and apply rows of every document from `row`; returns the next free row. */
export function writeApplied(ctx: AuditContext, row: number): number {
  const { L, out, years } = ctx;
  section(ctx, row++, "sectionApplied");
  yearHeader(ctx, row++);
  for (const d of ctx.sc.documents) {
    for (const [names, key] of [
      [d.inForceNames, "inForceRow"],
      [d.applyNames, "applyRow"],
    ] as const) {
      out.put(row, A_LABEL, { value: t(key, L, { doc: d.id }), style: "label" });
      out.put(row, A_CLAUSE, { value: d.id, style: "citation" });
      years.forEach((y, yi) => {
        // IN_FORCE's #N/A is shown as its message (the report reads as text, not as an error).
        const answer = inForceOn(d.id, `${y}-12-31`);
        const cell = sref(ctx, names[yi]);
        // IFNA is not native: there a known answer is TRUE or FALSE, anything else the message.
        const known = ctx.native ? `IF(ISLOGICAL(${cell}),${cell},` : `IFNA(${cell},`;
        const formula =
          key === "inForceRow" && "unknown" in answer
            ? `=${known}${formulaLiteral(answer.unknown)})`
            : `=${cell}`;
        out.put(row, yearCol(yi), { formula, style: "formula" });
      });
      if (key === "applyRow" && d.assumed.some((a) => a !== null))
        out.put(row, A_EXTRA, { value: t("assumption", L), style: "assumption" });
      row++;
    }
  }
  return row + 1;
}
