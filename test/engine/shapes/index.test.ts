/** The shape folder's own rules: every shape re-exported by the index, and tested in its own file here. */
import { existsSync, readdirSync } from "fs";
import { join } from "path";
import * as shapes from "../../../src/engine/shapes";

const SRC = join(__dirname, "../../../src/engine/shapes");
/** Helpers, not shapes: tested through the shapes that use them (spec.ts: in spec.test.ts). */
const NOT_SHAPES = ["args.ts", "index.ts", "spec.ts"];
/** The shapes; their Excel twins (`.excel.ts`) are proved by test/native's parity tests. */
const shapeFiles = readdirSync(SRC).filter(
  (f) => f.endsWith(".ts") && !f.endsWith(".excel.ts") && !NOT_SHAPES.includes(f)
);

describe("src/engine/shapes", () => {
  it.each(shapeFiles)("%s has its own test", (file) => {
    expect(existsSync(join(__dirname, file.replace(/\.ts$/, ".test.ts")))).toBe(true);
  });

  it.each(shapeFiles)("%s is re-exported by the index", (file) => {
    const mod = require(join(SRC, file)) as Record<string, unknown>;
    for (const [name, value] of Object.entries(mod)) {
      const exported = (shapes as Record<string, unknown>)[name];
      // A factory is re-exported wrapped (spec.ts), so its shapes remember their call for the native twin.
      if (exported !== value)
        expect(typeof exported === "function" && typeof value === "function").toBe(true);
    }
  });

  it("exports the shapes the clause records call, by the names they had in engine/formulas", () => {
    expect(Object.keys(shapes).sort()).toEqual([
      "atMostArgument",
      "atMostCostPaid",
      "barredByFlag",
      "capAtCostPaid",
      "cappedProductAtPrice",
      "financingCostUnderRoom",
      "fixedConstant",
      "fixedPerItem",
      "gated",
      "meets",
      "netRateCapped",
      "newlyCrossedTiers",
      "perItemCapUnderRoom",
      "phasedRateCapped",
      "proRatedRate",
      "rangeBand",
      "rateCapped",
      "rateCappedByCode",
      "rateUnderRaisedRoom",
      "rateUnderRoom",
      "rateWithOptionalCap",
      "rdPostSubsidy",
      "thresholdRateUnderRoom",
      "totalOrIncrement",
      "upToCap",
      "upToCapByCode",
    ]);
  });
});
