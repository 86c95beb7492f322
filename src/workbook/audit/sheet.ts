/**
 * The audit report: a second sheet for a generated scenario that lists, with formulas referring to the
 * scenario sheet (nothing typed twice), block by block: the policy references (title, number, status,
 * validity window, stacking rule) and the in-force and apply values per year (references-block.ts); every
 * input, and every clause applied with its verbatim quote (inputs-block.ts); the awards before and after
 * stacking with the stacking decision per year, and the binding cap per year (awards-block.ts); the
 * calculation steps (SUBSIDY.EXPLAIN) of every clause and year (steps-block.ts); the legend.
 *
 * Every reference to the scenario sheet is one of its worksheet-scoped defined names ('Scenario'!s_…),
 * never an address remembered from when it was generated: rows the user inserted there since are fine.
 */
import { Cells } from "../cells";
import type { ScenarioSheet } from "../scenario/layout";
import { lines, t } from "../strings";
import { writeAwards } from "./awards-block";
import { A_FIRST_YEAR, A_LABEL, type AuditContext } from "./context";
import { writeClauses, writeInputs } from "./inputs-block";
import type { AuditSheet } from "./layout";
import { writeApplied, writeReferences } from "./references-block";
import { writeSteps } from "./steps-block";

/** The title and the subtitle naming the scenario sheet and its years; returns the first block's row. */
function writeTitle({ L, out, profile, sc }: AuditContext): number {
  out.put(0, A_LABEL, { value: t("auditTitle", L, { company: profile.company }), style: "title" });
  out.put(1, A_LABEL, {
    value: t("auditSubtitle", L, {
      sheet: sc.sheetName,
      first: profile.firstYear,
      last: profile.lastYear,
    }),
    style: "subtitle",
  });
  return 3;
}

export function generateAudit(scenario: ScenarioSheet): AuditSheet {
  const { profile, layout: sc } = scenario;
  const ctx: AuditContext = { profile, sc, L: profile.locale, years: sc.years, out: new Cells() };
  const sheetName = t("auditSheet", ctx.L);
  let row = writeTitle(ctx);
  row = writeApplied(ctx, writeReferences(ctx, row));
  row = writeClauses(ctx, writeInputs(ctx, row));
  const awards = writeAwards(ctx, row);
  const steps = writeSteps(ctx, awards.row, awards.rows.bindingRow);
  row = steps.row;

  const legend = lines("legendAudit", ctx.L);
  ctx.out.put(row++, A_LABEL, { value: t("sectionLegend", ctx.L), style: "section" });
  legend.forEach((line) => ctx.out.put(row++, A_LABEL, { value: line, style: "note" }));

  const { decisionRow, bindingRow, rawRow, countedRow, stackRow } = awards.rows;
  return {
    plan: {
      sheetName,
      cells: ctx.out.cells,
      freezeRows: 2,
      // B, D, F… hold EXPLAIN labels (wide), C, E, G… its amounts.
      columnWidths: [
        44,
        ...Array.from(
          { length: Math.max(2 * sc.years.length, A_FIRST_YEAR - 1 + sc.years.length) },
          (_, k) => (k % 2 === 0 ? 36 : 16)
        ),
      ],
      legend,
      warnings: [],
    },
    layout: {
      sheetName,
      decisionRow,
      bindingRow,
      rawRow,
      countedRow,
      explainAt: steps.explainAt,
      stackRow,
    },
  };
}
