#!/usr/bin/env node

/**
 * `npm start`: serves the add-in on https://localhost:3000 (webpack dev server, development build) and says how
 * to load it. With office-addin-dev-certs' CA installed the server uses its certificate, which Excel trusts
 * (scripts/dev-certs.js); without it the first thing printed is that Excel will refuse the server, and the two
 * commands that fix it. HTTP=1 serves plain http (tests, a browser preview). PORT changes the port.
 * Sideloading steps: README.md, "Sideloading"; `npm run start:desktop` / `start:web` automate them where Excel is.
 */
const { spawn } = require("child_process");
const path = require("path");
const { FIX_COMMANDS, officeCaInstalled } = require("./dev-certs");

const port = process.env.PORT || 3000;
const http = Boolean(process.env.HTTP);
const scheme = http ? "http" : "https";
const manifest = path.resolve(__dirname, "../manifest.xml");
const trusted = !http && officeCaInstalled();

if (!http && !trusted) {
  console.log(`
!! Excel will refuse this server: its certificate is self-signed and this machine does not trust it.
   A browser preview still works (accept the warning). For Excel, run these two commands:
${FIX_COMMANDS.map(([cmd, why]) => `     ${cmd.padEnd(15)} # ${why}`).join("\n")}
`);
}

console.log(`Subsidy Modelling add-in — serving ${scheme}://localhost:${port}/ (${
  http
    ? "plain http: a browser preview only, Excel needs https"
    : trusted
      ? "certificate: office-addin-dev-certs, trusted"
      : "certificate: self-signed"
})
  Preview (no Excel needed):  ${scheme}://localhost:${port}/taskpane.html
  Manifest:                   ${manifest}

Load it into Excel (README.md, "Sideloading"):
  • Excel on the web:  open https://localhost:${port}/ once in the same browser so it trusts the server, then
                       Home → Add-ins → More Settings → Upload My Add-in → manifest.xml
  • Excel on Windows:  share the folder that holds manifest.xml, enter its network path (\\\\machine\\share) as the
                       Catalog Url under File → Options → Trust Center → Trust Center Settings → Trusted Add-in
                       Catalogs, tick Show in Menu, restart Excel, then Home → Add-ins → Advanced → SHARED FOLDER
  • Excel on Mac:      copy manifest.xml into ~/Library/Containers/com.microsoft.Excel/Data/Documents/wef/
                       (create wef if it is missing), restart Excel, then Home → Add-ins
  Or let office-addin-debugging do it: npm run start:desktop / npm run start:web (npm run stop afterwards).
  No desktop Excel on Linux: use Excel on the web or the browser preview.
`);

const child = spawn(
  process.execPath,
  [require.resolve("webpack-cli/bin/cli.js"), "serve", "--mode", "development"],
  { stdio: "inherit", env: process.env } // webpack.config.js makes the same certificate choice
);
const stop = () => child.kill("SIGTERM");
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
child.on("exit", (code) => process.exit(code ?? 0));
