/**
 * The audit report: a second sheet for a generated scenario that lists, with formulas referring to the
 * scenario sheet (nothing typed twice): the policy references (title, number, status, validity window,
 * stacking rule), the in-force and apply values per year, every input, every clause applied with its
 * verbatim quote, the awards before and after stacking with the stacking decision per year, the binding
 * cap per year, and the calculation steps (SUBSIDY.EXPLAIN) of every clause and year.
 *
 * Every reference to the scenario sheet is one of its worksheet-scoped defined names ('Scenario'!s_…),
 * never an address remembered from when it was generated: rows the user inserted there since are fine.
 *
 * The binding cap is read from the EXPLAIN block with XLOOKUP's wildcard mode ("*[binding]*", the marker
 * EXPLAIN puts on the last cap that bound). Each EXPLAIN block reserves explainRowBound rows, so a
 * spill never runs into the next block.
 */
import { formulaLiteral } from "../format/formula-literal";
import type { Language } from "../format/locale";
import { range, ref } from "../format/a1";
import { COUNT_FORMAT, YUAN_FORMAT } from "../format/number-formats";
import { clauseById, documentById } from "../policies";
import { QUOTE_JOINER } from "../sheet-functions/clause-info";
import { explainRowBound } from "../sheet-functions/explain";
import { groupByClauseId } from "./overlap-groups";
import { type PlanCell, type SheetPlan, qualifiedName } from "./plan";
import type { ScenarioSheet } from "./sheet";
import { lines, t } from "./strings";
import { inForceOn, windows } from "./windows";

/** Audit columns: label, clause / document, an extra column (history, group), then one per year. */
const A_LABEL = 0;
const A_CLAUSE = 1;
const A_EXTRA = 2;
const A_FIRST_YEAR = 3;

export interface AuditLayout {
  sheetName: string;
  /** Row of each award's decision / binding-cap line, by clause id. */
  decisionRow: Record<string, number>;
  bindingRow: Record<string, number>;
  rawRow: Record<string, number>;
  countedRow: Record<string, number>;
  /** Top-left of each EXPLAIN block: by clause id, one per year. */
  explainAt: Record<string, { row: number; col: number }[]>;
  stackRow: number;
}

export interface AuditSheet {
  plan: SheetPlan;
  layout: AuditLayout;
}

