/**
 * `npm run validate` (first step): the manifests and functions.json files against Microsoft's schemas, offline
 * (scripts/validate-schemas.ts). Checks the sources and what a production build emits — generated here with the
 * build's own code (scripts/manifest-build.ts, scripts/site-assets.ts) and, when present, the files in dist/.
 * Without xmllint the manifest check is skipped with the install line; under CI=true that is a failure.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join, relative } from "path";
import { buildManifest, productionUrl } from "./manifest-build";
import { siteAssets } from "./site-assets";
import {
  XMLLINT_INSTALL,
  functionsSchemaErrors,
  manifestSchemaErrors,
  xmllintAvailable,
} from "./validate-schemas";

const root = join(__dirname, "..");
const dist = join(root, "dist");
const ci = process.env.CI === "true" || process.env.CI === "1";
const { version } = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
let problems = 0;

function report(label: string, errors: string[]) {
  console.log(`${errors.length === 0 ? "ok  " : "FAIL"} ${label}`);
  for (const e of errors) console.log(`       ${e}`);
  problems += errors.length;
}

// Manifests: the source, the production one generated in memory, and dist/manifest.xml if built.
const tmp = mkdtempSync(join(tmpdir(), "manifest-"));
const generated = join(tmp, "manifest.xml");
const sourceXml = readFileSync(join(root, "manifest.xml"), "utf8");
writeFileSync(generated, buildManifest(sourceXml, { baseUrl: productionUrl(), version }));
const manifests: [string, string][] = [
  ["manifest.xml", join(root, "manifest.xml")],
  [`production manifest for ${productionUrl()} (generated)`, generated],
];
if (existsSync(join(dist, "manifest.xml")))
  manifests.push(["dist/manifest.xml", join(dist, "manifest.xml")]);

if (xmllintAvailable()) {
  for (const [label, file] of manifests)
    report(`${label}: manifest XSD`, manifestSchemaErrors(file));
} else {
  console.log(`SKIP manifest XSD: xmllint is not installed. Install it with: ${XMLLINT_INSTALL}`);
  if (ci) problems += 1;
}
for (const [label, file] of manifests.slice(1)) {
  const hits = readFileSync(file, "utf8").match(/.*localhost.*/g) ?? [];
  report(
    `${label}: no localhost`,
    hits.map((l) => l.trim())
  );
}

// functions.json in both languages: generated, and dist/ if built.
const assets = siteAssets(productionUrl());
for (const name of ["functions.json", "zh-cn/functions.json"]) {
  report(
    `${name} (generated): v1.30 + 2019 schemas`,
    functionsSchemaErrors(JSON.parse(assets[name]))
  );
  const built = join(dist, name);
  if (existsSync(built))
    report(
      `${relative(root, built)}: v1.30 + 2019 schemas`,
      functionsSchemaErrors(JSON.parse(readFileSync(built, "utf8")))
    );
}

console.log(
  problems === 0 ? "Schema validation passed." : `Schema validation: ${problems} problem(s).`
);
process.exit(problems === 0 ? 0 : 1);
