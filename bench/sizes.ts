/**
 * Bundle sizes of the production build (dist/): raw and gzip -9 bytes of each JavaScript file, and the two
 * figures the issue sets targets for:
 *   functions — dist/functions.js, what Excel loads to register the functions (catalog included);
 *   taskpane  — dist/taskpane.js plus every other initial chunk taskpane.html loads before first render
 *               (its <script src> tags, functions.js aside);
 *   page      — every script taskpane.html loads before first render: its <script src> tags (functions.js,
 *               taskpane.js), office.js (Microsoft's CDN) aside.
 * Chunks loaded with import() are not counted in either: the clause page, the scenario builder, the preview
 * workbook, the preview formula engine, the Excel host (taskpane/lazy.tsx, taskpane/host/connect.ts). They
 * are listed as `lazy`, and the stylesheet the page links (griffel.css, Fluent UI's styles extracted at build
 * time) as `styles`: both named, neither added to a script figure.
 * `ts-node --transpile-only bench/sizes.ts` prints all of it as one JSON line. KB here are 1,000 bytes.
 */
import * as fs from "fs";
import * as path from "path";
import * as zlib from "zlib";

export const DIST = path.resolve(__dirname, "../dist");

export interface FileSize {
  file: string;
  raw: number;
  gzip: number;
}

export function fileSize(file: string): FileSize {
  const buf = fs.readFileSync(path.join(DIST, file));
  return { file, raw: buf.length, gzip: zlib.gzipSync(buf, { level: 9 }).length };
}

/** Every .js file in dist/ (entries and chunks). */
export function jsSizes(): FileSize[] {
  return fs
    .readdirSync(DIST)
    .filter((f) => f.endsWith(".js"))
    .sort()
    .map(fileSize);
}

export const kb = (bytes: number): number => Math.round(bytes / 100) / 10;

/** The scripts taskpane.html loads itself (its initial chunks), in order; office.js (CDN) excluded. */
export function pageScripts(): string[] {
  const html = fs.readFileSync(path.join(DIST, "taskpane.html"), "utf8");
  return [...html.matchAll(/<script\b[^>]*\bsrc=["']?([^"' >]+)/g)]
    .map((m) => m[1])
    .filter((src) => !/^https?:/.test(src));
}

/**
 * The task pane's initial JavaScript: taskpane.js and every other initial chunk the page loads before it
 * renders (a vendor or runtime chunk, if the build splits one out), never functions.js (its own figure) and
 * never a chunk loaded by import() (the preview formula engine), even when it happens to arrive early.
 */
export function taskpaneInitial(): { files: string[]; gzip: number; raw: number } {
  const files = [
    "taskpane.js",
    ...pageScripts().filter((f) => f !== "taskpane.js" && f !== "functions.js"),
  ];
  const sizes = [...new Set(files)].filter((f) => fs.existsSync(path.join(DIST, f))).map(fileSize);
  return {
    files: sizes.map((s) => s.file),
    gzip: sizes.reduce((a, s) => a + s.gzip, 0),
    raw: sizes.reduce((a, s) => a + s.raw, 0),
  };
}

/** Everything the page loads before first render, functions.js included (the shared runtime loads both). */
export function pageInitial(): { files: string[]; gzip: number } {
  const sizes = pageScripts()
    .filter((f) => fs.existsSync(path.join(DIST, f)))
    .map(fileSize);
  return { files: sizes.map((s) => s.file), gzip: sizes.reduce((a, s) => a + s.gzip, 0) };
}

/** The style sheets taskpane.html links (fetched before first render, but not scripts). */
export function pageStyles(): FileSize[] {
  const html = fs.readFileSync(path.join(DIST, "taskpane.html"), "utf8");
  const hrefs = [...html.matchAll(/<link\b[^>]*\brel=["']?stylesheet[^>]*>/g)]
    .map((m) => /\bhref=["']?([^"' >]+)/.exec(m[0])?.[1])
    .filter((h): h is string => h !== undefined && !/^https?:/.test(h));
  return [...new Set(hrefs)].filter((f) => fs.existsSync(path.join(DIST, f))).map(fileSize);
}

/** Every .js chunk the page does not load by a <script> tag: fetched by import(), not counted above. */
export function lazyChunks(): FileSize[] {
  const initial = new Set(pageScripts());
  return jsSizes().filter((f) => !initial.has(f.file));
}

if (require.main === module) {
  const page = pageInitial();
  console.log(
    JSON.stringify({
      files: jsSizes(),
      taskpane: taskpaneInitial(),
      functions: fileSize("functions.js"),
      page: { counted: page.files, gzip: page.gzip },
      lazy: lazyChunks().map((f) => f.file),
      styles: pageStyles(),
    })
  );
}
