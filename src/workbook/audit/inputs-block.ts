/** The audit's record of what went in: every input of the scenario sheet, and every clause applied with its quote. */
import { joinQuotes } from "../../format/quotes";
import { clauseById } from "../../policies";
import { awardKey } from "../scenario/layout";
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

const CLAUSE_HEADERS = [
  "colClause",
  "colFunction",
  "colDocument",
  "colNumber",
  "colGroup",
  "colQuote",
  "colSummary",
] as const;

/** Every input row, mirrored (a blank stays blank), from `row`; returns the next free row. */
export function writeInputs(ctx: AuditContext, row: number): number {
  const { L, out, profile } = ctx;
  section(ctx, row++, "sectionInputs");
  yearHeader(ctx, row++, t("colHistory", L, { first: profile.firstYear }));
  // ISBLANK is not native; an input cell holds a value, never a formula's "", so both tests agree.
  const blank = (cell: string) => (ctx.native ? `${cell}=""` : `ISBLANK(${cell})`);
  const mirror = (name: string) => `=IF(${blank(sref(ctx, name))},"",${sref(ctx, name)})`;
  for (const inp of ctx.sc.inputs) {
    for (let k = 0; k < inp.rows; k++) {
      out.put(row, A_LABEL, { value: inp.labels[k], style: "label" });
      out.put(row, A_CLAUSE, { value: awardKey(inp), style: "citation" });
      // The history column (scalar inputs only); item k of a range input is a name of its own.
      if (inp.beforeName)
        out.put(row, A_EXTRA, { formula: mirror(inp.beforeName), style: "formula" });
      const perYear = inp.itemNames ? inp.itemNames[k] : inp.names;
      perYear.forEach((name, yi) =>
        out.put(row, yearCol(yi), { formula: mirror(name), style: "formula" })
      );
      row++;
    }
  }
  return row + 1;
}

/** Every clause applied: id, function, document, number, group, verbatim quote, summary. */
export function writeClauses(ctx: AuditContext, row: number): number {
  const { L, out } = ctx;
  section(ctx, row++, "sectionClauses");
  CLAUSE_HEADERS.forEach((h, k) => out.put(row, k, { value: t(h, L), style: "header" }));
  row++;
  // A clause with several item rows is cited once.
  for (const a of ctx.sc.awards.filter((x) => x.item === 1)) {
    const c = clauseById.get(a.clauseId)!;
    const values = [
      c.id,
      a.fn,
      c.document,
      c.numberAsWritten,
      a.group ?? "",
      joinQuotes(c.quotes),
      c.summary[L],
    ];
    values.forEach((v, k) => out.put(row, k, { value: v, style: k === 0 ? "citation" : "note" }));
    row++;
  }
  return row + 1;
}
