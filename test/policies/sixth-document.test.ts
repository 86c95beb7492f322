/**
 * Issue 12's proof: adding a document is its folder, one line in the list of src/policies/index.ts and
 * one in the text list src/policies/text-list.ts. Both lists are replaced (jest.doMock; the registry
 * rebuilt with the production buildRegistry) by the shipped documents plus a throwaway sixth one defined
 * under test/, and every module is loaded afresh: the sixth document must show up wherever a shipped one
 * does, with no other edit anywhere.
 */
import { join } from "path";

const POLICIES_INDEX = join(__dirname, "../../src/policies/index");
const TEXT_LIST = join(__dirname, "../../src/policies/text-list");

/** Loads `load` with the list of documents = shipped + the test's sixth document. */
function withSixthDocument<T>(load: () => T): T {
  let out: T | undefined;
  jest.isolateModules(() => {
    jest.doMock(POLICIES_INDEX, () => {
      const actual = jest.requireActual<typeof import("../../src/policies")>(POLICIES_INDEX);
      const { buildRegistry } = jest.requireActual<typeof import("../../src/policies/registry")>(
        "../../src/policies/registry"
      );
      const { policy } =
        jest.requireActual<typeof import("./sixth-document/policy")>("./sixth-document/policy");
      const POLICIES = [...actual.POLICIES, policy];
      const registry = buildRegistry(POLICIES);
      const { documents, clauses, documentById, clauseById, functionByName } = registry;
      return {
        ...actual,
        ...registry,
        POLICIES,
        registry,
        catalog: { documents, clauses, documentById, clauseById, functionByName },
      };
    });
    jest.doMock(TEXT_LIST, () => {
      const actual = jest.requireActual<typeof import("../../src/policies/text-list")>(TEXT_LIST);
      const { texts } =
        jest.requireActual<typeof import("./sixth-document/policy")>("./sixth-document/policy");
      return { TEXTS: [...actual.TEXTS, texts] };
    });
    out = load();
  });
  jest.dontMock(POLICIES_INDEX);
  jest.dontMock(TEXT_LIST);
  return out!;
}

const loaded = withSixthDocument(() => ({
  api: require("../../src") as typeof import("../../src"),
  profile:
    require("../../src/workbook/scenario/profile") as typeof import("../../src/workbook/scenario/profile"),
  sheetFunctions: (
    require("../../src/sheet-functions/documented") as typeof import("../../src/sheet-functions/documented")
  ).documentedSheetFunctions,
  inForce: (
    require("../../src/sheet-functions/in-force") as typeof import("../../src/sheet-functions/in-force")
  ).inForce,
  metadata: require("../../functions/metadata") as typeof import("../../functions/metadata"),
  docs: require("../../scripts/docs") as typeof import("../../scripts/docs"),
  form: require("../../taskpane/scenario/form") as typeof import("../../taskpane/scenario/form"),
}));

describe("a sixth document added to the list alone", () => {
  it("is in the catalog after the five shipped ones, with its clause", () => {
    const { catalog } = loaded.api;
    expect(catalog.documents.map((d) => d.id)).toEqual([
      "HLJ-ROBOT",
      "HZ-HUMANOID",
      "SD-ROBOT",
      "HLJ-AI",
      "BJ-ROBOT",
      "XX-TEST",
    ]);
    expect(catalog.clauseById.get("XX-TEST-01")?.document).toBe("XX-TEST");
  });

  it("registers its function and computes it: 1,000,000 × 10% = 100,000", () => {
    expect(loaded.sheetFunctions.some((f) => f.name === "XX_TEST_GRANT")).toBe(true);
    expect(loaded.api.calculate("SUBSIDY.xx_test_grant", [1_000_000])).toBe(100_000);
  });

  it("has an entry in functions.json (en and zh) like a shipped function", () => {
    // en-US names the parameter as the record does, zh-CN by the record's Chinese label.
    for (const [locale, name] of [
      ["en", "investment"],
      ["zh", "设备投资额"],
    ] as const) {
      const meta = loaded.metadata.buildMetadata(loaded.sheetFunctions, locale, "https://x/help");
      const entry = meta.functions.find((f) => f.id === "XX_TEST_GRANT");
      expect(entry?.parameters.map((p) => p.name)).toEqual([name]);
    }
  });

  it("is a scenario location and a sector of its own, listed by the pane's picker", () => {
    const { LOCATION_DOCUMENTS, SECTOR_DOCUMENTS, select } = loaded.profile;
    expect((LOCATION_DOCUMENTS as Record<string, string[]>).TESTCITY).toEqual(["XX-TEST"]);
    expect((SECTOR_DOCUMENTS as Record<string, string[]>).TESTING).toEqual(["XX-TEST"]);
    const chosen = select({
      company: "Test Co.",
      location: "TESTCITY" as never,
      sectors: ["TESTING" as never],
      firstYear: 2030,
      lastYear: 2031,
      locale: "en",
    });
    expect(chosen.clauses.map((c) => c.id)).toEqual(["XX-TEST-01"]);
    expect(loaded.form.LOCATIONS).toContain("TESTCITY");
    expect(loaded.form.SECTORS).toContain("TESTING");
    expect(loaded.form.locationLabel("TESTCITY" as never).zh).toBe("测试市");
  });

  it("writes its location and sector on the scenario sheet's profile rows", () => {
    const plan = loaded.api.generateScenario({
      company: "Test Co.",
      location: "TESTCITY" as never,
      sectors: ["TESTING" as never],
      firstYear: 2030,
      lastYear: 2031,
      locale: "en",
    });
    const cells = JSON.stringify(plan);
    expect(cells).toContain('"Test City (e.g. Testville)"');
    expect(cells).toContain('"testing"');
    expect(cells).toContain("XX_TEST_GRANT");
  });

  it("is answered by IN_FORCE from its own window, and named in IN_FORCE's help", () => {
    // Window 2030-01-01 … 2031-12-31, both ends inclusive.
    expect(loaded.inForce("xx-test", "2031-12-31")).toBe(true);
    expect(loaded.inForce("XX_TEST_GRANT", "2032-01-01")).toBe(false);
    const help = loaded.sheetFunctions.find((f) => f.name === "IN_FORCE")!.params[0].description;
    expect(help.en).toContain("BJ-ROBOT, XX-TEST)");
    expect(help.zh).toContain("BJ-ROBOT、XX-TEST）");
  });

  it("is in the generated docs, counted as the sixth", () => {
    const md = loaded.docs.renderFunctionsMarkdown();
    expect(md).toContain("XX_TEST_GRANT");
    expect(md).toContain("Test City Measures for the Test Industry");
    expect(md).toContain("clause of six robot / AI industry policies");
    expect(loaded.docs.renderHelpHtml("zh")).toContain("六份");
  });
});

describe("the override is local to that test", () => {
  it("leaves the shipped catalog at five documents", () => {
    const { documents } = require("../../src/policies") as typeof import("../../src/policies");
    expect(documents.map((d) => d.id)).not.toContain("XX-TEST");
    expect(documents).toHaveLength(5);
  });
});
