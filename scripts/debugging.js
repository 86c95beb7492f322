#!/usr/bin/env node

/**
 * `npm run start:desktop`, `npm run start:web`, `npm run stop`: Microsoft's office-addin-debugging, as the
 * Yeoman templates use it (start the dev server, sideload manifest.xml into Excel, and undo both on stop).
 * It sideloads only where there is an Excel: desktop Excel on Windows or a Mac, Excel on the web given a document (--document URL). Elsewhere
 * these commands say so and print the manual steps. Extra arguments go to office-addin-debugging, e.g.
 * `npm run start:web -- --document https://…/book.xlsx`.
 */
const { spawnSync } = require("child_process");
const path = require("path");
const { FIX_COMMANDS, officeCaInstalled } = require("./dev-certs");

const [command, target, ...extra] = process.argv.slice(2);
const root = path.resolve(__dirname, "..");
const desktopExcel = process.platform === "win32" || process.platform === "darwin";

const MANUAL = `Manual steps (README.md, "Sideloading"): run \`npm start\`, then
  • Excel on the web:  Home → Add-ins → More Settings → Upload My Add-in → ${path.join(root, "manifest.xml")}
  • Excel on Windows:  shared-folder catalog (\\\\machine\\share), Show in Menu, restart, Home → Add-ins → Advanced → SHARED FOLDER
  • Excel on Mac:      copy manifest.xml into ~/Library/Containers/com.microsoft.Excel/Data/Documents/wef/, restart, Home → Add-ins`;

function cli() {
  try {
    return require.resolve("office-addin-debugging/cli.js");
  } catch {
    return undefined;
  }
}

function run(args) {
  const r = spawnSync(process.execPath, [cli(), ...args, ...extra], {
    cwd: root,
    stdio: "inherit",
  });
  process.exit(r.status ?? 1);
}

if (command === "stop") {
  if (cli() && desktopExcel) run(["stop", "manifest.xml"]);
  console.log(
    "Nothing was sideloaded by office-addin-debugging here. `npm start` runs in the foreground: stop it with Ctrl+C.\n" +
      "To remove a manually sideloaded add-in: Excel on the web → Home → Add-ins → More Settings → My Add-ins → Remove;\n" +
      "Windows/Mac → remove manifest.xml from the shared folder or the wef folder and restart Excel."
  );
  process.exit(0);
}

if (command !== "start" || !["desktop", "web"].includes(target)) {
  console.error(
    "usage: node scripts/debugging.js start desktop|web [office-addin-debugging options] | stop"
  );
  process.exit(2);
}
if (!cli()) {
  console.log(
    `office-addin-debugging is not installed: run npm install (README.md, "Requirements").\n${MANUAL}`
  );
  process.exit(1);
}
if (target === "desktop" && !desktopExcel) {
  console.log(
    `There is no desktop Excel on ${process.platform}: office-addin-debugging sideloads only on Windows and macOS.\n${MANUAL}`
  );
  process.exit(1);
}
if (target === "web" && !extra.includes("--document")) {
  console.log(`Excel on the web needs a workbook to sideload into: npm run start:web -- --document <URL of a workbook
in OneDrive or SharePoint>. Or upload the manifest by hand.\n${MANUAL}`);
  process.exit(1);
}
if (!officeCaInstalled())
  console.log(`Excel trusts only office-addin-dev-certs' certificate; office-addin-debugging will offer to install it
(or run: ${FIX_COMMANDS[0][0]}).`);
run([
  "start",
  "manifest.xml",
  target,
  "--dev-server",
  "npm run dev-server",
  "--dev-server-port",
  "3000",
]);
