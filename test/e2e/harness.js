// Shared setup of the real-browser tests: Debian chromium + playwright-core, the PRODUCTION build served
// from dist/ over http on 127.0.0.1, office.js's CDN URL fulfilled from node_modules/@microsoft/office-js/dist,
// every other off-box request aborted and recorded. Opened outside Office, the pane runs in preview mode
// against its in-memory workbook. Screenshots go to test/e2e/artifacts/.
// usePane({ devServer: true }) serves the pane with `npm start` instead (scripts/start.js: the webpack dev
// server, development build, over http on a free port), the way a developer and Excel meet it first.
//
// usePane() registers the before/after hooks of the calling test file and returns its helpers.
const { before, after } = require("node:test");
const { spawn } = require("node:child_process");
const http = require("node:http");
const net = require("node:net");
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const { chromium } = require("playwright-core");

const ROOT = path.resolve(__dirname, "../..");
const DIST = path.join(ROOT, "dist");
const OFFICE_DIST = path.join(ROOT, "node_modules/@microsoft/office-js/dist");
const ARTIFACTS = path.join(__dirname, "artifacts");
const TYPES = {
  ".css": "text/css",
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".json": "application/json",
  ".png": "image/png",
  ".xml": "application/xml",
};
// office.js's own logging frame (OSF.Logger): the only off-box request the page may attempt.
const TELEMETRY_HOST = "telemetryservice.firstpartyapps.oaspapps.com";

/** Serves office.js and its companion o15apptofilemappingtable.js from the npm package, optionally late. */
function officeRoute(delayMs = 0) {
  return async (route) => {
    const file = path.join(
      OFFICE_DIST,
      new URL(route.request().url()).pathname.replace("/lib/1/hosted/", "")
    );
    if (delayMs && file.endsWith("o15apptofilemappingtable.js"))
      await new Promise((r) => setTimeout(r, delayMs));
    return fs.existsSync(file)
      ? route.fulfill({ path: file, contentType: "text/javascript" })
      : route.fulfill({ status: 404 });
  };
}

const shot = (page, name, options = {}) =>
  page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage: true, ...options });
const cell = (page, address) => page.locator(`td[data-address="${address}"]`);
const officeReady = (page) =>
  page
    .waitForFunction(() => window.__officeReady, null, { timeout: 15000 })
    .then((h) => h.jsonValue());
/** The requests that left localhost, except office.js's own telemetry frame. */
const offBox = (external) => external.filter((u) => new URL(u).host !== TELEMETRY_HOST);

/** A port nothing listens on right now (the OS picks it). */
function freePort() {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/**
 * `npm start` (scripts/start.js) with HTTP=1 on a free port, its own process group so that stopping it stops
 * webpack too. Resolves once taskpane.html is served (the first development build takes 10–60 s here).
 */
async function startDevServer(timeoutMs = 180000) {
  const port = await freePort();
  const child = spawn(process.execPath, [path.join(ROOT, "scripts/start.js")], {
    cwd: ROOT,
    env: { ...process.env, HTTP: "1", PORT: String(port) },
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (d) => (output += d));
  child.stderr.on("data", (d) => (output += d));
  const base = `http://127.0.0.1:${port}`;
  const stop = () => {
    try {
      process.kill(-child.pid, "SIGTERM");
    } catch {
      // already gone
    }
  };
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`npm start exited with ${child.exitCode}:\n${output}`);
    const status = await new Promise((resolve) =>
      http
        .get(`${base}/taskpane.html`, (res) => {
          res.resume();
          resolve(res.statusCode);
        })
        .on("error", () => resolve(0))
    );
    if (status === 200) return { base, stop, output: () => output };
    await new Promise((r) => setTimeout(r, 500));
  }
  stop();
  throw new Error(`npm start did not serve taskpane.html within ${timeoutMs / 1000} s:\n${output}`);
}

function usePane({ devServer = false } = {}) {
  const state = { server: undefined, dev: undefined, base: undefined, browserContext: undefined };
  const external = [];

  before(async () => {
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    if (devServer) {
      state.dev = await startDevServer();
      state.base = state.dev.base;
    } else await serveDist();
    state.browserContext = await launchChromium();
  });

  after(async () => {
    await state.browserContext?.close();
    state.server?.close();
    state.dev?.stop();
  });

  async function serveDist() {
    state.server = http.createServer((req, res) => {
      const file = path.join(DIST, decodeURIComponent(new URL(req.url, "http://x").pathname));
      if (!file.startsWith(DIST) || !fs.existsSync(file) || fs.statSync(file).isDirectory())
        return res.writeHead(404).end();
      res.writeHead(200, {
        "content-type": TYPES[path.extname(file)] || "application/octet-stream",
      });
      fs.createReadStream(file).pipe(res);
    });
    await new Promise((r) => state.server.listen(0, "127.0.0.1", r));
    state.base = `http://127.0.0.1:${state.server.address().port}`;
  }

  function launchChromium() {
    return chromium.launchPersistentContext(fs.mkdtempSync(path.join(os.tmpdir(), "chromium-")), {
      executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
      headless: true,
      locale: "en-US",
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
  }

  /** A new page with the network rules and a record of page errors and console errors. */
  async function newPage({
    officeDelayMs = 0,
    officeMissing = false,
    width = 420,
    height = 760,
  } = {}) {
    const page = await state.browserContext.newPage();
    await page.setViewportSize({ width, height });
    // Route order matters: Playwright tries the most recently registered matching route first, so the
    // abort-everything-else route goes first and the office.js route second.
    await page.route(/^https?:\/\/(?!127\.0\.0\.1|localhost)/, (route) => {
      external.push(route.request().url());
      return route.abort();
    });
    await page.route(
      "https://appsforoffice.microsoft.com/lib/1/hosted/**",
      officeMissing ? (r) => r.fulfill({ status: 404 }) : officeRoute(officeDelayMs)
    );
    const problems = [];
    page.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
    page.on(
      "console",
      (m) => m.type() === "error" && problems.push(`console: ${m.text()} (${m.location().url})`)
    );
    return { page, problems };
  }

  return {
    newPage,
    external,
    /** The pane's URL (known once the before hook ran). */
    url: (file = "taskpane.html") => `${state.base}/${file}`,
    /** What `npm start` printed so far (devServer only). */
    devServerOutput: () => state.dev?.output() ?? "",
  };
}

module.exports = { usePane, shot, cell, officeReady, offBox, ARTIFACTS, DIST, TELEMETRY_HOST };
