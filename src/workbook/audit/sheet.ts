/**
 * The audit report: a second sheet for a generated scenario that lists, with formulas referring to the
 * scenario sheet (nothing typed twice), block by block: the policy references (title, number, status,
 * validity window, stacking rule) and the in-force and apply values per year (references-block.ts); every
 * input, and every clause applied with its verbatim quote (inputs-block.ts); the awards before and after
 * stacking with the stacking decision per year, and the binding cap per year (awards-block.ts); the
 * calculation steps (SUBSIDY.EXPLAIN) of every clause and year (steps-block.ts); the legend. It states the
 * add-in version and spec revision it was built with, and prints landscape, one page wide, its title rows
 * repeated on every page.
 *
 * Every reference to the scenario sheet is one of its worksheet-scoped defined names ('Scenario'!s_…),
 * never an address remembered from when it was generated: rows the user inserted there since are fine.
 */
import { Cells } from "../cells";
import type { PrintPlan } from "../plan";
import { stampText } from "../stamp";
import type { ScenarioSheet } from "../scenario/layout";
import { lines, t } from "../strings";
import { writeAwards } from "./awards-block";
import { A_FIRST_YEAR, A_LABEL, type AuditContext } from "./context";
import { writeClauses, writeInputs } from "./inputs-block";
import type { AuditSheet } from "./layout";
import { writeApplied, writeReferences } from "./references-block";
import { writeNativeSteps } from "./native-steps-block";
import { writeSteps } from "./steps-block";
import { checkNativeCells } from "../scenario/dialect";

/**
 * The title, the subtitle naming the scenario sheet and its years, and the add-in version and spec
 * revision the report was built with; returns the first block's row.
 */
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
  out.put(STAMP_ROW, A_LABEL, { value: stampText(L), style: "note" });
  return STAMP_ROW + 1;
}

/** The row stating the build; printed atop every page with the title and subtitle above it. */
const STAMP_ROW = 2;

/** Wide (EXPLAIN blocks side by side): landscape, one page wide, the title, subtitle and stamp on every page. */
const AUDIT_PRINT: PrintPlan = {
  orientation: "landscape",
  fitToWidth: true,
  repeatRows: { first: 0, count: STAMP_ROW + 1 },
};

/** The steps: EXPLAIN blocks side by side (add-in), or blocks of native step cells down the sheet. */
function writeAnySteps(ctx: AuditContext, row: number, bindingRow: Record<string, number>) {
  if (!ctx.native) return { ...writeSteps(ctx, row, bindingRow), stepsAt: {} };
  return { ...writeNativeSteps(ctx, row, bindingRow), explainAt: {} };
}

/** Column widths: B, D, F… hold EXPLAIN labels (wide), C, E, G… its amounts; a native audit's steps are in A–E. */
function widths(ctx: AuditContext): number[] {
  const columns = Math.max(2 * ctx.years.length, A_FIRST_YEAR - 1 + ctx.years.length);
  if (ctx.native) return [44, ...Array.from({ length: Math.max(columns, 4) }, () => 18)];
  return [44, ...Array.from({ length: columns }, (_, k) => (k % 2 === 0 ? 36 : 16))];
}

/**
 * The audit report of `scenario`. A native scenario (generateScenario with formulas: "native") gets a
 * native report: the same blocks, no SUBSIDY.* and only the functions of src/native/lint.ts, the steps
 * computed by the clauses' twins (native-steps-block.ts); checked here like the scenario sheet.
 */
export function generateAudit(scenario: ScenarioSheet): AuditSheet {
  const { profile, layout: sc } = scenario;
  const ctx: AuditContext = {
    profile,
    sc,
    L: profile.locale,
    years: sc.years,
    out: new Cells(),
    native: sc.formulas === "native",
  };
  const sheetName = t("auditSheet", ctx.L);
  let row = writeTitle(ctx);
  row = writeApplied(ctx, writeReferences(ctx, row));
  row = writeClauses(ctx, writeInputs(ctx, row));
  const awards = writeAwards(ctx, row);
  const steps = writeAnySteps(ctx, awards.row, awards.rows.bindingRow);
  row = steps.row;

  const legend = lines(ctx.native ? "legendAuditNative" : "legendAudit", ctx.L);
  ctx.out.put(row++, A_LABEL, { value: t("sectionLegend", ctx.L), style: "section" });
  legend.forEach((line) => ctx.out.put(row++, A_LABEL, { value: line, style: "note" }));
  if (ctx.native) checkNativeCells(sheetName, ctx.out.cells);

  const { decisionRow, bindingRow, rawRow, countedRow, stackRow } = awards.rows;
  return {
    plan: {
      sheetName,
      cells: ctx.out.cells,
      freezeRows: 2,
      columnWidths: widths(ctx),
      legend,
      warnings: [],
      print: AUDIT_PRINT,
    },
    layout: {
      sheetName,
      decisionRow,
      bindingRow,
      rawRow,
      countedRow,
      explainAt: steps.explainAt,
      stepsAt: steps.stepsAt,
      stackRow,
    },
  };
}
