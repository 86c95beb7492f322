/**
 * docs/native-formulas.md's worked examples (scripts/docs/native-examples.ts): one per formula shape the
 * catalog uses, each formula evaluated in HyperFormula (array arithmetic, as the parity test) over the
 * example's cells gives the award the catalog's worked example states (its arithmetic is from the policy
 * text). That the page holds these very formulas is the docs test's staleness check (generatedDocs).
 */
import { readFileSync } from "fs";
import { join } from "path";
import { HyperFormula } from "hyperformula";
import { nativeExamples } from "../../scripts/docs/native-examples";
import { clauses } from "../../src/policies";
import { HF_CONFIG } from "../support/hyperformula";

const examples = nativeExamples();
const page = readFileSync(join(__dirname, "../../docs/native-formulas.md"), "utf8");

describe("native formula examples", () => {
  it("one per formula shape of the catalog, every shape there", () => {
    const shapes = examples.map((e) => e.shape);
    expect(new Set(shapes).size).toBe(shapes.length);
    // The shapes the clause records name at the top (the composed ones' inner shapes come on top of these).
    expect(shapes).toEqual(
      expect.arrayContaining(["rateCapped", "upToCap", "gated", "rdPostSubsidy"])
    );
    expect(shapes.length).toBeGreaterThanOrEqual(20);
    expect(clauses.filter((c) => c.fn).length).toBeGreaterThan(shapes.length);
  });

  it.each(examples.map((e) => [e.shape, e] as const))(
    "%s: the formula gives the worked example's award",
    (_, e) => {
      const row: unknown[] = [];
      for (const c of e.cells)
        row[c.address.charCodeAt(0) - 65] = typeof c.value === "string" ? `'${c.value}` : c.value;
      row[25] = e.formula; // column Z, after every argument cell
      const hf = HyperFormula.buildFromArray([[], row.map((v) => v ?? null)] as never, {
        ...HF_CONFIG,
        useArrayArithmetic: true,
        smartRounding: false,
      });
      expect(hf.getCellValue({ sheet: 0, row: 1, col: 25 })).toBe(e.expect);
      hf.destroy();
      expect(page).toContain(e.formula);
    }
  );
});
