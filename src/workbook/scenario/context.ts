/** What every block of the scenario sheet reads: the profile, its years and language, and the plan so far. */
import type { Clause } from "../../catalog/types";
import type { Language } from "../../format/locale";
import type { Cells } from "../cells";
import type { Dialect } from "./dialect";
import { COL_CLAUSE, COL_DOCUMENT, COL_NUMBER } from "./layout";
import type { ScenarioProfile } from "./profile";

export interface ScenarioContext {
  profile: ScenarioProfile;
  /** The sheet's language (the profile's locale). */
  L: Language;
  years: number[];
  /** The sheet column of each year. */
  yearCols: number[];
  /** The column after the last year: the "One-time" note of each row / code award. */
  oneTimeCol: number;
  /** The column after it: each award row's "missing: …" flag. */
  missingCol: number;
  /** The defined name of each year's header cell (s_year_<year>). */
  yearNames: string[];
  /** How formulas are written: SUBSIDY.* calls, or native formulas (dialect.ts). */
  dialect: Dialect;
  out: Cells;
}

/** Cites a clause on a row: its id, document and number as written. */
export function cite(ctx: ScenarioContext, row: number, c: Clause): void {
  ctx.out.put(row, COL_CLAUSE, { value: c.id, style: "citation" });
  ctx.out.put(row, COL_DOCUMENT, { value: c.document, style: "citation" });
  ctx.out.put(row, COL_NUMBER, { value: c.numberAsWritten, style: "citation" });
}
