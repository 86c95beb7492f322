/**
 * functions.json in both languages against Microsoft's schemas (scripts/validate-schemas.ts): the v1.30 function
 * limits as published and the 2019 custom-functions schema as patched in schemas/custom-functions-2019-patch.ts.
 * The files checked are the ones the build emits (siteAssets is what webpack writes) and, after a build, dist/'s.
 */
import { existsSync, readFileSync } from "fs";
import { join } from "path";
import { siteAssets } from "../../scripts/site-assets";
import { functionsSchemaErrors } from "../../scripts/validate-schemas";

const DIST = join(__dirname, "../../dist");
const FILES = ["functions.json", "zh-cn/functions.json"];
const generated = siteAssets("https://subsidy.example.com/");
const en = JSON.parse(generated["functions.json"]);

/** A one-function metadata file to probe the schemas with. */
const probe = (fn: Record<string, unknown> = {}, root: Record<string, unknown> = {}) => ({
  ...root,
  functions: [
    {
      id: "HZ_PROBE",
      name: "HZ_PROBE",
      description: "A probe.",
      helpUrl: "https://subsidy.example.com/help.html#HZ_PROBE",
      parameters: [
        { name: "amount", description: "Amount in yuan.", type: "any", dimensionality: "scalar" },
      ],
      result: { dimensionality: "scalar" },
      ...fn,
    },
  ],
});
const param = (p: Record<string, unknown>) =>
  probe({ parameters: [{ name: "amount", description: "Amount in yuan.", type: "any", ...p }] });

describe("functions.json against Microsoft's schemas", () => {
  it.each(FILES)("the generated %s passes v1.30 and the patched 2019 schema", (file) => {
    const metadata = JSON.parse(generated[file]);
    expect(metadata.functions.length).toBeGreaterThan(50);
    expect(functionsSchemaErrors(metadata)).toEqual([]);
  });

  const built = FILES.filter((f) => existsSync(join(DIST, f)));
  (built.length > 0 ? it.each(built) : it.skip.each(FILES))(
    "dist/%s passes both schemas",
    (file) => {
      expect(functionsSchemaErrors(JSON.parse(readFileSync(join(DIST, file), "utf8")))).toEqual([]);
    }
  );

  it("still passes with the root flags Microsoft documents (allowErrorForDataTypeAny, allowCustomDataForDataTypeAny)", () => {
    expect(
      functionsSchemaErrors({
        ...en,
        allowErrorForDataTypeAny: true,
        allowCustomDataForDataTypeAny: true,
      })
    ).toEqual([]);
    expect(functionsSchemaErrors(probe({}, { allowErrorForDataTypeAny: "yes" }))).toEqual([
      "2019 (patched): /allowErrorForDataTypeAny must be boolean",
    ]);
  });

  it("the probe itself is valid, so each failure below is the one change it makes", () => {
    expect(functionsSchemaErrors(probe())).toEqual([]);
  });

  it("enforces v1.30's limits: id and name 3–64 characters, description ≤ 1024, parameter description ≤ 512, https helpUrl", () => {
    expect(functionsSchemaErrors(probe({ id: "HZ", name: "HZ" }))).toEqual([
      "v1.30: HZ.id must NOT have fewer than 3 characters",
      "v1.30: HZ.name must NOT have fewer than 3 characters",
    ]);
    expect(functionsSchemaErrors(probe({ id: "X".repeat(65) })).length).toBe(1);
    expect(functionsSchemaErrors(probe({ description: "x".repeat(1024) }))).toEqual([]);
    expect(functionsSchemaErrors(probe({ description: "x".repeat(1025) }))).toEqual([
      "v1.30: HZ_PROBE.description must NOT have more than 1024 characters",
    ]);
    expect(functionsSchemaErrors(param({ description: "x".repeat(512) }))).toEqual([]);
    expect(functionsSchemaErrors(param({ description: "x".repeat(513) }))).toEqual([
      "v1.30: HZ_PROBE.parameters[0] (amount).description must NOT have more than 512 characters",
    ]);
    expect(
      functionsSchemaErrors(probe({ helpUrl: "http://subsidy.example.com/help.html" }))
    ).toEqual(['v1.30: HZ_PROBE.helpUrl must match pattern "^[Hh][Tt][Tt][Pp][Ss]://"']);
    // Names may be in any script (\p{L}), ids may not.
    expect(functionsSchemaErrors(probe({ name: "补贴测算" }))).toEqual([]);
    expect(functionsSchemaErrors(probe({ id: "补贴测算" })).length).toBe(1);
  });

  it("the patched 2019 schema accepts what Microsoft documents today and rejects anything else", () => {
    expect(functionsSchemaErrors(param({ repeating: true, optional: true }))).toEqual([]);
    expect(functionsSchemaErrors(param({ cellValueType: "webimagecellvalue" }))).toEqual([]);
    // The page calls the values case-insensitive, v1.30's enum lists them in lower case: write them so.
    expect(functionsSchemaErrors(param({ cellValueType: "WebImageCellValue" }))).toEqual([
      "v1.30: HZ_PROBE.parameters[0] (amount).cellValueType must be equal to one of the allowed values",
    ]);
    expect(functionsSchemaErrors(param({ customEnumId: "REGIONS" }))).toEqual([]);
    expect(
      functionsSchemaErrors(probe({ result: { type: "number", dimensionality: "matrix" } }))
    ).toEqual([]);
    expect(
      functionsSchemaErrors(probe({ options: { excludeFromAutoComplete: true, volatile: true } }))
    ).toEqual([]);
    expect(
      functionsSchemaErrors(
        probe(
          {},
          {
            enums: [
              { id: "REGIONS", type: "string", values: [{ name: "Hangzhou", stringValue: "HZ" }] },
            ],
          }
        )
      )
    ).toEqual([]);

    expect(functionsSchemaErrors(param({ cellValueType: "imagecellvalue" }))).toEqual([
      "v1.30: HZ_PROBE.parameters[0] (amount).cellValueType must be equal to one of the allowed values",
      expect.stringMatching(
        /^2019 \(patched\): HZ_PROBE\.parameters\[0\] \(amount\)\.cellValueType must match pattern/
      ),
    ]);
    expect(functionsSchemaErrors(probe({ volatile: true }))).toEqual([
      "2019 (patched): HZ_PROBE must NOT have additional properties (volatile)",
    ]);
    expect(functionsSchemaErrors(probe({ options: { recalcOnOpen: true } }))).toEqual([
      "2019 (patched): HZ_PROBE.options must NOT have additional properties (recalcOnOpen)",
    ]);
    expect(functionsSchemaErrors(param({ type: "date" }))).toEqual([
      "2019 (patched): HZ_PROBE.parameters[0] (amount).type must be equal to one of the allowed values",
    ]);
    expect(functionsSchemaErrors(probe({ result: { type: "range" } }))).toEqual([
      "2019 (patched): HZ_PROBE.result.type must be equal to one of the allowed values",
    ]);
  });
});
