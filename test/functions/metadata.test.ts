/**
 * functions.json checked against Microsoft's rules for custom-function JSON metadata: ids of A–Z, 0–9,
 * "_" and "."; names starting with a letter, at least 3 characters; allowed types and dimensionality;
 * optional parameters after required ones; unique ids; helpUrl on the add-in's own help page; and the
 * zh-CN copy localizing descriptions only.
 */
import { siteAssets } from "../../scripts/site-assets";
import { sheetFunctions } from "../../src/sheet-functions";

const assets = siteAssets("https://localhost:3000/");
const en = JSON.parse(assets["functions.json"]);
const zh = JSON.parse(assets["zh-cn/functions.json"]);

describe("functions.json (en-US) and zh-cn/functions.json", () => {
  it("lists every sheet function, once", () => {
    expect(en.functions.map((f: any) => f.id)).toEqual(sheetFunctions.map((f) => f.name));
    expect(new Set(en.functions.map((f: any) => f.id)).size).toBe(en.functions.length);
    expect(en.functions.map((f: any) => f.id)).toEqual(
      expect.arrayContaining(["HLJ_RD_SUBSIDY", "HZ_SCENARIO_AWARD"])
    );
  });

  it.each(en.functions.map((f: any) => [f.id, f]) as [string, any][])(
    "%s follows the metadata rules",
    (_id, f) => {
      expect(f.id).toMatch(/^[A-Z][A-Z0-9_.]{2,}$/);
      expect(f.name).toBe(f.id);
      expect(f.description.length).toBeGreaterThan(10);
      expect(f.helpUrl).toBe(`https://localhost:3000/help.html#${f.id}`);
      expect(["scalar", "matrix"]).toContain(f.result.dimensionality);
      if (f.result.type) expect(["number", "string", "boolean", "any"]).toContain(f.result.type);
      let seenOptional = false;
      for (const p of f.parameters) {
        expect(p.name).toMatch(/^[a-z][a-z0-9_]*$/);
        expect(p.type).toBe("any");
        expect(["scalar", "matrix"]).toContain(p.dimensionality);
        expect(p.description.length).toBeGreaterThan(5);
        if (p.optional) seenOptional = true;
        else expect([p.name, seenOptional]).toEqual([p.name, false]); // no required parameter after an optional one
      }
    }
  );

  it("zh-CN keeps ids, names and parameter names, and gives Chinese descriptions", () => {
    expect(zh.functions.map((f: any) => f.id)).toEqual(en.functions.map((f: any) => f.id));
    for (const [i, f] of zh.functions.entries()) {
      expect(f.name).toBe(en.functions[i].name);
      expect(f.description).toMatch(/[\u4e00-\u9fff]/);
      expect(f.helpUrl).toBe(`https://localhost:3000/help.zh-cn.html#${f.id}`);
      f.parameters.forEach((p: any, j: number) => {
        expect(p.name).toBe(en.functions[i].parameters[j].name);
        expect(p.description).toMatch(/[\u4e00-\u9fff]/);
      });
    }
  });

  it("lets Excel pass error values to the functions: allowErrorForDataTypeAny at the root of both files", () => {
    // A root property (Microsoft's "Manually create JSON metadata"), not one per function or parameter:
    // without it an error in any argument makes the whole call that error before the engine runs.
    expect(en.allowErrorForDataTypeAny).toBe(true);
    expect(zh.allowErrorForDataTypeAny).toBe(true);
    expect(Object.keys(en).sort()).toEqual(["allowErrorForDataTypeAny", "functions"]);
    for (const f of [...en.functions, ...zh.functions])
      expect(f).not.toHaveProperty("allowErrorForDataTypeAny");
  });

  it("range parameters are matrices", () => {
    const ranged = en.functions.flatMap((f: any) =>
      f.parameters.filter((p: any) => p.dimensionality === "matrix").map((p: any) => p.name)
    );
    for (const name of ranged)
      expect(["unit_prices", "requested_amounts", "ids", "awards", "item_keys", "args"]).toContain(
        name
      );
  });
});
