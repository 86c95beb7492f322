#!/usr/bin/env node

/**
 * `npm start`: serves the add-in on https://localhost:3000 (webpack dev server) and says how to load it.
 * Sideloading into desktop Excel needs Windows or a Mac; elsewhere the pane runs in preview mode in a browser.
 */
const { spawn } = require("child_process");
const path = require("path");

const port = process.env.PORT || 3000;
console.log(`
Subsidy Modelling add-in — serving https://localhost:${port}/
  Preview (no Excel needed):  https://localhost:${port}/taskpane.html   (accept the self-signed certificate)
  Manifest:                   ${path.resolve(__dirname, "../manifest.xml")}

Load it into Excel (see README.md, "Sideloading"):
  • Excel on the web:  Insert → Add-ins → Manage My Add-ins → Upload My Add-in → choose manifest.xml
  • Excel on Windows:  share a folder containing manifest.xml, add it under File → Options → Trust Center →
                       Trusted Add-in Catalogs, restart Excel, then Insert → My Add-ins → Shared Folder
  • Excel on Mac:      copy manifest.xml to ~/Library/Containers/com.microsoft.Excel/Data/Documents/wef/ and restart Excel
  Excel must trust the certificate: run \`npm run certs\` once (installs a localhost CA; needs admin rights) and
  start with DEV_CERTS=office. Linux has no desktop Excel: use Excel on the web or the browser preview.
`);
const child = spawn(
  process.execPath,
  [require.resolve("webpack-cli/bin/cli.js"), "serve", "--mode", "development"],
  {
    stdio: "inherit",
    env: process.env,
  }
);
const stop = () => child.kill("SIGTERM");
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
child.on("exit", (code) => process.exit(code ?? 0));
