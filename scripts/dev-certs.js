/**
 * Which certificate the https dev server uses. Excel (desktop and on the web) loads the add-in only from a
 * server whose certificate the machine trusts: office-addin-dev-certs installs a localhost CA for that
 * (`npm run certs`). Whenever that CA is installed the dev server uses its certificate; otherwise it falls back
 * to webpack-dev-server's self-signed one, which a browser preview accepts after a warning and Excel refuses.
 * DEV_CERTS=self-signed forces the fallback.
 */
const FIX_COMMANDS = [
  [
    "npm run certs",
    "office-addin-dev-certs install: creates a localhost CA and trusts it (asks for admin rights)",
  ],
  ["npm start", "start again: the dev server then uses the trusted certificate"],
];

/** True when office-addin-dev-certs' CA is installed in the machine's trust store. */
function officeCaInstalled() {
  if (process.env.DEV_CERTS === "self-signed") return false;
  try {
    return require("office-addin-dev-certs").isCaCertificateInstalled();
  } catch {
    return false; // its verify script failed: treat as not installed, the server still starts
  }
}

/** The https options for webpack-dev-server: office-addin-dev-certs' certificate, or undefined (self-signed). */
async function devServerHttpsOptions() {
  if (!officeCaInstalled()) return undefined;
  const o = await require("office-addin-dev-certs").getHttpsServerOptions();
  return { ca: o.ca, key: o.key, cert: o.cert };
}

module.exports = { FIX_COMMANDS, officeCaInstalled, devServerHttpsOptions };
