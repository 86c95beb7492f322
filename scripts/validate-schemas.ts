/**
 * Offline checks against Microsoft's own schemas (copies in schemas/, see schemas/README.md):
 * - a manifest against the add-in manifest XSD with `xmllint --schema` (libxml2-utils);
 * - a functions.json against (a) extension-function.v1.30.schema.json as published, whose limits are the only
 *   machine-readable ones Microsoft gives (id/name 3–64 characters, description ≤ 1024, parameter
 *   description ≤ 512, https helpUrl), and (b) the 2019 custom-functions schema as patched in
 *   schemas/custom-functions-2019-patch.ts, which rejects any property Microsoft does not document.
 * Both JSON schemas are draft-04, which ajv 8 compiles only through ajv-draft-04.
 * Used by `npm run validate` (scripts/validate.ts) and the Jest tests (test/manifest.test.ts,
 * test/functions/schema.test.ts).
 */
import { spawnSync } from "child_process";
import { join } from "path";
import Ajv, { type ErrorObject, type ValidateFunction } from "ajv-draft-04";
import v130 from "../schemas/extension-function.v1.30.schema.json";
import { patchedCustomFunctionsSchema } from "../schemas/custom-functions-2019-patch";

export const SCHEMAS = join(__dirname, "..", "schemas");
export const MANIFEST_XSD = join(SCHEMAS, "OfficeAppManifestV1_1.xsd");
export const XMLLINT_INSTALL = "apt-get install -y libxml2-utils";

export function xmllintAvailable(): boolean {
  return spawnSync("xmllint", ["--version"], { encoding: "utf8" }).status === 0;
}

/** xmllint's complaints about a manifest file ([] when it validates). */
export function manifestSchemaErrors(file: string): string[] {
  const r = spawnSync("xmllint", ["--noout", "--schema", MANIFEST_XSD, file], { encoding: "utf8" });
  if (r.error) throw r.error;
  if (r.status === 0) return [];
  return r.stderr.split("\n").filter((l) => l.trim() !== "" && !/ fails to validate$/.test(l));
}

// strict: false because Microsoft's schemas carry annotations ajv's strict mode does not know
// ("examples", "title" on every property, a null among cellValueType's string values).
const ajv = new Ajv({ allErrors: true, strict: false });
const validators: Record<"v1.30" | "2019 (patched)", ValidateFunction> = {
  "v1.30": ajv.compile(v130),
  "2019 (patched)": ajv.compile(patchedCustomFunctionsSchema()),
};

/** "functions/12/parameters/0/description" → "HZ_X.parameters[0] (rate).description". */
function where(metadata: any, e: ErrorObject): string {
  const path = e.instancePath.split("/").slice(1);
  if (path[0] !== "functions" || path.length < 2) return e.instancePath || "(root)";
  const fn = metadata.functions[Number(path[1])];
  let label = fn?.id ?? `functions[${path[1]}]`;
  let rest = path.slice(2);
  if (rest[0] === "parameters" && rest.length >= 2) {
    label += `.parameters[${rest[1]}] (${fn?.parameters?.[Number(rest[1])]?.name})`;
    rest = rest.slice(2);
  }
  return [label, ...rest].join(".");
}

/** Every schema violation in a functions.json object, as "<schema>: <where> <message>" lines. */
export function functionsSchemaErrors(metadata: unknown): string[] {
  const out: string[] = [];
  for (const [name, validate] of Object.entries(validators)) {
    if (validate(metadata)) continue;
    for (const e of validate.errors ?? []) {
      const extra = e.keyword === "additionalProperties" ? ` (${e.params.additionalProperty})` : "";
      out.push(`${name}: ${where(metadata, e)} ${e.message}${extra}`);
    }
  }
  return out;
}
