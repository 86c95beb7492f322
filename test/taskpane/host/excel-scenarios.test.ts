/**
 * The Excel host's scenario memory (taskpane/host/excel-scenarios.ts) against a small stateful fake of the
 * Office.js objects it uses, with Office.js's rules: a property is readable only after load() and sync(),
 * writes are queued and applied at sync(), and an API above the fake's ExcelApi version throws.
 * - ExcelApi 1.5: one custom XML part per scenario in the add-in's namespace (id attribute, the document as
 *   its text), the sheet marked with the worksheet-scoped name SUBSIDY_SCENARIO_ID = "<id>"; a renamed and
 *   a copied sheet (which carries its scoped names) are both found again, in two round trips.
 * - ExcelApi 1.4 (no custom XML parts): the document goes to the document settings, saved with saveAsync,
 *   and is found there.
 */
import { SCENARIO_ID_NAME, SCENARIO_XML_NAMESPACE, scenarioDocument } from "../../../src";
import { ExcelHost } from "../../../taskpane/host/excel";
import { settingsKey } from "../../../taskpane/host/excel-scenarios";

interface FakeBook {
  sheets: { name: string; names: Map<string, string> }[];
  parts: { id: string; xml: string }[];
  settings: Map<string, unknown>;
  settingsSaved: number;
  syncs: number;
}

/** A proxy whose properties throw until loaded and synced. */
function loadable(resolve: () => Record<string, unknown>, queue: (() => void)[]) {
  const loaded: Record<string, unknown> = {};
  let synced = false;
  return new Proxy(
    {
      load(props: string) {
        queue.push(() => {
          const all = resolve();
          // load("items/id") makes `items` readable; isNullObject is known after any load.
          for (const p of props.split(","))
            loaded[p.trim().split("/")[0]] = all[p.trim().split("/")[0]];
          if ("isNullObject" in all) loaded.isNullObject = all.isNullObject;
          synced = true;
        });
      },
    } as Record<string, unknown>,
    {
      get(target, prop: string) {
        if (prop in target) return target[prop];
        if (!synced || !(prop in loaded)) throw new Error(`${prop} was read before load and sync`);
        return loaded[prop];
      },
    }
  );
}

function install(apiVersion: "1.4" | "1.5"): FakeBook {
  const book: FakeBook = {
    sheets: [{ name: "Scenario", names: new Map() }],
    parts: [],
    settings: new Map(),
    settingsSaved: 0,
    syncs: 0,
  };
  const sheetApi = (name: string, queue: (() => void)[]) => {
    const sheet = () => book.sheets.find((s) => s.name === name)!;
    return {
      name,
      names: {
        add: (n: string, reference: string) => queue.push(() => sheet().names.set(n, reference)),
        getItemOrNullObject: (n: string) =>
          loadable(() => {
            const formula = sheet().names.get(n);
            // Excel evaluates a name's formula: ="abc" is the text abc, of type String.
            const text = formula && /^="(.*)"$/.exec(formula);
            return formula === undefined
              ? { isNullObject: true }
              : {
                  isNullObject: false,
                  value: text ? text[1] : formula,
                  type: text ? "String" : "Range",
                };
          }, queue),
      },
    };
  };
  const g = globalThis as any;
  g.Excel = {
    run: async (cb: (ctx: unknown) => Promise<unknown>) => {
      const queue: (() => void)[] = [];
      const items: unknown[] = [];
      let listed = false;
      const worksheets = {
        getItem: (name: string) => sheetApi(name, queue),
        load: (props: string) => {
          expect(props).toBe("items/name");
          queue.push(() => {
            items.splice(0, items.length, ...book.sheets.map((s) => sheetApi(s.name, queue)));
            listed = true;
          });
        },
        get items() {
          if (!listed) throw new Error("items was read before load and sync");
          return items;
        },
      };
      const workbook: Record<string, unknown> = { worksheets };
      Object.defineProperty(workbook, "customXmlParts", {
        get() {
          if (apiVersion === "1.4") throw new Error("customXmlParts needs ExcelApi 1.5");
          return {
            add: (xml: string) =>
              queue.push(() => book.parts.push({ id: `{${book.parts.length}}`, xml })),
            getByNamespace: (ns: string) =>
              loadable(
                () => ({
                  items: book.parts
                    .filter((p) => p.xml.includes(`xmlns="${ns}"`))
                    .map((p) => ({
                      id: p.id,
                      getXml: () => {
                        const result = { ready: false, text: "" };
                        queue.push(() => Object.assign(result, { ready: true, text: p.xml }));
                        return {
                          get value() {
                            if (!result.ready)
                              throw new Error("getXml's value was read before sync");
                            return result.text;
                          },
                        };
                      },
                    })),
                }),
                queue
              ),
          };
        },
      });
      const context = {
        workbook,
        sync: async () => {
          book.syncs += 1;
          // Ops queued while applying (the sheets' own proxies) run at the next sync, as in Office.js.
          const ops = queue.splice(0, queue.length);
          for (const op of ops) op();
        },
      };
      return cb(context);
    },
  };
  g.Office = {
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    context: {
      requirements: {
        isSetSupported: (set: string, v: string) =>
          set === "ExcelApi" && Number(v) <= Number(apiVersion),
      },
      document: {
        settings: {
          get: (k: string) => book.settings.get(k) ?? null,
          set: (k: string, v: unknown) => book.settings.set(k, v),
          saveAsync: (cb: (r: { status: string }) => void) => {
            book.settingsSaved += 1;
            cb({ status: "succeeded" });
          },
        },
      },
    },
  };
  return book;
}

