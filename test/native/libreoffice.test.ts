/**
 * Checked by an engine no one here wrote (issue 14): an .xlsx from writeXlsx holding every clause
 * function's worked examples as native formulas over cells, and the scenario of docs/examples/scenario.json,
 * recalculated by LibreOffice Calc headless and read back as CSV (one file per sheet). Every example must
 * give the spec's award (an error where the spec says error), and the scenario the awards worked by hand.
 *
 * LibreOffice keeps the cached value of a formula in an .xlsx it believes Excel wrote (its default
 * "Recalculation on file load: never" for Excel 2007+), whatever fullCalcOnLoad says; the files the add-in
 * exports carry no cached values, so LibreOffice computes them anyway. To prove the values read here are
 * LibreOffice's own, one example cell is given a deliberately wrong cached value and the profile set to
 * "always recalculate": that cell must show the right award. The same file opened with LibreOffice's
 * default profile shows the wrong cache in that cell (so the check can fail) and still computes the
 * scenario, which has no cached value anywhere — what a user opening an exported model sees.
 *
 * Without soffice (Debian: libreoffice-calc-nogui) the test is skipped with a message, and fails under CI=true.
 */
import { spawnSync } from "child_process";
import { mkdtempSync, readFileSync, readdirSync, writeFileSync, mkdirSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { pathToFileURL } from "url";
import JSZip from "jszip";
import { calculate, clauses } from "../../src";
import type { ClauseFunction } from "../../src/catalog/types";
import { ref } from "../../src/format/a1";
import { formulaLiteral } from "../../src/format/formula-literal";
import { nativeFormula } from "../../src/native";
import {
  generateAudit,
  parseScenarioDocument,
  scenarioDocument,
  scenarioDocumentPlans,
  type ScenarioSheet,
} from "../../src/workbook";
import type { PlanCell, SheetPlan } from "../../src/workbook/plan";
import { writeXlsx } from "../../src/workbook/xlsx/write";
import { type Call, type Cell, RANGE_WIDTH, layout, rowCells } from "./parity";

const INSTALL = "apt-get install libreoffice-calc-nogui";
const ci = process.env.CI === "true" || process.env.CI === "1";
const haveSoffice = spawnSync("soffice", ["--version"], { encoding: "utf8" }).status === 0;
if (!haveSoffice)
  console.warn(
    `LibreOffice (soffice) is not installed, so the LibreOffice test is skipped: ${INSTALL}`
  );
const lit = haveSoffice || ci ? it : it.skip;

/** A worked example as the row cells rowCells takes: a range's column array flattened. */
function exampleCall(fn: ClauseFunction, args: readonly unknown[]): Call {
  return fn.params.map((p, i) => {
    const v = args[i];
    if (v === undefined) return undefined;
    if (p.kind !== "amounts") return v as Cell;
    const cells = (v as unknown[][]).flat() as Cell[];
    if (cells.length > RANGE_WIDTH)
      throw new Error(`${fn.name}: a range wider than ${RANGE_WIDTH}`);
    return cells;
  });
}

interface ExampleRow {
  name: string;
  fn: string;
  args: readonly unknown[];
  row: number;
  col: number;
  /** The twin over the example's values written as literals (as the pane's insert panel writes them). */
  literalCol: number;
  expect: number | string;
}

/** The Examples sheet: one row per worked example, its argument cells and then its twin. */
function examplesSheet(): { plan: SheetPlan; rows: ExampleRow[] } {
  const cells: PlanCell[] = [];
  const rows: ExampleRow[] = [];
  for (const c of clauses) {
    if (!c.fn) continue;
    const fn = c.fn;
    fn.examples.forEach((ex, i) => {
      const row = rows.length;
      rowCells(fn, exampleCall(fn, ex.args), row + 1, (v) => v).forEach((v, col) => {
        if (v === null) return;
        if (typeof v === "string" && v.startsWith("=")) cells.push({ row, col, formula: v });
        else cells.push({ row, col, value: v as string | number | boolean });
      });
      const col = layout(fn).formulaColumn;
      const literals = fn.params.map((_, k) =>
        ex.args[k] === undefined || ex.args[k] === null ? undefined : formulaLiteral(ex.args[k])
      );
      cells.push({ row, col: col + 1, formula: nativeFormula(fn.name, literals) });
      rows.push({
        name: `${fn.name} #${i + 1}: ${ex.arithmetic}`,
        fn: fn.name,
        args: ex.args,
        row,
        col,
        literalCol: col + 1,
        expect: ex.expect,
      });
    });
  }
  return {
    plan: {
      sheetName: "Examples",
      cells,
      freezeRows: 0,
      columnWidths: [],
      legend: [],
      warnings: [],
    },
    rows,
  };
}

/** RFC 4180 CSV: quoted fields may hold commas, doubled quotes and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') ((field += '"'), i++);
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") (row.push(field), (field = ""));
    else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += ch;
  }
  if (field !== "" || row.length > 0) rows.push([...row, field]);
  return rows;
}

const WRONG_CACHE = 987_654_321;

/** Gives one formula cell of the first sheet a cached value (writeXlsx writes none). */
async function withCachedValue(bytes: Uint8Array, address: string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const path = "xl/worksheets/sheet1.xml";
  const xml = await zip.file(path)!.async("string");
  const cell = new RegExp(`(<c r="${address}"[^>]*>)(<f>[^<]*</f>)(</c>)`);
  if (!cell.test(xml)) throw new Error(`no formula cell ${address} to give a cached value`);
  zip.file(path, xml.replace(cell, `$1$2<v>${WRONG_CACHE}</v>$3`));
  return zip.generateAsync({ type: "uint8array" });
}

/** A LibreOffice user profile; `recalculate`: one that recalculates every formula of an .xlsx on load. */
function profile(dir: string, recalculate: boolean): string {
  mkdirSync(join(dir, "user"), { recursive: true });
  if (!recalculate) return pathToFileURL(dir).href;
  writeFileSync(
    join(dir, "user/registrymodifications.xcu"),
    `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`
  );
  return pathToFileURL(dir).href;
}

/** Every sheet of `file` as LibreOffice computes it, by sheet name. */
function recalculated(file: string, dir: string, recalculate: boolean): Record<string, string[][]> {
  const run = recalculate ? "recalculating" : "default";
  const out = join(dir, `csv-${run}`);
  const r = spawnSync(
    "soffice",
    [
      "--headless",
      "--norestore",
      `-env:UserInstallation=${profile(join(dir, `profile-${run}`), recalculate)}`,
      "--convert-to",
      "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1",
      "--outdir",
      out,
      file,
    ],
    { encoding: "utf8" }
  );
  if (r.status !== 0) throw new Error(`soffice failed: ${r.stderr}`);
  const sheets: Record<string, string[][]> = {};
  for (const f of readdirSync(out)) {
    const m = /^model-(.+)\.csv$/.exec(f);
    if (m) sheets[m[1]] = parseCsv(readFileSync(join(out, f), "utf8"));
  }
  return sheets;
}

/** A CSV field as a number (LibreOffice writes the raw value), or the text where it is not one. */
const valueOf = (s: string | undefined): number | string =>
  s !== undefined && s.trim() !== "" && Number.isFinite(Number(s)) ? Number(s) : (s ?? "");

describe("LibreOffice Calc recomputes the exported workbook", () => {
  const examples = examplesSheet();
  const doc = parseScenarioDocument(
    JSON.parse(readFileSync(join(__dirname, "../../docs/examples/scenario.json"), "utf8"))
  );
  const { plans, scenario } = scenarioDocumentPlans(doc);
  const cached = examples.rows[0];
  let sheets: Record<string, string[][]> = {};
  let asByDefault: Record<string, string[][]> = {};

  beforeAll(async () => {
    if (!haveSoffice) return;
    const dir = mkdtempSync(join(tmpdir(), "libreoffice-"));
    const bytes = await writeXlsx([examples.plan, ...plans]);
    const file = join(dir, "model.xlsx");
    writeFileSync(file, await withCachedValue(bytes, ref(cached.row, cached.col)));
    sheets = recalculated(file, dir, true);
    asByDefault = recalculated(file, dir, false);
  }, 240_000);

  const need = () => {
    if (!haveSoffice) throw new Error(`LibreOffice (soffice) is not installed: ${INSTALL}`);
  };
  const at = (sheet: string, row: number, col: number, from = sheets) =>
    valueOf(from[sheet]?.[row]?.[col]);

  lit("writes every sheet: the examples and the scenario", () => {
    need();
    expect(Object.keys(sheets).sort()).toEqual(
      ["Examples", ...plans.map((p) => p.sheetName)].sort()
    );
  });

  lit("the cell with a wrong cached value shows the award LibreOffice computed", () => {
    need();
    expect(typeof cached.expect).toBe("number");
    expect(at("Examples", cached.row, cached.col)).toBe(cached.expect);
    expect(at("Examples", cached.row, cached.col)).not.toBe(WRONG_CACHE);
  });

  lit(
    "LibreOffice's default profile keeps that cache, and computes every formula that has none",
    () => {
      need();
      expect(at("Examples", cached.row, cached.col, asByDefault)).toBe(WRONG_CACHE);
      const s = scenario;
      // The stacked total of 2026..2028 and their sum (worked by hand below).
      expect(
        s.layout.years.map((_, k) =>
          at(s.plan.sheetName, s.layout.stackRow, s.layout.firstYearCol + k, asByDefault)
        )
      ).toEqual([11_950_000, 12_300_000, 2_027_000]);
      const second = examples.rows[1];
      expect(at("Examples", second.row, second.col, asByDefault)).toBe(second.expect);
    }
  );

  lit(
    "every clause function's worked examples give the spec's award (an error where it says so)",
    () => {
      need();
      expect(new Set(examples.rows.map((r) => r.fn)).size).toBe(52);
      for (const r of examples.rows)
        for (const col of [r.col, r.literalCol]) {
          const got = at("Examples", r.row, col);
          if (typeof r.expect === "number") {
            // The spec's award, which calculate gives too (test/catalog/examples.test.ts).
            expect([r.name, col, got]).toEqual([r.name, col, r.expect]);
            expect(calculate(r.fn, r.args)).toBe(r.expect);
          } else {
            // A twin refuses with #N/A (no custom messages natively); LibreOffice writes the error's text.
            expect([r.name, col, String(got)]).toEqual([
              r.name,
              col,
              expect.stringMatching(/^(#|Err:)/),
            ]);
          }
        }
    }
  );

  /*
   * The example document's awards, worked by hand in test/workbook/native-scenario.test.ts (same inputs):
   * before stacking / counted, years 2026–2028.
   */
  const HAND: Record<string, { raw: number[]; counted: number[] }> = {
    "HLJ-ROBOT-04": { raw: [5_000_000, 10_000_000, 0], counted: [0, 10_000_000, 0] },
    "HLJ-AI-04": { raw: [9_000_000, 0, 0], counted: [9_000_000, 0, 0] },
    "HLJ-AI-13b": { raw: [800_000, 0, 0], counted: [800_000, 0, 0] },
    // ROBOT-11: 400,000 × 30% = 120,000; 1,500,000 × 30% → cap 300,000; 0.
    "HLJ-ROBOT-11": { raw: [120_000, 300_000, 0], counted: [0, 300_000, 0] },
    // AI-11b: 500,000 × 30% = 150,000; 1,200,000 × 30% → cap 300,000 (a tie: ROBOT-11, first, counts); 27,000.
    "HLJ-AI-11b": { raw: [150_000, 300_000, 27_000], counted: [150_000, 0, 27_000] },
    "HLJ-ROBOT-13a": { raw: [1_500_000, 2_000_000, 2_000_000], counted: [0, 2_000_000, 2_000_000] },
    "HLJ-AI-06a": { raw: [2_000_000, 500_000, 2_000_000], counted: [2_000_000, 0, 0] },
    "HLJ-AI-06b": { raw: [500_000, 800_000, 0], counted: [0, 0, 0] },
  };

  lit(
    "the scenario's awards, before and after stacking, and its totals are those worked by hand",
    () => {
      need();
      const s: ScenarioSheet = scenario;
      const yearly = (row: number) =>
        s.layout.years.map((_, k) => at(s.plan.sheetName, row, s.layout.firstYearCol + k));
      expect(s.layout.awards.map((a) => a.clauseId).sort()).toEqual(Object.keys(HAND).sort());
      for (const a of s.layout.awards)
        expect([a.clauseId, yearly(a.row), yearly(a.countedRow)]).toEqual([
          a.clauseId,
          HAND[a.clauseId].raw,
          HAND[a.clauseId].counted,
        ]);
      // 9,000,000 + 800,000 + 150,000 + 2,000,000; 10,000,000 + 300,000 + 2,000,000; 27,000 + 2,000,000.
      expect(yearly(s.layout.stackRow)).toEqual([11_950_000, 12_300_000, 2_027_000]);
      expect(at(s.plan.sheetName, s.layout.totalRow, s.layout.firstYearCol)).toBe(26_277_000);
    }
  );

  lit("the native audit's step blocks give the same awards (every year the clause pays)", () => {
    need();
    const audit = generateAudit(scenario).layout;
    let compared = 0;
    for (const [clauseId, blocks] of Object.entries(audit.stepsAt))
      blocks.forEach((b, k) => {
        const raw = HAND[clauseId].raw[k];
        if (raw === 0) return; // not paid that year: the steps still compute what the clause would give
        expect([clauseId, k, at(audit.sheetName, b.awardRow, b.valueCol)]).toEqual([
          clauseId,
          k,
          raw,
        ]);
        compared++;
      });
    expect(compared).toBe(Object.values(HAND).flatMap((h) => h.raw.filter((r) => r > 0)).length);
  });
});

/**
 * BJ-ROBOT-06b's native scenario, which HyperFormula cannot build (test/workbook/native-scenario.test.ts):
 * 二（六） interest subsidy at the LPR for at most 3 years, 年度最高 3000 万元 (an annual cap). The loan
 * starts in 2023, LPR 3.5% each year, the subsidy rate left blank (the LPR itself):
 *   2023  500,000,000 × 3.5% = 17,500,000
 *   2024  1,000,000,000 × 3.5% = 35,000,000 → the annual cap 30,000,000
 *   2025  500,000,000 × 3.5% = 17,500,000 (year 3 of 3)
 * Total 65,000,000.
 */
describe("LibreOffice Calc computes BJ-ROBOT-06b's native scenario", () => {
  const loans = [500_000_000, 1_000_000_000, 500_000_000];
  const doc = scenarioDocument(
    {
      company: "Beijing Loan Co.",
      locale: "en",
      location: "BEIJING",
      sectors: ["ROBOTS"],
      firstYear: 2023,
      lastYear: 2025,
      clauses: ["BJ-ROBOT-06b"],
    },
    {
      inputs: loans.flatMap((value, k) => [
        { clauseId: "BJ-ROBOT-06b", param: "avg_loan_balance", year: 2023 + k, value },
        { clauseId: "BJ-ROBOT-06b", param: "lpr", year: 2023 + k, value: 0.035 },
      ]),
    }
  );
  const { plans, scenario } = scenarioDocumentPlans(doc);
  let sheets: Record<string, string[][]> = {};

  beforeAll(async () => {
    if (!haveSoffice) return;
    const dir = mkdtempSync(join(tmpdir(), "libreoffice-bj-"));
    const file = join(dir, "model.xlsx");
    writeFileSync(file, await writeXlsx(plans));
    sheets = recalculated(file, dir, true);
  }, 240_000);

  lit("each year's award, the stacked totals and the total", () => {
    if (!haveSoffice) throw new Error(`LibreOffice (soffice) is not installed: ${INSTALL}`);
    const s = scenario;
    const yearly = (row: number) =>
      s.layout.years.map((_, k) =>
        valueOf(sheets[s.plan.sheetName]?.[row]?.[s.layout.firstYearCol + k])
      );
    const [award] = s.layout.awards;
    expect(yearly(award.row)).toEqual([17_500_000, 30_000_000, 17_500_000]);
    expect(yearly(s.layout.stackRow)).toEqual([17_500_000, 30_000_000, 17_500_000]);
    expect(valueOf(sheets[s.plan.sheetName]?.[s.layout.totalRow]?.[s.layout.firstYearCol])).toBe(
      65_000_000
    );
  });
});
