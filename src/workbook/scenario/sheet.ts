/**
 * The scenario sheet generator (issue #5): a profile → a host-independent SheetPlan, written as a list of
 * blocks from the top:
 *  - the title and the frozen column headers, then (a) the profile (profile-block.ts);
 *  - (b) the policies in force per document and year, with editable "apply" rows (policies-block.ts);
 *  - (c) the assumptions: one row per input the ticked clauses need, one column per year (inputs-block.ts);
 *  - (d) the awards table: one row per clause item row (profile.itemRows; each with its own inputs and
 *    item key), =IF(apply, SUBSIDY.<NAME>(…), 0) per year, a "missing: …" flag, wired across
 *    years without a circular reference (awards-block.ts, arguments.ts) and paid once where the clause
 *    says so (rules/one-time.ts);
 *  - (e) per year the stacked total (STACK), the counted rows (STACK_ROWS) and the in-kind values apart,
 *    then the legend (totals-block.ts);
 *  - (f) the counted totals by document and the chart of them, beside the stacking block (chart-block.ts).
 * The row under the headers states the add-in version and spec revision (stamp.ts); the plan prints
 * landscape, one page wide, its title and headers on every page.
 *
 * References: at creation every input, award, counted amount, apply and year cell gets a worksheet-scoped
 * defined name (plan.names, e.g. s_HLJ_ROBOT_02a_award_2026), and every formula that reads another row
 * refers to names, as does the audit report: a row the user inserts later moves with what it names.
 */
import type { Language } from "../../format/locale";
import { Cells } from "../cells";
import type { PrintPlan, SheetPlan } from "../plan";
import { stampText } from "../stamp";
import { t } from "../strings";
import { nameAwards, writeAwards, writeAwardsHeader } from "./awards-block";
import type { ScenarioContext } from "./context";
import { type Dialect, type FormulaMode, checkNativeCells, dialectOf } from "./dialect";
import { chartPlan, writeChartData } from "./chart-block";
import { writeInputs } from "./inputs-block";
import { COL_FIRST_YEAR, COL_HISTORY, COL_LABEL, HEADER_ROW, type ScenarioSheet } from "./layout";
import { writePolicies } from "./policies-block";
import { type ScenarioProfile, select } from "./profile";
import { writeHeader, writeProfile } from "./profile-block";
import { writeLegend, writeTotals } from "./totals-block";

export interface ScenarioOptions {
  /**
   * The name of the sheet the plan will be written to (default: "Scenario" / "情景测算"). A host that
   * had to pick another name ("Scenario (2)") passes it here, so references from other sheets (the
   * audit report) name the right sheet.
   */
  sheetName?: string;
  /**
   * "addin" (default): the awards, IN_FORCE and stacking call the SUBSIDY.* functions. "native": the same
   * sheet in ordinary formulas that need no add-in (dialect.ts): each award its clause's native twin.
   * Throws when a ticked clause's shape has no twin yet.
   */
  formulas?: FormulaMode;
}

/** Wide (a column per year): landscape, one page wide, the title and column headers atop every page. */
const SCENARIO_PRINT: PrintPlan = {
  orientation: "landscape",
  fitToWidth: true,
  repeatRows: { first: 0, count: HEADER_ROW + 1 },
};

/** The context every block reads, with the header written (it names the year cells). */
function startSheet(profile: ScenarioProfile, dialect: Dialect): ScenarioContext {
  const years: number[] = [];
  for (let y = profile.firstYear; y <= profile.lastYear; y++) years.push(y);
  const yearCols = years.map((_, i) => COL_FIRST_YEAR + i);
  const out = new Cells();
  const yearNames = writeHeader(out, profile, years, yearCols);
  const L: Language = profile.locale;
  const oneTimeCol = yearCols[yearCols.length - 1] + 1;
  const missingCol = oneTimeCol + 1;
  return { profile, L, years, yearCols, oneTimeCol, missingCol, yearNames, dialect, out };
}

/** Generates the scenario sheet plan for a profile. Throws an Error for an invalid profile. */
export function generateScenario(
  profile: ScenarioProfile,
  options: ScenarioOptions = {}
): ScenarioSheet {
  const selection = select(profile);
  const sheetName = options.sheetName ?? t("scenarioSheet", profile.locale);
  const dialect = dialectOf(options.formulas);
  const ctx = startSheet(profile, dialect);
  const { items } = selection;
  const policies = writePolicies(ctx, selection.documents, writeProfile(ctx, HEADER_ROW + 2));
  const { inputs, row: awardsRow } = writeInputs(ctx, items, policies.row);
  const rows = writeAwardsHeader(ctx, awardsRow, items.length);
  const awards = nameAwards(ctx, items, rows);
  const applyNames = new Map<string, string[]>(policies.documents.map((d) => [d.id, d.applyNames]));
  writeAwards(ctx, items, {
    yearNames: ctx.yearNames,
    inputs,
    awards,
    sheetName,
    applyNames,
    dialect,
  });
  const { stackNames, totalName } = writeTotals(ctx, rows, awards);
  const legend = writeLegend(ctx, rows.legendRow);
  const chartData = writeChartData(ctx, awards, rows.legendRow + legend.length + 2);
  ctx.out.put(HEADER_ROW + 1, COL_LABEL, { value: stampText(ctx.L), style: "note" });
  if (dialect.mode === "native") checkNativeCells(sheetName, ctx.out.cells);

  const plan: SheetPlan = {
    sheetName,
    cells: ctx.out.cells,
    names: ctx.out.names,
    freezeRows: HEADER_ROW + 1,
    columnWidths: [48, 16, 13, 16, 16, ...ctx.years.map(() => 16), 28, 32],
    legend,
    warnings: selection.warnings,
    ...(chartData ? { charts: [chartPlan(ctx, rows, chartData)] } : {}),
    print: SCENARIO_PRINT,
  };
  return {
    profile,
    plan,
    layout: {
      sheetName,
      formulas: dialect.mode,
      years: ctx.years,
      headerRow: HEADER_ROW,
      firstYearCol: COL_FIRST_YEAR,
      historyCol: COL_HISTORY,
      oneTimeCol: ctx.oneTimeCol,
      missingCol: ctx.missingCol,
      documents: policies.documents,
      inputs: inputs.list,
      awards,
      stackRow: rows.stackRow,
      totalRow: rows.totalRow,
      inKindRow: rows.inKindRow,
      stackNames,
      totalName,
      countedStartRow: rows.countedStartRow,
      legendRow: rows.legendRow,
    },
  };
}
