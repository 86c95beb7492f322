// `npm start` in a real browser (setup in harness.js): scripts/start.js serves the development build with the
// webpack dev server (HTTP=1, a free port), headless Chromium opens taskpane.html with every off-box request
// aborted, and the pane must show its clause list without a page error. Issue 9: the dev server used to inject
// its client into both entries while taskpane depends on functions, and the pane stayed blank.
const { test } = require("node:test");
const assert = require("node:assert/strict");
const { usePane, shot, officeReady, offBox } = require("./harness");

const { newPage, external, url, devServerOutput } = usePane({ devServer: true });

test("npm start serves a task pane that renders its clause list", async () => {
  const { page, problems } = await newPage();
  const response = await page.goto(url());
  assert.equal(response.status(), 200);

  // The clause list: the search box, and the first Heilongjiang robot clause among its rows. A blank pane
  // fails here with the page's own errors in the message.
  const rendered = Promise.all([
    page.getByRole("searchbox", { name: "Search clauses" }).waitFor(),
    page.getByRole("button", { name: /^HLJ-ROBOT-01\b/ }).waitFor(),
  ]);
  await rendered.catch((e) => {
    throw new Error(`${e.message}\npage errors:\n${problems.join("\n")}`);
  });
  const info = await officeReady(page);
  assert.equal(info.host, null); // a plain browser: preview mode
  await shot(page, "dev-server-pane", { fullPage: false });

  // The development bundles, not the production build: no dev-server client, no websocket.
  const scripts = await page.evaluate(() => [...document.scripts].map((s) => s.src));
  assert.ok(
    scripts.some((s) => s.endsWith("/functions.js")) &&
      scripts.some((s) => s.endsWith("/taskpane.js"))
  );
  const bundle = await (await page.request.get(url("taskpane.js"))).text();
  assert.doesNotMatch(bundle, /webpack-dev-server\/client/);

  assert.deepEqual(problems, []);
  assert.deepEqual(offBox(external), [], `off-box requests: ${offBox(external).join(", ")}`);
  assert.match(devServerOutput(), /Subsidy Modelling add-in/);
});
