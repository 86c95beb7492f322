/**
 * First render of the production task pane in headless Chromium (TOOLCHAIN §11): dist/ served over http on
 * 127.0.0.1, office.js's CDN URL fulfilled from node_modules/@microsoft/office-js/dist, every other off-box
 * request aborted. A fresh browser context (cold cache) per load; one warm-up load, then the median of 5.
 *
 * "Rendered" = the search box and the first clause of the list are in the DOM, at the next animation frame
 * (just before paint), in ms from navigation start (performance.now()). The scripts the page fetched
 * before that moment are reported too, so the size figure counts every chunk loaded before first render.
 *
 *   ts-node --transpile-only bench/browser.ts [loads]   → one JSON line
 */
import * as fs from "fs";
import * as http from "http";
import type { AddressInfo } from "net";
import * as path from "path";
import { chromium } from "playwright-core";
import { median } from "./stats";

const ROOT = path.resolve(__dirname, "..");
/** BENCH_DIST points at another build (to compare two builds on the same machine); default dist/. */
const DIST = process.env.BENCH_DIST
  ? path.resolve(process.env.BENCH_DIST)
  : path.join(ROOT, "dist");
const OFFICE_DIST = path.join(ROOT, "node_modules/@microsoft/office-js/dist");
export const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
const TYPES: Record<string, string> = {
  ".css": "text/css",
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".json": "application/json",
  ".png": "image/png",
  ".xml": "application/xml",
};

export interface BrowserResult {
  loads: number;
  firstRenderMs: number;
  allMs: number[];
  /** dist/ scripts fetched before first render (office.js excluded). */
  scriptsBeforeRender: string[];
  selector: string;
}

/**
 * Runs in the page before any script: waits for the search box and a first clause row. Clause rows are
 * recognised by the pane's ids (clause-<ID>), falling back to list semantics, so a restyled pane still counts.
 */
function detector(): void {
  const w = window as unknown as Record<string, unknown>;
  const search = () => document.querySelector('input[type="search"], [role="searchbox"]');
  const firstClause = () =>
    document.querySelector(
      '[id^="clause-"], #container [role="listitem"], #container li, #container [role="list"] > *'
    );
  const done = () => {
    requestAnimationFrame(() => {
      w.__firstRender = performance.now();
      w.__scripts = performance
        .getEntriesByType("resource")
        .filter(
          (e) =>
            (e as PerformanceResourceTiming).responseEnd <= (w.__firstRender as number) &&
            /\.js(\?|$)/.test(e.name)
        )
        .map((e) => e.name);
    });
  };
  new MutationObserver((_, observer) => {
    if (search() && firstClause()) {
      observer.disconnect();
      done();
    }
  }).observe(document, { subtree: true, childList: true });
}

function serveDist(): Promise<http.Server> {
  const server = http.createServer((req, res) => {
    const file = path.join(DIST, decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname));
    if (!file.startsWith(DIST) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "content-type": TYPES[path.extname(file)] || "application/octet-stream" });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

export async function runBrowser(loads = 5): Promise<BrowserResult> {
  if (!fs.existsSync(CHROMIUM))
    throw new Error(`no Chromium at ${CHROMIUM}: apt-get install -y chromium fonts-noto-cjk`);
  const server = await serveDist();
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  const times: number[] = [];
  let scripts: string[] = [];
  try {
    for (let i = 0; i <= loads; i++) {
      const context = await browser.newContext({
        viewport: { width: 420, height: 760 },
        locale: "en-US",
      });
      // Route order matters: the most recently registered matching route wins, so block first, office.js second.
      await context.route(/^https?:\/\/(?!127\.0\.0\.1|localhost)/, (route) => route.abort());
      await context.route("https://appsforoffice.microsoft.com/lib/1/hosted/**", (route) => {
        const file = path.join(
          OFFICE_DIST,
          new URL(route.request().url()).pathname.replace("/lib/1/hosted/", "")
        );
        return fs.existsSync(file)
          ? route.fulfill({ path: file, contentType: "text/javascript" })
          : route.fulfill({ status: 404 });
      });
      const page = await context.newPage();
      await page.addInitScript(detector);
      await page.goto(`${base}/taskpane.html`);
      await page.waitForFunction(
        () => (window as unknown as Record<string, unknown>).__firstRender !== undefined,
        null,
        { timeout: 30_000 }
      );
      const r = await page.evaluate(() => {
        const w = window as unknown as Record<string, unknown>;
        return { ms: w.__firstRender as number, scripts: w.__scripts as string[] };
      });
      if (i > 0) times.push(r.ms); // load 0 warms the OS file cache and Chromium's code cache for the binary
      scripts = r.scripts
        .filter((u) => u.startsWith(base))
        .map((u) => new URL(u).pathname.replace(/^\//, ""));
      await context.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
  return {
    loads,
    firstRenderMs: median(times),
    allMs: times,
    scriptsBeforeRender: scripts,
    selector: "search box + first clause row",
  };
}

if (require.main === module) {
  runBrowser(Number(process.argv[2] ?? 5)).then(
    (r) => console.log(JSON.stringify(r)),
    (e) => {
      console.error(e instanceof Error ? e.message : e);
      process.exit(1);
    }
  );
}