afterEach(() => {
  delete (globalThis as any).Excel;
  delete (globalThis as any).Office;
});

const doc = scenarioDocument({
  company: "Harbin Robotics Co.",
  location: "HEILONGJIANG",
  sectors: ["ROBOTS"],
  firstYear: 2026,
  lastYear: 2027,
  locale: "en",
  clauses: ["HLJ-ROBOT-04"],
});

describe("ExcelApi 1.5: a custom XML part and a worksheet-scoped name", () => {
  it("writes one part in the add-in's namespace and marks the sheet with the id", async () => {
    const book = install("1.5");
    const id = await new ExcelHost().saveScenario("Scenario", doc, "native");
    expect(book.parts).toHaveLength(1);
    const { xml } = book.parts[0];
    expect(xml).toContain(
      `<scenario xmlns="${SCENARIO_XML_NAMESPACE}" id="${id}" formulas="native">`
    );
    expect(
      JSON.parse(xml.replace(/^.*?<scenario[^>]*>|<\/scenario>$/g, "").replace(/&quot;/g, '"'))
    ).toEqual(doc);
    expect(book.sheets[0].names.get(SCENARIO_ID_NAME)).toBe(`="${id}"`);
    expect(book.settings.size).toBe(0);
  });

  it("finds a renamed sheet and its copy again (the copy carries the scoped name), in two syncs", async () => {
    const book = install("1.5");
    const host = new ExcelHost();
    const id = await host.saveScenario("Scenario", doc, "addin");
    book.sheets[0].name = "My plan";
    book.sheets.push({ name: "My plan (2)", names: new Map(book.sheets[0].names) });
    book.sheets.push({ name: "Notes", names: new Map() });
    book.syncs = 0;
    const found = await host.listScenarios();
    expect(found).toEqual([
      { sheet: "My plan", id, formulas: "addin", document: doc, storedIn: "xmlPart" },
      { sheet: "My plan (2)", id, formulas: "addin", document: doc, storedIn: "xmlPart" },
    ]);
    expect(book.syncs).toBe(2);
  });

  it("skips a part of the namespace that does not read, and a mark with no part", async () => {
    const book = install("1.5");
    const host = new ExcelHost();
    await host.saveScenario("Scenario", doc, "addin");
    book.parts[0].xml = book.parts[0].xml.replace("subsidy-scenario", "something-else");
    const warn = jest.spyOn(console, "warn").mockImplementation(() => undefined);
    expect(await host.listScenarios()).toEqual([]);
    expect(warn).toHaveBeenCalledTimes(1);
    warn.mockRestore();
  });
});

describe("ExcelApi 1.4: the document settings instead", () => {
  it("stores the document in the settings, saves them, and reads it back", async () => {
    const book = install("1.4");
    const host = new ExcelHost();
    const id = await host.saveScenario("Scenario", doc, "addin");
    expect(book.parts).toEqual([]);
    expect(book.settingsSaved).toBe(1);
    expect(JSON.parse(book.settings.get(settingsKey(id)) as string)).toEqual({
      formulas: "addin",
      document: doc,
    });
    expect(book.sheets[0].names.get(SCENARIO_ID_NAME)).toBe(`="${id}"`);
    expect(await host.listScenarios()).toEqual([
      { sheet: "Scenario", id, formulas: "addin", document: doc, storedIn: "settings" },
    ]);
  });
});
