/**
 * Trust checks on what the add-in ships:
 *  - no production dependency is GPL, AGPL or LGPL (scripts/licenses.ts, the same check as npm run licenses),
 *    and docs/security.md lists the production tree as it is installed;
 *  - HyperFormula (GPL-3.0, a test and benchmark oracle) is imported by nothing that is bundled: src/,
 *    functions/, taskpane/ — nor found in a built bundle;
 *  - the shipped sources contain no eval(, new Function( or dangerouslySetInnerHTML, and the task pane's
 *    Content-Security-Policy allows neither eval nor inline script.
 */
import * as fs from "fs";
import * as path from "path";
import {
  END,
  ROOT,
  SECURITY_DOC,
  START,
  isGplFamily,
  productionPackages,
  renderTable,
} from "../../scripts/licenses";

const SHIPPED = ["src", "functions", "taskpane"];

function files(dir: string, exts = /\.(ts|tsx|js|jsx|html)$/): string[] {
  const full = path.join(ROOT, dir);
  if (!fs.existsSync(full)) return [];
  return fs.readdirSync(full, { withFileTypes: true }).flatMap((e) => {
    const rel = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === "node_modules" ? [] : files(rel, exts);
    return exts.test(e.name) ? [rel] : [];
  });
}

const shipped = SHIPPED.flatMap((d) => files(d));
const read = (rel: string) => fs.readFileSync(path.join(ROOT, rel), "utf8");

describe("licences of production dependencies", () => {
  const pkgs = productionPackages();

  it("lists the production tree (react, react-dom, Fluent UI, fast-formula-parser and their dependencies)", () => {
    expect(pkgs.length).toBeGreaterThan(4);
    expect(pkgs.filter((p) => p.direct).map((p) => p.name)).toEqual(
      expect.arrayContaining(["react", "react-dom", "@fluentui/react-components"])
    );
  });

  it("contains no GPL, AGPL or LGPL licence", () => {
    expect(
      pkgs.filter((p) => isGplFamily(p.license)).map((p) => `${p.name}@${p.version} ${p.license}`)
    ).toEqual([]);
    expect(pkgs.filter((p) => p.name === "hyperformula")).toEqual([]);
  });

  it("recognises the GPL family, and takes the non-GPL side of a dual licence", () => {
    for (const l of [
      "GPL-3.0",
      "GPL-2.0-or-later",
      "AGPL-3.0-only",
      "LGPL-2.1",
      "(GPL-3.0 AND MIT)",
    ])
      expect([l, isGplFamily(l)]).toEqual([l, true]);
    for (const l of ["MIT", "Apache-2.0", "0BSD", "(MIT OR GPL-3.0)", "BSD-3-Clause", "ISC"])
      expect([l, isGplFamily(l)]).toEqual([l, false]);
  });

  it("docs/security.md carries the current table (npm run licenses writes it)", () => {
    const doc = fs.readFileSync(SECURITY_DOC, "utf8");
    const a = doc.indexOf(START);
    const b = doc.indexOf(END);
    expect(a).toBeGreaterThanOrEqual(0);
    expect(doc.slice(a, b + END.length)).toBe(renderTable(pkgs));
  });
});

describe("HyperFormula stays out of the add-in", () => {
  it("no file under src/, functions/ or taskpane/ imports it", () => {
    const imports = /(from\s+|import\s*\(\s*|require\s*\(\s*)["'][^"']*hyperformula[^"']*["']/i;
    expect(shipped.filter((f) => imports.test(read(f)))).toEqual([]);
    expect(shipped.length).toBeGreaterThan(20);
  });

  it("nor anything those import from test/ (where the oracle lives)", () => {
    const fromTest = /(from\s+|import\s*\(\s*|require\s*\(\s*)["'](\.\.\/)+test\//;
    expect(shipped.filter((f) => fromTest.test(read(f)))).toEqual([]);
  });

  it("is a devDependency only", () => {
    const pkg = JSON.parse(read("package.json"));
    expect(pkg.dependencies?.hyperformula).toBeUndefined();
    expect(pkg.devDependencies?.hyperformula).toBeDefined();
  });

  const dist = path.join(ROOT, "dist");
  const bundles = fs.existsSync(dist) ? fs.readdirSync(dist).filter((f) => f.endsWith(".js")) : [];
  (bundles.length > 0 ? it : it.skip)("no built bundle in dist/ contains it", () => {
    for (const f of bundles)
      expect([f, /hyperformula|gpl-v3/i.test(fs.readFileSync(path.join(dist, f), "utf8"))]).toEqual(
        [f, false]
      );
  });
});

describe("no code from strings, no raw HTML", () => {
  const patterns: [string, RegExp][] = [
    ["eval(", /(^|[^\w.$])eval\s*\(/],
    ["new Function(", /\bnew\s+Function\s*\(/],
    ["dangerouslySetInnerHTML", /dangerouslySetInnerHTML/],
    ["innerHTML / outerHTML assignment", /\.(inner|outer)HTML\s*=/],
    ["document.write", /\bdocument\.write(ln)?\s*\(/],
    ["setTimeout / setInterval with a string", /\bset(Timeout|Interval)\s*\(\s*["'`]/],
  ];
  it.each(patterns)("src/, functions/ and taskpane/ contain no %s", (_what, re) => {
    expect(shipped.filter((f) => re.test(read(f)))).toEqual([]);
  });

  it("the task pane's Content-Security-Policy allows neither eval nor inline script", () => {
    const html = read("taskpane/taskpane.html");
    const csp = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    expect(csp).toBeDefined();
    const scriptSrc =
      csp!
        .split(";")
        .map((d) => d.trim())
        .find((d) => d.startsWith("script-src")) ??
      csp!
        .split(";")
        .map((d) => d.trim())
        .find((d) => d.startsWith("default-src"));
    expect(scriptSrc).toBeDefined();
    expect(scriptSrc).not.toMatch(/'unsafe-eval'|'unsafe-inline'|\*/);
    expect(csp).toMatch(/object-src 'none'/);
  });
});
