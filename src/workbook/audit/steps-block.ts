/**
 * The audit's calculation steps: one SUBSIDY.EXPLAIN block per clause and year, side by side, and the
 * binding cap per year read from each block with XLOOKUP's wildcard mode ("*[binding]*", the marker
 * EXPLAIN puts on the last cap that bound). Each block reserves explainRowBound rows, so a spill never
 * runs into the next block.
 */
import { range } from "../../format/a1";
import { formulaLiteral } from "../../format/formula-literal";
import { YUAN_FORMAT } from "../../format/number-formats";
import { type AwardLayout, awardKey } from "../scenario/layout";
import { t } from "../strings";
import { type AuditContext, section, sref, yearCol } from "./context";

/** Top-left of each EXPLAIN block: by clause id, one per year. */
export type ExplainAt = Record<string, { row: number; col: number }[]>;

/**
 * An upper bound on EXPLAIN's row count, for hosts that must size a spill before evaluating it
 * (HyperFormula): a fixed allowance for the longest formula (tiers) plus four steps per cell of a range
 * argument (value, threshold, rate, per-unit cap). A test checks it against every worked example.
 */
export function explainRowBound(rangeCells: number): number {
  return 24 + 4 * rangeCells;
}

/** The steps from `row`, filling each award's binding-cap row; returns the blocks' positions and the next free row. */
export function writeSteps(
  ctx: AuditContext,
  row: number,
  bindingRow: Record<string, number>
): { explainAt: ExplainAt; row: number } {
  section(ctx, row++, "sectionSteps");
  const explainAt: ExplainAt = {};
  for (const a of ctx.sc.awards) {
    const rangeCells = ctx.sc.inputs
      .filter((i) => i.clauseId === a.clauseId && i.item === a.item && i.rows > 1)
      .reduce((n, i) => n + i.rows, 0);
    const height = explainRowBound(rangeCells);
    explainAt[awardKey(a)] = ctx.years.map((_, yi) =>
      writeExplainBlock(ctx, a, yi, { row, height, bindingRow: bindingRow[awardKey(a)] })
    );
    row += 1 + height + 1;
  }
  return { explainAt, row };
}

/** One EXPLAIN block (a header, the spill, its amounts formatted) and the binding cap it gives that year. */
function writeExplainBlock(
  ctx: AuditContext,
  a: AwardLayout,
  yi: number,
  at: { row: number; height: number; bindingRow: number }
): { row: number; col: number } {
  const { L, out } = ctx;
  const { row, height } = at;
  const col = 1 + 2 * yi;
  out.put(row, col, {
    value: t("stepsFor", L, { id: awardKey(a), fn: a.fn, year: ctx.years[yi] }),
    style: "header",
  });
  out.put(row + 1, col, {
    formula: `=SUBSIDY.EXPLAIN(${formulaLiteral(a.fn)},${a.qualifiedArgs[yi].join(",")})`,
    style: "formula",
  });
  for (let k = 0; k < height; k++) out.put(row + 1 + k, col + 1, { format: YUAN_FORMAT });
  const labels = range(row + 1, col, row + height, col, { row: true, col: true });
  const apply = ctx.sc.documents.find((d) => d.id === a.document)!.applyNames[yi];
  out.put(at.bindingRow, yearCol(yi), {
    formula: `=IF(${sref(ctx, apply)},XLOOKUP("*[binding]*",${labels},${labels},${formulaLiteral(t("none", L))},2),${formulaLiteral(t("notApplied", L))})`,
    style: "formula",
  });
  return { row: row + 1, col };
}
