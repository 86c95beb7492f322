/**
 * The functions runtime stays lean (issue 12, DESIGN.md): functions.js carries what the registered functions
 * compute or return, never a clause's prose. webpack writes dist/bundle-modules.json (each chunk's project
 * modules; webpack.config.js ChunkModulesPlugin); `npm test` builds before Jest, so the check runs there and
 * is skipped only when no build exists.
 */
import fs from "fs";
import path from "path";

const report = path.join(__dirname, "../../dist/bundle-modules.json");
const chunks: Record<string, string[]> = fs.existsSync(report)
  ? JSON.parse(fs.readFileSync(report, "utf8"))
  : {};
const built = Object.keys(chunks).length > 0 ? describe : describe.skip;
const isText = (m: string) => m.endsWith(".text.ts");

built("the built bundles", () => {
  it("functions.js holds the clause records and no .text.ts module (clause or utility prose)", () => {
    expect(chunks.functions).toContain("src/policies/heilongjiang-robot/clauses/HLJ-ROBOT-02a.ts");
    expect(chunks.functions.filter(isText)).toEqual([]);
  });
  it("the prose travels with the pane instead (the check above looks where the text modules are)", () => {
    const withText = Object.entries(chunks).filter(
      ([name, ms]) => name !== "functions" && ms.some(isText)
    );
    expect(withText.map(([name]) => name)).toContain("taskpane");
  });
});
