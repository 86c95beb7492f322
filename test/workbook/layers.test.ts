/**
 * Arrows point one way (DESIGN.md): sheet-functions → workbook → rules → policies → engine → catalog,
 * and the task pane enters through src/records.ts (the runtime records, its first screen) and src/index.ts
 * (the documented catalog and everything else) alone. The sheet plans
 * (src/workbook) never import the registered functions, and the rules never import the sheet plans or
 * the functions; the rules are part of the functions runtime (STACK, IN_FORCE), so they never reach a
 * clause's prose (`.text.ts`, policies/texts) either.
 */
import { readFileSync, readdirSync } from "fs";
import { dirname, join, relative, resolve } from "path";

const SRC = resolve(__dirname, "../../src");

function sources(dir: string, ext = /\.ts$/): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name), ext) : ext.test(e.name) ? [join(dir, e.name)] : []
  );
}

/** Each relative import of the files under src/<layer>, as a path relative to src/. */
function importsOf(layer: string): { file: string; target: string }[] {
  return sources(join(SRC, layer)).flatMap((file) =>
    [...readFileSync(file, "utf8").matchAll(/(?:from|import)\s+"(\.[^"]+)"/g)].map((m) => ({
      file: relative(SRC, file),
      target: relative(SRC, resolve(dirname(file), m[1])),
    }))
  );
}

const offending = (layer: string, forbidden: RegExp) =>
  importsOf(layer)
    .filter((i) => forbidden.test(i.target))
    .map((i) => `${i.file} → ${i.target}`);

describe("layers one way", () => {
  it("workbook/ imports no sheet function", () => {
    expect(offending("workbook", /^sheet-functions(\/|$)/)).toEqual([]);
  });

  it("rules/ imports neither the sheet plans nor the sheet functions", () => {
    expect(offending("rules", /^(workbook|sheet-functions)(\/|$)/)).toEqual([]);
  });

  it("rules/ reaches no clause prose (it runs in the functions runtime)", () => {
    expect(offending("rules", /(\.text$|^policies\/texts$|^policies\/documented$)/)).toEqual([]);
  });

  it("policies/ imports nothing above it (rules, workbook, sheet functions)", () => {
    expect(offending("policies", /^(rules|workbook|sheet-functions)(\/|$)/)).toEqual([]);
  });

  it("engine/ imports no policy, rule, sheet plan, sheet function or nativeFormula", () => {
    expect(offending("engine", /^(policies|rules|workbook|sheet-functions|native)(\/|$)/)).toEqual(
      []
    );
  });

  it("native/ (nativeFormula) imports no sheet plan and no sheet function", () => {
    expect(offending("native", /^(workbook|sheet-functions)(\/|$)/)).toEqual([]);
  });

  it("catalog/ imports nothing above it but engine types", () => {
    expect(offending("catalog", /^(policies|rules|workbook|sheet-functions)(\/|$)/)).toEqual([]);
  });

  const PANE = resolve(__dirname, "../../taskpane");
  /** Each src/ module the pane's files import, statically or with import() (a webpack comment between). */
  const paneImports = () =>
    sources(PANE, /\.tsx?$/).flatMap((file) =>
      [
        ...readFileSync(file, "utf8").matchAll(
          /(?:from|import)\s*(?:\(\s*(?:\/\*.*?\*\/\s*)?)?"(\.[^"]+)"/gs
        ),
      ]
        .map((m) => relative(SRC, resolve(dirname(file), m[1])))
        .filter((t) => !t.startsWith(".."))
        .map((t) => ({ file: relative(PANE, file), target: t === "" ? "index" : t }))
    );

  it("the task pane enters the domain only through src/records.ts and src/index.ts", () => {
    const deep = paneImports()
      .filter((i) => i.target !== "index" && i.target !== "records")
      .map((i) => `${i.file} → src/${i.target}`);
    expect(deep).toEqual([]);
  });

  it("the check sees the pane's imports, import() of the documented catalog included", () => {
    const imports = paneImports();
    expect(imports).toContainEqual({ file: "documented.ts", target: "index" });
    expect(imports).toContainEqual({ file: "views/ClausesView.tsx", target: "records" });
  });

  it("the check sees the imports it guards (workbook → rules, sheet-functions → rules)", () => {
    expect(importsOf("workbook").some((i) => i.target.startsWith("rules/"))).toBe(true);
    expect(importsOf("sheet-functions").some((i) => i.target.startsWith("rules/"))).toBe(true);
  });
});
