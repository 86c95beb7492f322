/**
 * The manifest webpack emits (dist/manifest.xml), from the one in the project root:
 * - every `https://localhost:3000/` URL points at the deployed add-in (ADDIN_URL) in a production build;
 * - `<Version>` is package.json's version with a fourth part (0.1.0 → 0.1.0.0). Excel caches functions.json and
 *   functions.js for up to 24 hours and re-reads them when the manifest's version changes, so bumping
 *   package.json on every release is what makes Excel pick up new functions.
 * A production manifest must not name localhost at all: test/manifest.test.ts checks the built one.
 */
const DEV_URL = "https://localhost:3000/";

/** "0.1.0" → "0.1.0.0"; Office wants one to four dot-separated numbers, each at most 5 digits. */
function manifestVersion(packageVersion) {
  const core = String(packageVersion).split(/[-+]/)[0];
  const parts = core.split(".");
  if (parts.length !== 3 || !parts.every((p) => /^\d{1,5}$/.test(p)))
    throw new Error(`package.json version "${packageVersion}" is not major.minor.patch`);
  return `${parts.join(".")}.0`;
}

/** Rewrites the root manifest for `baseUrl` (undefined: keep the dev URLs) and stamps the version. */
function buildManifest(xml, { baseUrl, version }) {
  let out = String(xml).replace(/<Version>[^<]*<\/Version>/, `<Version>${manifestVersion(version)}</Version>`);
  if (baseUrl !== undefined) {
    const base = new URL(baseUrl);
    if (base.protocol !== "https:") throw new Error(`ADDIN_URL must be https: ${baseUrl}`);
    const target = base.href.endsWith("/") ? base.href : `${base.href}/`;
    out = out.split(DEV_URL).join(target);
  }
  return out;
}

module.exports = { DEV_URL, manifestVersion, buildManifest };
