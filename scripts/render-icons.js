#!/usr/bin/env node
/**
 * `npm run icons`: renders assets/subsidy.svg to the PNGs the manifest names (assets/subsidy-16/32/64/80.png)
 * in headless Chromium (the browser the e2e tests use), with a transparent background outside the rounded square.
 */
const fs = require("node:fs");
const path = require("node:path");
const { chromium } = require("playwright-core");

const ASSETS = path.resolve(__dirname, "../assets");
const SIZES = [16, 32, 64, 80];

(async () => {
  const svg = fs.readFileSync(path.join(ASSETS, "subsidy.svg"), "utf8");
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu"],
  });
  try {
    for (const size of SIZES) {
      const page = await browser.newPage({ viewport: { width: size, height: size } });
      const img = `data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}`;
      await page.setContent(
        `<html><body style="margin:0;background:transparent"><img src="${img}" width="${size}" height="${size}" style="display:block"></body></html>`
      );
      await page.locator("img").evaluate((el) => el.decode());
      const out = path.join(ASSETS, `subsidy-${size}.png`);
      await page.screenshot({
        path: out,
        omitBackground: true,
        clip: { x: 0, y: 0, width: size, height: size },
      });
      await page.close();
      console.log(`wrote ${path.relative(process.cwd(), out)}`);
    }
  } finally {
    await browser.close();
  }
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
