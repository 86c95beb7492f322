#!/usr/bin/env node

/**
 * `npm test`: every test. The production build, the type check and lint (one check each), Jest (unit,
 * component, host, property, docs), then the real-browser tests in headless Chromium against that build.
 * Ends with one plain line "N passed, N failed", plus ", N skipped" when anything was skipped (CI reads it).
 * Without Chromium the browser tests are skipped with a clear line (each test file counts as one skip), Jest
 * skips the dist/ checks when there is no build and the XSD checks without xmllint; under CI=true a skip is
 * a failure.
 */
const { spawnSync } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");

const root = path.resolve(__dirname, "..");
const ci = process.env.CI === "true" || process.env.CI === "1";
const chromium = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
let passed = 0;
let failed = 0;
let skipped = 0;

function run(cmd, args, extraEnv = {}) {
  return spawnSync(cmd, args, {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, ...extraEnv },
  });
}

/** A whole-project check (build, type check, lint) counts as one test. */
function check(name, cmd, args, extraEnv) {
  const r = run(cmd, args, extraEnv);
  if (r.status === 0) passed += 1;
  else {
    console.log(`${name} failed.`);
    failed += 1;
  }
  return r.status === 0;
}

// 1. The production build: the browser tests load it, and Jest's bundle checks read it.
const built = check(
  "The production build",
  process.execPath,
  [require.resolve("webpack-cli/bin/cli.js"), "--mode", "production"],
  { TRANSPILE_ONLY: "1" }
);

// 2. Type check (Jest transpiles file by file and does not type-check) and lint.
check("The type check", process.execPath, [
  require.resolve("typescript/bin/tsc"),
  "--noEmit",
  "-p",
  ".",
]);
check("Lint", process.execPath, [require.resolve("office-addin-lint/lib/cli.js"), "check"]);

// 3. Jest
const jestJson = path.join(os.tmpdir(), `jest-results-${process.pid}.json`);
const jest = run(process.execPath, [
  require.resolve("jest/bin/jest"),
  "--ci",
  "--json",
  `--outputFile=${jestJson}`,
]);
try {
  const r = JSON.parse(fs.readFileSync(jestJson, "utf8"));
  passed += r.numPassedTests;
  failed += r.numFailedTests + r.numRuntimeErrorTestSuites;
  skipped += r.numPendingTests + r.numTodoTests;
} catch {
  failed += 1;
}
if (jest.status !== 0 && failed === 0) failed += 1;

// 4. Browser tests (test/e2e/*.e2e.test.js, node:test + playwright-core + Debian chromium)
const e2eDir = path.join(root, "test/e2e");
const e2eFiles = fs.existsSync(e2eDir)
  ? fs.readdirSync(e2eDir).filter((f) => f.endsWith(".e2e.test.js"))
  : [];
if (e2eFiles.length > 0) {
  if (!fs.existsSync(chromium)) {
    console.log(
      `Browser tests skipped: no Chromium at ${chromium}. Install it with: apt-get install -y chromium fonts-noto-cjk`
    );
    skipped += e2eFiles.length;
  } else if (!built) {
    console.log("Browser tests not run: the production build failed.");
    skipped += e2eFiles.length;
  } else {
    const e2e = spawnSync(
      process.execPath,
      ["--test", "--test-reporter=tap", ...e2eFiles.map((f) => path.join("test/e2e", f))],
      { cwd: root, encoding: "utf8", env: process.env, maxBuffer: 64 * 1024 * 1024 }
    );
    process.stdout.write(e2e.stdout);
    process.stderr.write(e2e.stderr);
    const pass = Number((e2e.stdout.match(/^# pass (\d+)/m) || [])[1] || 0);
    const fail = Number((e2e.stdout.match(/^# fail (\d+)/m) || [])[1] || 0);
    passed += pass;
    failed += fail;
    skipped += Number((e2e.stdout.match(/^# skipped (\d+)/m) || [])[1] || 0);
    if (e2e.status !== 0 && fail === 0) failed += 1;
  }
}

if (ci && skipped > 0) {
  console.log(`CI=true: ${skipped} skipped test(s) count as failures.`);
  failed += skipped;
  skipped = 0;
}
console.log(`${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ""}`);
process.exit(failed > 0 ? 1 : 0);
