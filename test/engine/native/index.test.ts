/** Every shape's Excel twin (src/engine/shapes/<shape>.excel.ts) has its own unit test here. */
import { existsSync, readdirSync } from "fs";
import { join } from "path";

const SHAPES = join(__dirname, "../../../src/engine/shapes");
const twins = readdirSync(SHAPES).filter((f) => f.endsWith(".excel.ts"));

describe("src/engine/shapes/*.excel.ts", () => {
  it("there are twins", () => expect(twins.length).toBeGreaterThanOrEqual(24));

  it.each(twins)("%s has its own test", (file) => {
    expect(existsSync(join(__dirname, file.replace(/\.ts$/, ".test.ts")))).toBe(true);
  });
});
