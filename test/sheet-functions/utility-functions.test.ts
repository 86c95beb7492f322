/** The utility functions' faces: registered, bilingual, result shapes right, help anchors = names. */
import { buildMetadata } from "../../functions/metadata";
import { sheetFunctionByName } from "../../src/sheet-functions";
import { documentedSheetFunctions as sheetFunctions } from "../../src/sheet-functions/documented";

const UTILITIES = ["IN_FORCE", "STACK", "STACK_ROWS", "EXPLAIN", "CLAUSE"];

describe("utility sheet functions", () => {
  it("are all registered once, after the clause functions", () => {
    for (const name of UTILITIES)
      expect(sheetFunctions.filter((f) => f.name === name)).toHaveLength(1);
  });

  it.each(UTILITIES)(
    "%s: bilingual descriptions for the function and every parameter; helpAnchor = name",
    (name) => {
      const f = sheetFunctions.find((g) => g.name === name)!;
      expect(f.helpAnchor).toBe(name);
      for (const text of [f.description, ...f.params.map((p) => p.description)]) {
        expect(text.en.length).toBeGreaterThan(10);
        expect(text.zh).toMatch(/[\u4e00-\u9fff]/);
      }
      for (const p of f.params) expect(p.name).toMatch(/^[a-z][a-z0-9_]*$/);
    }
  );

  it("result types and dimensionality", () => {
    const shape = (n: string) => sheetFunctionByName.get(n)!.result;
    expect(shape("IN_FORCE")).toEqual({ type: "boolean", dimensionality: "scalar" });
    expect(shape("STACK")).toEqual({ type: "number", dimensionality: "scalar" });
    // "any": an empty STACK_ROWS is [[""]] (spec Revision 2)
    expect(shape("STACK_ROWS")).toEqual({ type: "any", dimensionality: "matrix" });
    expect(shape("EXPLAIN")).toEqual({ type: "any", dimensionality: "matrix" });
    expect(shape("CLAUSE")).toEqual({ type: "any", dimensionality: "scalar" });
  });

  it("range parameters are matrix; EXPLAIN's last parameter repeats and is optional", () => {
    const stack = sheetFunctionByName.get("STACK")!;
    expect(stack.params.map((p) => [p.name, p.matrix, p.optional])).toEqual([
      ["ids", true, false],
      ["awards", true, false],
      ["item_keys", true, true],
    ]);
    const explain = sheetFunctionByName.get("EXPLAIN")!;
    expect(explain.params.map((p) => [p.name, !!p.repeating, p.optional])).toEqual([
      ["function_name", false, false],
      ["args", true, true],
    ]);
  });

  it("functions.json carries them in both languages", () => {
    const en = buildMetadata(sheetFunctions, "en", "https://localhost:3000/").functions;
    const zh = buildMetadata(sheetFunctions, "zh", "https://localhost:3000/").functions;
    for (const name of UTILITIES) {
      const e = en.find((f) => f.id === name)!;
      const z = zh.find((f) => f.id === name)!;
      expect(e.helpUrl).toBe(`https://localhost:3000/help.html#${name}`);
      expect(z.description).not.toBe(e.description);
    }
    expect(en.find((f) => f.id === "EXPLAIN")!.parameters[1]).toMatchObject({
      repeating: true,
      optional: true,
      dimensionality: "matrix",
    });
    expect(en.find((f) => f.id === "STACK_ROWS")!.result).toEqual({ dimensionality: "matrix" });
  });
});
