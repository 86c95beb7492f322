/**
 * The functions runtime stays lean (issue 12, DESIGN.md): functions.js carries what the registered functions
 * compute or return, never a clause's prose; nor does the pane's first chunk, taskpane.js (issue 13). webpack writes dist/bundle-modules.json (each chunk's project
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
  it("the pane's first chunk holds none either: its first screen reads the records (issue 13)", () => {
    expect(chunks.taskpane).toContain("taskpane/views/ClausesView.tsx");
    expect(chunks.taskpane.filter(isText)).toEqual([]);
  });
  it("the prose travels in a chunk the pane loads with import() (the checks above look where it is)", () => {
    const withText = Object.entries(chunks).filter(([, ms]) => ms.some(isText));
    expect(withText.length).toBeGreaterThan(0);
    expect(withText.map(([name]) => name)).not.toContain("taskpane");
  });
});
