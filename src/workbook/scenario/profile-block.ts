/** The scenario sheet's top: the title, the frozen column headers, and (a) the profile. */
import type { Language } from "../../format/locale";
import { COUNT_FORMAT } from "../../format/number-formats";
import { locationByCode, sectorByCode } from "../../policies";
import type { Cells } from "../cells";
import { definedName } from "../plan";
import { t } from "../strings";
import type { ScenarioContext } from "./context";
import { COL_CLAUSE, COL_DOCUMENT, COL_HISTORY, COL_LABEL, COL_NUMBER, HEADER_ROW } from "./layout";
import type { ScenarioProfile } from "./profile";

/** Free text as a cell value: a leading = + - @ would make a host read it as a formula, so it is marked as text. */
const asText = (s: string): string => (/^[=+\-@]/.test(s) ? `'${s}` : s);

/** The title and the header row; each year's header cell is named s_year_<year>. Returns those names. */
export function writeHeader(
  out: Cells,
  profile: ScenarioProfile,
  years: number[],
  yearCols: number[]
): string[] {
  const L: Language = profile.locale;
  out.put(0, COL_LABEL, { value: t("title", L, { company: profile.company }), style: "title" });
  const headers: [number, string][] = [
    [COL_LABEL, t("colItem", L)],
    [COL_CLAUSE, t("colClause", L)],
    [COL_DOCUMENT, t("colDocument", L)],
    [COL_NUMBER, t("colNumber", L)],
    [COL_HISTORY, t("colHistory", L, { first: profile.firstYear })],
  ];
  for (const [c, v] of headers) out.put(HEADER_ROW, c, { value: v, style: "header" });
  return years.map((y, i) => {
    out.put(HEADER_ROW, yearCols[i], { value: y, style: "header", format: COUNT_FORMAT });
    return out.name(definedName("year", y), HEADER_ROW, yearCols[i]);
  });
}

/** (a) The profile, from `row`: company, location, sectors, years, language. Returns the next free row. */
export function writeProfile({ profile, L, out }: ScenarioContext, row: number): number {
  out.put(row++, COL_LABEL, { value: t("sectionProfile", L), style: "section" });
  const profileRows: [string, string][] = [
    [t("company", L), asText(profile.company)],
    [t("location", L), locationByCode.get(profile.location)!.label[L]],
    [
      t("sectors", L),
      profile.sectors.map((s) => sectorByCode.get(s)!.inList[L]).join(L === "zh" ? "、" : ", "),
    ],
    [t("years", L), `${profile.firstYear}–${profile.lastYear}`],
    [t("language", L), t("languageName", L)],
  ];
  for (const [label, value] of profileRows) {
    out.put(row, COL_LABEL, { value: label, style: "label" });
    out.put(row++, COL_CLAUSE, { value, style: "input" });
  }
  return row + 1;
}