export function generateAudit(scenario: ScenarioSheet): AuditSheet {
  const { profile, layout: sc } = scenario;
  const L: Language = profile.locale;
  const sheetName = t("auditSheet", L);
  const S = sc.sheetName;
  const cells: PlanCell[] = [];
  const put = (row: number, col: number, cell: Omit<PlanCell, "row" | "col">) =>
    cells.push({ row, col, ...cell });
  const years = sc.years;
  const yearCol = (yi: number) => A_FIRST_YEAR + yi;
  /** A defined name of the scenario sheet, as this sheet refers to it. */
  const sref = (name: string) => qualifiedName(name, S);
  const section = (row: number, key: Parameters<typeof t>[0]) =>
    put(row, A_LABEL, { value: t(key, L), style: "section" });
  const yearHeader = (row: number, extra?: string) => {
    if (extra) put(row, A_EXTRA, { value: extra, style: "header" });
    years.forEach((y, yi) =>
      put(row, yearCol(yi), { value: y, style: "header", format: COUNT_FORMAT })
    );
  };

  let row = 0;
  put(row++, A_LABEL, { value: t("auditTitle", L, { company: profile.company }), style: "title" });
  put(row++, A_LABEL, {
    value: t("auditSubtitle", L, { sheet: S, first: profile.firstYear, last: profile.lastYear }),
    style: "subtitle",
  });
  row++;

  // Policy references.
  section(row++, "sectionReferences");
  const refHeaders = [
    "colDocument",
    "colTitle",
    "colDocNumber",
    "colStatus",
    "colWindow",
    "colStackingRule",
  ] as const;
  refHeaders.forEach((h, k) => put(row, k, { value: t(h, L), style: "header" }));
  row++;
  for (const d of sc.documents) {
    const doc = documentById.get(d.id)!;
    const values = [
      d.id,
      doc.title.zh,
      doc.number ?? t("noneStated", L),
      t(doc.status === "draft" ? "statusDraft" : "statusFinal", L),
      windows[d.id].basis,
      doc.stackingRule ?? t("noneStated", L),
    ];
    values.forEach((v, k) => put(row, k, { value: v, style: k === 0 ? "citation" : "note" }));
    row++;
  }
  row++;

  // In force and applied.
  section(row++, "sectionApplied");
  yearHeader(row++);
  for (const d of sc.documents) {
    for (const [names, key] of [
      [d.inForceNames, "inForceRow"],
      [d.applyNames, "applyRow"],
    ] as const) {
      put(row, A_LABEL, { value: t(key, L, { doc: d.id }), style: "label" });
      put(row, A_CLAUSE, { value: d.id, style: "citation" });
      years.forEach((y, yi) => {
        // IN_FORCE's #N/A is shown as its message (the report reads as text, not as an error).
        const answer = inForceOn(d.id, `${y}-12-31`);
        const cell = sref(names[yi]);
        const formula =
          key === "inForceRow" && "unknown" in answer
            ? `=IFNA(${cell},${formulaLiteral(answer.unknown)})`
            : `=${cell}`;
        put(row, yearCol(yi), { formula, style: "formula" });
      });
      if (key === "applyRow" && d.assumed.some((a) => a !== null))
        put(row, A_EXTRA, { value: t("assumption", L), style: "assumption" });
      row++;
    }
  }
  row++;

  // Inputs.
  section(row++, "sectionInputs");
  yearHeader(row++, t("colHistory", L, { first: profile.firstYear }));
  for (const inp of sc.inputs) {
    for (let k = 0; k < inp.rows; k++) {
      put(row, A_LABEL, { value: inp.labels[k], style: "label" });
      put(row, A_CLAUSE, { value: inp.clauseId, style: "citation" });
      const mirror = (name: string) => `=IF(ISBLANK(${sref(name)}),"",${sref(name)})`;
      // The history column (scalar inputs only); item k of a range input is a name of its own.
      if (inp.beforeName) put(row, A_EXTRA, { formula: mirror(inp.beforeName), style: "formula" });
      const perYear = inp.itemNames ? inp.itemNames[k] : inp.names;
      perYear.forEach((name, yi) =>
        put(row, yearCol(yi), { formula: mirror(name), style: "formula" })
      );
      row++;
    }
  }
  row++;

  // Clauses applied, with their quotes.
  section(row++, "sectionClauses");
  const clauseHeaders = [
    "colClause",
    "colFunction",
    "colDocument",
    "colNumber",
    "colGroup",
    "colQuote",
    "colSummary",
  ] as const;
  clauseHeaders.forEach((h, k) => put(row, k, { value: t(h, L), style: "header" }));
  row++;
  for (const a of sc.awards) {
    const c = clauseById.get(a.clauseId)!;
    const values = [
      c.id,
      a.fn,
      c.document,
      c.numberAsWritten,
      a.group ?? "",
      c.quotes.join(QUOTE_JOINER),
      c.summary[L],
    ];
    values.forEach((v, k) => put(row, k, { value: v, style: k === 0 ? "citation" : "note" }));
    row++;
  }
  row++;

  const perAward = (
    key: Parameters<typeof t>[0],
    body: (a: (typeof sc.awards)[number], r: number) => void
  ) => {
    section(row++, key);
    yearHeader(row++, t("colGroup", L));
    const rows: Record<string, number> = {};
    for (const a of sc.awards) {
      put(row, A_LABEL, { value: a.fn, style: "label" });
      put(row, A_CLAUSE, { value: a.clauseId, style: "citation" });
      if (a.group) put(row, A_EXTRA, { value: a.group, style: "citation" });
      rows[a.clauseId] = row;
      body(a, row);
      row++;
    }
    return rows;
  };

  // Awards before and after stacking, and the decision.
  const rawRow = perAward("sectionRaw", (a, r) =>
    years.forEach((_, yi) =>
      put(r, yearCol(yi), {
        formula: `=${sref(a.names[yi])}`,
        style: "formula",
        format: YUAN_FORMAT,
      })
    )
  );
  row++;
  const countedRow = perAward("sectionCountedAudit", (a, r) =>
    years.forEach((_, yi) =>
      put(r, yearCol(yi), {
        formula: `=${sref(a.countedNames[yi])}`,
        style: "formula",
        format: YUAN_FORMAT,
      })
    )
  );
  const stackRow = row++;
  put(stackRow, A_LABEL, { value: t("stackTotal", L), style: "total" });
  years.forEach((_, yi) =>
    put(stackRow, yearCol(yi), {
      formula: `=${sref(sc.stackNames[yi])}`,
      style: "total",
      format: YUAN_FORMAT,
    })
  );
  row++;
  const decisionRow = perAward("sectionDecisions", (a, r) => {
    const dropped = a.inKind
      ? t("decisionInKind", L)
      : t("decisionDropped", L, { group: groupByClauseId.get(a.clauseId)?.id ?? "" });
    years.forEach((_, yi) => {
      const raw = ref(rawRow[a.clauseId], yearCol(yi));
      const counted = ref(countedRow[a.clauseId], yearCol(yi));
      put(r, yearCol(yi), {
        formula: `=IF(${raw}=0,${formulaLiteral(t("decisionNoAward", L))},IF(${counted}=0,${formulaLiteral(dropped)},${formulaLiteral(t("decisionCounted", L))}))`,
        style: "formula",
      });
    });
  });
  row++;

  // Binding cap per year (filled once the EXPLAIN blocks' positions are known).
  const bindingRow = perAward("sectionBinding", () => undefined);
  row++;

  // Calculation steps: one EXPLAIN block per clause and year, side by side.
  section(row++, "sectionSteps");
  const explainAt: AuditLayout["explainAt"] = {};
  for (const a of sc.awards) {
    const rangeCells = sc.inputs
      .filter((i) => i.clauseId === a.clauseId && i.rows > 1)
      .reduce((n, i) => n + i.rows, 0);
    const height = explainRowBound(rangeCells);
    explainAt[a.clauseId] = [];
    years.forEach((y, yi) => {
      const col = 1 + 2 * yi;
      put(row, col, {
        value: t("stepsFor", L, { id: a.clauseId, fn: a.fn, year: y }),
        style: "header",
      });
      put(row + 1, col, {
        formula: `=SUBSIDY.EXPLAIN(${formulaLiteral(a.fn)},${a.qualifiedArgs[yi].join(",")})`,
        style: "formula",
      });
      for (let k = 0; k < height; k++) put(row + 1 + k, col + 1, { format: YUAN_FORMAT });
      explainAt[a.clauseId].push({ row: row + 1, col });
      const labels = range(row + 1, col, row + height, col, { row: true, col: true });
      const apply = sc.documents.find((d) => d.id === a.document)!.applyNames[yi];
      put(bindingRow[a.clauseId], yearCol(yi), {
        formula: `=IF(${sref(apply)},XLOOKUP("*[binding]*",${labels},${labels},${formulaLiteral(t("none", L))},2),${formulaLiteral(t("notApplied", L))})`,
        style: "formula",
      });
    });
    row += 1 + height + 1;
  }

  const legend = lines("legendAudit", L);
  put(row++, A_LABEL, { value: t("sectionLegend", L), style: "section" });
  legend.forEach((line) => put(row++, A_LABEL, { value: line, style: "note" }));

  return {
    plan: {
      sheetName,
      cells,
      freezeRows: 2,
      // B, D, F… hold EXPLAIN labels (wide), C, E, G… its amounts.
      columnWidths: [
        44,
        ...Array.from(
          { length: Math.max(2 * years.length, A_FIRST_YEAR - 1 + years.length) },
          (_, k) => (k % 2 === 0 ? 36 : 16)
        ),
      ],
      legend,
      warnings: [],
    },
    layout: { sheetName, decisionRow, bindingRow, rawRow, countedRow, explainAt, stackRow },
  };
}
