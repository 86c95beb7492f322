/**
 * npm run bench: speed and size of the add-in, printed as a table, ending with one line `BENCH {json}`.
 *
 *   hf_ratio_10k / hf_ratio_100k  recalculation of a 10,000 / 100,000-row mixed sheet of SUBSIDY formulas ÷ the
 *                                 same awards as native formulas (HyperFormula, dev-only oracle), medians
 *   spill_ratio_10k               one SUBSIDY.EACH over 10,000 rows ÷ 10,000 native formulas
 *   native_generated_ratio_10k    the same 10,000-row sheet with nativeFormula's generated twins ÷ with the
 *                                 SUBSIDY functions (HyperFormula, array arithmetic): the price of a model
 *                                 that travels
 *   engine_ratio                  per call: the function path Excel takes ÷ the clause by hand in plain JS (median
 *                                 of three processes)
 *   engine_checked_ratio          the same ÷ the clause by hand with its arguments checked as validation would
 *                                 (reported; median of three processes)
 *   taskpane_gzip_kb              taskpane.js + chunks loaded before first render, gzip -9
 *   functions_gzip_kb             functions.js (what Excel loads to register the functions), gzip -9
 *   page_gzip_kb                  everything taskpane.html loads before first render (shared runtime page)
 *   first_render_ms               production pane in headless Chromium, navigation → clause list, median of 5
 *   search_ms                     per keystroke over the whole catalog (taskpane/search.ts), median
 *
 * Each measurement runs in its own Node process (clean heap, no JIT cross-talk). The production build is
 * made first when dist/ is missing or older than the sources. BENCH_QUICK=1 skips the 100,000-row sheet.
 * Ratios are medians of interleaved runs; no test asserts a time (numbers go to docs/performance.md).
 */
import { execFileSync, spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { CHROMIUM } from "./browser";
import { DIST, jsSizes, kb, pageInitial, taskpaneInitial } from "./sizes";

const ROOT = path.resolve(__dirname, "..");
const SOURCES = [
  "src",
  "functions",
  "taskpane",
  "scripts",
  "assets",
  "webpack.config.js",
  "package.json",
  "tsconfig.json",
  "manifest.xml",
];

function newestMtime(p: string): number {
  const full = path.join(ROOT, p);
  if (!fs.existsSync(full)) return 0;
  const st = fs.statSync(full);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = st.mtimeMs;
  for (const e of fs.readdirSync(full)) newest = Math.max(newest, newestMtime(path.join(p, e)));
  return newest;
}

/** Builds dist/ (production, transpile-only) when it is missing or older than any source. */
function ensureDist(): string {
  const outputs = ["taskpane.js", "functions.js", "taskpane.html"].map((f) => path.join(DIST, f));
  const missing = outputs.some((f) => !fs.existsSync(f));
  const builtAt = missing ? 0 : Math.min(...outputs.map((f) => fs.statSync(f).mtimeMs));
  const sourcesAt = Math.max(...SOURCES.map(newestMtime));
  if (!missing && builtAt >= sourcesAt) return "dist/ is up to date";
  console.log(
    missing
      ? "dist/ is missing: building (production)…"
      : "dist/ is older than the sources: building (production)…"
  );
  const r = spawnSync(
    process.execPath,
    [require.resolve("webpack-cli/bin/cli.js"), "--mode", "production"],
    {
      cwd: ROOT,
      env: { ...process.env, TRANSPILE_ONLY: "1" },
      encoding: "utf8",
    }
  );
  if (r.status !== 0) {
    process.stdout.write(r.stdout ?? "");
    process.stderr.write(r.stderr ?? "");
    throw new Error("the production build failed");
  }
  return "built dist/ (TRANSPILE_ONLY=1 webpack --mode production)";
}

/** Runs bench/<script>.ts in a fresh Node process; returns its JSON line. */
function child<T>(script: string, args: string[] = [], heapMb?: number): T {
  const nodeArgs = [
    ...(heapMb ? [`--max-old-space-size=${heapMb}`] : []),
    "-r",
    "ts-node/register/transpile-only",
    path.join(__dirname, `${script}.ts`),
    ...args,
  ];
  const r = spawnSync(process.execPath, nodeArgs, {
    cwd: ROOT,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, TS_NODE_TRANSPILE_ONLY: "1" },
  });
  if (r.status !== 0) {
    process.stderr.write(r.stderr ?? "");
    throw new Error(`bench/${script}.ts ${args.join(" ")} failed (exit ${r.status})`);
  }
  const line = (r.stdout ?? "")
    .trim()
    .split("\n")
    .filter((l) => l.startsWith("{"))
    .pop();
  if (!line) throw new Error(`bench/${script}.ts printed no result`);
  return JSON.parse(line) as T;
}

