/**
 * The manifest webpack emits (dist/manifest.xml), from the one in the project root:
 * - in a production build every `https://localhost:3000/` URL points at the deployed add-in (ADDIN_URL);
 * - `<Version>` is package.json's version with a fourth part (0.1.0 → 0.1.0.0). Excel caches functions.json and
 *   functions.js for up to 24 hours and re-reads them when the manifest's version changes, so bumping
 *   package.json on every release is what makes Excel pick up new functions.
 * A production manifest must not name localhost at all: test/manifest.test.ts checks the built one.
 */
export const DEV_URL = "https://localhost:3000/";
/** Where a production build points when ADDIN_URL is not set (a placeholder: set ADDIN_URL to deploy). */
export const DEFAULT_ADDIN_URL = "https://subsidy.example.com/";
/** The production base URL: ADDIN_URL, or the placeholder. */
export const productionUrl = (env: NodeJS.ProcessEnv = process.env) =>
  env.ADDIN_URL || DEFAULT_ADDIN_URL;

/** "0.1.0" → "0.1.0.0": Office wants four dot-separated numbers of at most 5 digits (the XSD's Version). */
export function manifestVersion(packageVersion: string): string {
  const parts = packageVersion.split(/[-+]/)[0].split(".");
  if (parts.length !== 3 || !parts.every((p) => /^\d{1,5}$/.test(p)))
    throw new Error(`package.json version "${packageVersion}" is not major.minor.patch`);
  return `${parts.join(".")}.0`;
}

/** The root manifest for `baseUrl` (undefined: keep the dev URLs), stamped with the version. */
export function buildManifest(
  xml: string,
  { baseUrl, version }: { baseUrl?: string; version: string }
): string {
  const stamped = xml.replace(
    /<Version>[^<]*<\/Version>/,
    `<Version>${manifestVersion(version)}</Version>`
  );
  if (baseUrl === undefined) return stamped;
  const base = new URL(baseUrl);
  if (base.protocol !== "https:") throw new Error(`ADDIN_URL must be an https URL: ${baseUrl}`);
  const target = base.href.endsWith("/") ? base.href : `${base.href}/`;
  return stamped.split(DEV_URL).join(target);
}
