/**
 * What every block of the audit report reads: the scenario it audits, its language and years, and the
 * plan so far; and the few cell shapes every block repeats (section headings, year headers, references
 * to the scenario sheet).
 */
import type { Language } from "../../format/locale";
import { COUNT_FORMAT } from "../../format/number-formats";
import type { Cells } from "../cells";
import { qualifiedName } from "../plan";
import { type StringKey, t } from "../strings";
import type { ScenarioLayout } from "../scenario/layout";
import type { ScenarioProfile } from "../scenario/profile";

/** Audit columns: label, clause / document, an extra column (history, group), then one per year. */
export const A_LABEL = 0;
export const A_CLAUSE = 1;
export const A_EXTRA = 2;
export const A_FIRST_YEAR = 3;

export interface AuditContext {
  profile: ScenarioProfile;
  /** The scenario sheet's layout: its names are what the report refers to. */
  sc: ScenarioLayout;
  L: Language;
  years: number[];
  out: Cells;
  /** The scenario is native (ScenarioLayout.formulas): so is the report, with no SUBSIDY.* and only native functions. */
  native: boolean;
}

/** The report's column of year `yi`. */
export const yearCol = (yi: number): number => A_FIRST_YEAR + yi;

/** A defined name of the scenario sheet, as this sheet refers to it ('Scenario'!s_…). */
export const sref = (ctx: AuditContext, name: string): string =>
  qualifiedName(name, ctx.sc.sheetName);

/** A section heading at `row`. */
export function section(ctx: AuditContext, row: number, key: StringKey): void {
  ctx.out.put(row, A_LABEL, { value: t(key, ctx.L), style: "section" });
}

/** The years as a header row, with an optional header over the extra column. */
export function yearHeader(ctx: AuditContext, row: number, extra?: string): void {
  if (extra) ctx.out.put(row, A_EXTRA, { value: extra, style: "header" });
  ctx.years.forEach((y, yi) =>
    ctx.out.put(row, yearCol(yi), { value: y, style: "header", format: COUNT_FORMAT })
  );
}
