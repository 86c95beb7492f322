import { catalog } from "../../src";
import { records } from "../../src/records";
import { buildSearchIndex, normalize, searchClauses } from "../../taskpane/search";

const index = buildSearchIndex(catalog.clauses, catalog.documents);
const ids = (query: string, filters = {}) =>
  searchClauses(index, query, filters).map((e) => e.clause.id);

describe("clause search", () => {
  it("indexes every clause of the catalog, in catalog order", () => {
    expect(index.entries.map((e) => e.clause.id)).toEqual(catalog.clauses.map((c) => c.id));
    expect(ids("")).toHaveLength(catalog.clauses.length);
  });

  it("finds the R&D clause from Chinese text (研发)", () => {
    expect(ids("研发")).toContain("HLJ-ROBOT-01");
  });

  it("finds a clause from the start of its function name, case-insensitively (HZ_SC, hz_sc)", () => {
    expect(ids("HZ_SC")).toEqual(["HZ-HUMANOID-06"]);
    expect(ids("hz_sc")).toEqual(["HZ-HUMANOID-06"]);
    expect(ids("SUBSIDY.HZ_SCENARIO")).toEqual(["HZ-HUMANOID-06"]);
  });

  it("finds English summaries, ids, and full-width input from a Chinese IME", () => {
    expect(ids("scenario")).toContain("HZ-HUMANOID-06");
    expect(ids("hlj-robot-01")).toEqual(expect.arrayContaining(["HLJ-ROBOT-01"]));
    expect(ids("ＨＺ＿ＳＣ")).toEqual(["HZ-HUMANOID-06"]);
    expect(normalize("ＡＢＣ１２３")).toBe("abc123");
  });

  it("requires every word of the query", () => {
    expect(ids("研发 1500万元")).toContain("HLJ-ROBOT-01");
    expect(ids("研发 HZ_SC")).toEqual([]);
  });

  it("every clause is found by its own id and every function by its name", () => {
    for (const c of catalog.clauses) {
      expect(ids(c.id)).toContain(c.id);
      if (c.fn) expect(ids(c.fn.name)).toContain(c.id);
    }
  });

  it("filters by region, category and 'has a function'", () => {
    const hangzhou = ids("", { region: "Hangzhou" });
    expect(hangzhou.length).toBeGreaterThan(0);
    expect(hangzhou.every((id) => id.startsWith("HZ-"))).toBe(true);
    expect(ids("", { category: "scenario" })).toContain("HZ-HUMANOID-06");
    expect(
      ids("", { category: "scenario" }).every(
        (id) => catalog.clauseById.get(id)!.category === "scenario"
      )
    ).toBe(true);
    const withFn = ids("", { hasFunction: true });
    expect(withFn).toHaveLength(catalog.clauses.filter((c) => c.fn).length);
    expect(ids("HZ_SC", { region: "Heilongjiang" })).toEqual([]);
  });

  it("filters a keystroke over the whole catalog well within the 5 ms budget", () => {
    const queries = [
      "研",
      "研发",
      "h",
      "hz",
      "hz_",
      "hz_s",
      "hz_sc",
      "cap",
      "上限",
      "scenario award",
    ];
    for (const q of queries) searchClauses(index, q); // warm up
    const start = performance.now();
    const rounds = 20;
    for (let i = 0; i < rounds; i++) for (const q of queries) searchClauses(index, q);
    const perKeystroke = (performance.now() - start) / (rounds * queries.length);
    expect(perKeystroke).toBeLessThan(5);
  });

  it("indexes what a clause carries: the records' words at once, the functions' prose once documented", () => {
    // HLJ-ROBOT-02a's function description says "a province-led robotics national key laboratory"; its
    // summary says "provincially led" and its quotes are Chinese, so only the prose holds "province-led".
    const recordsOnly = buildSearchIndex(records.clauses, records.documents);
    expect(searchClauses(recordsOnly, "province-led")).toEqual([]);
    expect(ids("province-led")).toEqual(["HLJ-ROBOT-02a"]);
    // The records' own words are there from the start: "excellent" is in its summary.
    expect(searchClauses(recordsOnly, "excellent").map((e) => e.clause.id)).toEqual(["HLJ-ROBOT-02a"]);
  });
});
