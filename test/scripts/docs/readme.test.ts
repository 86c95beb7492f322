/**
 * README.md's list of policies is generated from the list of documents (the docs test checks it is up to
 * date), and nothing hand-written — the rest of the README, the generator's own source — counts the
 * documents.
 */
import { readdirSync, readFileSync, statSync } from "fs";
import { join } from "path";
import { catalogSource, policiesSection, withPoliciesSection } from "../../../scripts/docs";
import { countWord } from "../../../scripts/docs/count-word";
import { README_BEGINS, README_ENDS } from "../../../scripts/docs/readme";

const root = join(__dirname, "../../..");
const readme = readFileSync(join(root, "README.md"), "utf8");

/** A count of documents written out: "five policies", "five robot / AI …", "the five policy texts", 五份. */
const COUNT_WORDS = [2, 3, 4, 5, 6, 7, 8, 9, 10].map((n) => countWord(n, "en")).join("|");
const TYPED_COUNT = new RegExp(`\\b(${COUNT_WORDS})\\s+(robot|polic|document|text)`, "i");
const TYPED_COUNT_ZH = new RegExp(
  `[${[2, 3, 4, 5, 6, 7, 8, 9, 10].map((n) => countWord(n, "zh")).join("")}]份`
);

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const path = join(dir, f);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

describe("README's list of policies", () => {
  it("lists the documents it is given, counted from them", () => {
    const two = catalogSource.documents.slice(0, 2);
    const lines = policiesSection({ ...catalogSource, documents: two });
    const rows = lines.filter((l) => l.startsWith("| ") && !l.startsWith("| Id"));
    expect(rows.map((r) => r.split(" | ")[0].slice(2))).toEqual(two.map((d) => d.id));
    expect(lines.join("\n")).toContain("Two documents");
    expect(lines.join("\n")).toContain("两份政策文件");
  });

  it("counts each document's clause functions and links its woven text", () => {
    const doc = catalogSource.documents[0];
    const n = catalogSource.clauses.filter((c) => c.document === doc.id && c.fn).length;
    const row = policiesSection().find((l) => l.startsWith(`| ${doc.id} |`))!;
    expect(row).toContain(` | ${n} (`);
    expect(row).toContain(`(docs/sources/${doc.id.toLowerCase()}.md)`);
  });

  it("is rewritten between its markers only, and the README must have them", () => {
    const text = `intro\n${README_BEGINS}\nstale\n${README_ENDS}\nrest\n`;
    const out = withPoliciesSection(text);
    expect(out.startsWith(`intro\n${README_BEGINS}\n`)).toBe(true);
    expect(out.endsWith(`\n${README_ENDS}\nrest\n`)).toBe(true);
    expect(out).not.toContain("stale");
    expect(withPoliciesSection(out)).toBe(out);
    expect(() => withPoliciesSection("intro\n")).toThrow(/marker/);
  });
});

describe("no count of documents is typed", () => {
  it("the hand-written README (outside the generated list) counts no documents or functions", () => {
    const handWritten =
      readme.slice(0, readme.indexOf(README_BEGINS)) + readme.slice(readme.indexOf(README_ENDS));
    const nFns = catalogSource.clauses.filter((c) => c.fn).length;
    expect(handWritten).not.toMatch(TYPED_COUNT);
    expect(handWritten).not.toMatch(TYPED_COUNT_ZH);
    expect(handWritten).not.toContain(`${nFns} clause functions`);
  });

  it("scripts/ writes no count of documents (count-word.ts holds the number words)", () => {
    const sources = filesUnder(join(root, "scripts")).filter(
      (f) => /\.[jt]s$/.test(f) && !f.endsWith("count-word.ts")
    );
    expect(sources.length).toBeGreaterThan(0);
    for (const f of sources) {
      const text = readFileSync(f, "utf8");
      expect([f, TYPED_COUNT.test(text) || TYPED_COUNT_ZH.test(text)]).toEqual([f, false]);
    }
  });

  it("the patterns catch the counts the README used to type", () => {
    expect("quantitative clauses of five robot / AI industry policies").toMatch(TYPED_COUNT);
    expect("the five policy texts").toMatch(TYPED_COUNT);
    expect("本加载项把五份机器人").toMatch(TYPED_COUNT_ZH);
  });
});