function machine() {
  const cpus = os.cpus();
  let chromium = "not installed";
  try {
    chromium = execFileSync(CHROMIUM, ["--version"], { encoding: "utf8" }).trim();
  } catch {
    /* reported as not installed */
  }
  return {
    nproc: cpus.length,
    cpu: cpus[0]?.model ?? "unknown",
    memGb: Math.round(os.totalmem() / 1e9),
    node: process.version,
    os: `${os.type()} ${os.release()}`,
    chromium,
  };
}

const fmt = (n: number | null, digits = 2) => (n === null ? "–" : n.toFixed(digits));

interface Row {
  metric: string;
  value: number | null;
  unit: string;
  target: string;
  met: boolean | null;
  detail: string;
}

function main(): void {
  const t0 = Date.now();
  const m = machine();
  console.log(
    `Machine: ${m.nproc} × ${m.cpu}, ${m.memGb} GB, Node ${m.node}, ${m.os}, ${m.chromium}`
  );
  console.log(ensureDist());

  type Hf = {
    subsidyMs: number;
    nativeMs: number;
    ratio: number;
    rows: number;
    recalcs: number;
    checked: number;
    fenOff: number;
  };
  console.log("HyperFormula, 10,000 rows…");
  const hf10 = child<Hf>("hf", ["mixed", "10000", "21"]);
  console.log("HyperFormula, SUBSIDY.EACH spill over 10,000 rows…");
  const spill = child<Hf>("hf", ["spill", "10000", "21"]);
  console.log("HyperFormula, 10,000 rows of generated native twins…");
  const generated = child<Hf>("hf", ["generated", "10000", "21"]);
  let hf100: Hf | null = null;
  if (process.env.BENCH_QUICK !== "1") {
    console.log("HyperFormula, 100,000 rows (about 2 minutes)…");
    hf100 = child<Hf>("hf", ["mixed", "100000", "15"], 6144);
  }
  console.log("Engine per call (1,000,000 calls a side, three processes)…");
  type Eng = {
    engineNsPerCall: number;
    plainNsPerCall: number;
    ratio: number;
    plainFenOff: number;
    byKind: Record<string, { engineNs: number; plainNs: number; ratio: number }>;
  };
  // Three processes, the median ratio's run reported: each process's JIT settles the polymorphic call sites
  // (four clauses through one `invoke`, four hand-written functions through one call) its own way, and the
  // yardstick's own time moves by a quarter between processes on one machine (docs/performance.md).
  const engRuns = [0, 1, 2]
    .map(() => child<Eng>("engine", ["1000000", "7"]))
    .sort((a, b) => a.ratio - b.ratio);
  const eng = engRuns[1];
  const checkedRuns = [0, 1, 2]
    .map(() => child<Eng>("engine", ["1000000", "7", "checked"]))
    .sort((a, b) => a.ratio - b.ratio);
  const engChecked = checkedRuns[1];
  console.log("Search per keystroke…");
  const search = child<{ medianMs: number; p95Ms: number; keystrokes: number; clauses: number }>(
    "search"
  );

  let browser: { firstRenderMs: number; allMs: number[]; scriptsBeforeRender: string[] } | null =
    null;
  let browserNote = "";
  if (fs.existsSync(CHROMIUM)) {
    console.log("Headless Chromium, first render…");
    try {
      browser = child("browser", ["5"]);
    } catch (e) {
      browserNote = e instanceof Error ? e.message : String(e);
    }
  } else {
    browserNote = `skipped: no Chromium at ${CHROMIUM} (apt-get install -y chromium fonts-noto-cjk)`;
  }

  const files = jsSizes();
  const functionsJs = files.find((f) => f.file === "functions.js");
  const taskpane = taskpaneInitial();
  const page = pageInitial();

  const rows: Row[] = [
    {
      metric: "hf_ratio_10k",
      value: hf10.ratio,
      unit: "×",
      target: "≤ 1.10",
      met: hf10.ratio <= 1.1,
      detail: `${fmt(hf10.subsidyMs, 1)} ms vs native ${fmt(hf10.nativeMs, 1)} ms, median of ${hf10.recalcs}`,
    },
    {
      metric: "hf_ratio_100k",
      value: hf100?.ratio ?? null,
      unit: "×",
      target: "≤ 1.20",
      met: hf100 ? hf100.ratio <= 1.2 : null,
      detail: hf100
        ? `${fmt(hf100.subsidyMs, 0)} ms vs native ${fmt(hf100.nativeMs, 0)} ms, median of ${hf100.recalcs}`
        : "skipped (BENCH_QUICK=1)",
    },
    {
      metric: "spill_ratio_10k",
      value: spill.ratio,
      unit: "×",
      target: "≤ 1.0",
      met: spill.ratio <= 1.0,
      detail: `one EACH ${fmt(spill.subsidyMs, 1)} ms vs 10,000 native ${fmt(spill.nativeMs, 1)} ms`,
    },
    {
      metric: "native_generated_ratio_10k",
      value: generated.nativeMs / generated.subsidyMs,
      unit: "×",
      target: "–",
      met: null,
      detail: `10,000 generated twins ${fmt(generated.nativeMs, 1)} ms vs SUBSIDY ${fmt(generated.subsidyMs, 1)} ms, median of ${generated.recalcs}`,
    },
    {
      metric: "engine_ratio",
      value: eng.ratio,
      unit: "×",
      target: "≤ 3",
      met: eng.ratio <= 3,
      detail: `${fmt(eng.engineNsPerCall, 0)} ns vs plain JS ${fmt(eng.plainNsPerCall, 0)} ns per call; median of processes ${engRuns.map((r) => fmt(r.ratio, 2)).join(", ")}`,
    },
    {
      metric: "engine_checked_ratio",
      value: engChecked.ratio,
      unit: "×",
      target: "–",
      met: null,
      detail: `${fmt(engChecked.engineNsPerCall, 0)} ns vs plain JS with validation's checks ${fmt(engChecked.plainNsPerCall, 0)} ns; median of processes ${checkedRuns.map((r) => fmt(r.ratio, 2)).join(", ")}`,
    },
    {
      metric: "taskpane_gzip_kb",
      value: kb(taskpane.gzip),
      unit: "KB",
      target: "≤ 150",
      met: kb(taskpane.gzip) <= 150,
      detail: `${taskpane.files.join(" + ")} (${kb(taskpane.raw)} KB raw)`,
    },
    {
      metric: "functions_gzip_kb",
      value: functionsJs ? kb(functionsJs.gzip) : null,
      unit: "KB",
      target: "≤ 40",
      met: functionsJs ? kb(functionsJs.gzip) <= 40 : null,
      detail: functionsJs ? `functions.js (${kb(functionsJs.raw)} KB raw)` : "no dist/functions.js",
    },
    {
      metric: "first_render_ms",
      value: browser?.firstRenderMs ?? null,
      unit: "ms",
      target: "≤ 400",
      met: browser ? browser.firstRenderMs <= 400 : null,
      detail: browser ? `runs ${browser.allMs.map((x) => x.toFixed(0)).join(", ")}` : browserNote,
    },
    {
      metric: "search_ms",
      value: search.medianMs,
      unit: "ms",
      target: "≤ 5",
      met: search.medianMs <= 5,
      detail: `p95 ${fmt(search.p95Ms, 3)} ms over ${search.keystrokes} keystrokes, ${search.clauses} clauses`,
    },
  ];

  console.log("");
  const head = ["metric", "value", "target", "met", "detail"];
  const table = rows.map((r) => [
    r.metric,
    r.value === null
      ? "–"
      : `${fmt(r.value, r.unit === "ms" && r.value < 1 ? 3 : r.unit === "KB" ? 1 : 2)} ${r.unit}`,
    r.target,
    r.met === null ? "–" : r.met ? "yes" : "NO",
    r.detail,
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...table.map((t) => t[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i])).join("  ");
  console.log(line(head));
  console.log(widths.map((w) => "-".repeat(w)).join("  "));
  for (const t of table) console.log(line(t));
  console.log("");
  console.log("Engine per clause (ns per call, engine / plain JS; engine / plain JS with checks):");
  for (const [name, k] of Object.entries(eng.byKind)) {
    const c = engChecked.byKind[name];
    console.log(
      `  ${name.padEnd(30)} ${fmt(k.engineNs, 0).padStart(6)} / ${fmt(k.plainNs, 0).padStart(4)}  = ${fmt(k.ratio, 1)}×;  ${fmt(c.engineNs, 0).padStart(4)} / ${fmt(c.plainNs, 0).padStart(4)}  = ${fmt(c.ratio, 1)}×`
    );
  }
  console.log(
    `  Math.round(x*100)/100 was a fen off the correctly rounded award on ${eng.plainFenOff} of the inputs (float ties).`
  );
  console.log(
    "dist/ scripts (gzip -9 KB): " + files.map((f) => `${f.file} ${kb(f.gzip)}`).join(", ")
  );
  console.log(
    `taskpane.html loads ${page.files.join(" + ")} = ${kb(page.gzip)} KB gzip before first render (shared runtime: Excel loads this page to run the functions).`
  );
  if (browser)
    console.log(
      `Fetched before first render in the browser (lazy chunks included): ${browser.scriptsBeforeRender.join(", ")}.`
    );
  const fenOff = hf10.fenOff + spill.fenOff + (hf100?.fenOff ?? 0);
  console.log(
    `Generated twins checked before timing: ${generated.checked} SUBSIDY cells, ${generated.fenOff} one fen from the twin (ties: a room ending in a fraction of a fen, or an award within a hair of a half fen, rounded by the host's binary ROUND).`
  );
  console.log(
    `Results checked before timing: ${hf10.checked + spill.checked + (hf100?.checked ?? 0)} SUBSIDY cells against their native twins, ${fenOff} of them one fen from the native ROUND: where a room left under a cap ends in a fraction of a fen (5,000,000 − 4,572,283 × 1.0003 = 426,345.3151), the engine floors to it (426,345.31, a cap is never exceeded after rounding, spec Revision 2) and ROUND goes over (426,345.32); or at a decimal tie the nudged binary ROUND moves.`
  );
  console.log(`Total bench time ${Math.round((Date.now() - t0) / 1000)} s.`);

  const round = (x: number | null, d: number) =>
    x === null ? null : Math.round(x * 10 ** d) / 10 ** d;
  const bench = {
    hf_ratio_10k: round(hf10.ratio, 3),
    hf_ratio_100k: round(hf100?.ratio ?? null, 3),
    spill_ratio_10k: round(spill.ratio, 3),
    native_generated_ratio_10k: round(generated.nativeMs / generated.subsidyMs, 3),
    engine_ratio: round(eng.ratio, 2),
    engine_checked_ratio: round(engChecked.ratio, 2),
    taskpane_gzip_kb: kb(taskpane.gzip),
    functions_gzip_kb: functionsJs ? kb(functionsJs.gzip) : null,
    page_gzip_kb: kb(page.gzip),
    first_render_ms: round(browser?.firstRenderMs ?? null, 0),
    search_ms: round(search.medianMs, 4),
  };
  console.log(`BENCH ${JSON.stringify(bench)}`);
}

main();
