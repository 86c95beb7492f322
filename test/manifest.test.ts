/** Offline checks of manifest.xml (Microsoft's validation service needs the internet: npm run validate:online). */
import { readFileSync } from "fs";
import { join } from "path";
import { XMLParser, XMLValidator } from "fast-xml-parser";

const xml = readFileSync(join(__dirname, "..", "manifest.xml"), "utf8");
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  removeNSPrefix: true,
});
const app = parser.parse(xml).OfficeApp;
const list = (x: any) => (Array.isArray(x) ? x : [x]);

function collect(node: unknown, key: string, out: any[] = []): any[] {
  if (Array.isArray(node)) node.forEach((n) => collect(n, key, out));
  else if (node && typeof node === "object") {
    for (const [k, v] of Object.entries(node)) {
      if (k === key) out.push(...list(v));
      collect(v, key, out);
    }
  }
  return out;
}

describe("manifest.xml", () => {
  const res = app.VersionOverrides.Resources;

  it("is well-formed XML describing an Excel task pane add-in", () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(app["@type"]).toBe("TaskPaneApp");
    expect(app.Id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
    expect(app.Version).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(app.Hosts.Host["@Name"]).toBe("Workbook");
  });

  it("asks for no more than ReadWriteDocument", () => {
    expect(app.Permissions).toBe("ReadWriteDocument");
  });

  it("uses the shared runtime for both the functions and the pane", () => {
    expect(collect(app.Requirements, "Set").map((s) => s["@Name"])).toContain("SharedRuntime");
    const runtime = collect(app.VersionOverrides, "Runtime")[0];
    expect(runtime).toMatchObject({ "@resid": "Taskpane.Url", "@lifetime": "long" });
  });

  it("declares the custom functions extension point with namespace SUBSIDY and localized metadata", () => {
    const cf = collect(app.VersionOverrides, "ExtensionPoint").find(
      (e) => e["@type"] === "CustomFunctions"
    );
    expect(cf.Namespace["@resid"]).toBe("Functions.Namespace");
    expect(cf.Metadata.SourceLocation["@resid"]).toBe("Functions.Metadata.Url");
    const ns = list(res.ShortStrings.String).find((s: any) => s["@id"] === "Functions.Namespace");
    expect(ns["@DefaultValue"]).toBe("SUBSIDY");
    const metadata = list(res.Urls.Url).find((u: any) => u["@id"] === "Functions.Metadata.Url");
    expect(metadata["@DefaultValue"]).toBe("https://localhost:3000/functions.json");
    expect(list(metadata.Override)).toContainEqual({
      "@Locale": "zh-CN",
      "@Value": "https://localhost:3000/zh-cn/functions.json",
    });
  });

  it("puts a button on the Home tab that opens the task pane", () => {
    const tab = collect(app.VersionOverrides, "OfficeTab")[0];
    expect(tab["@id"]).toBe("TabHome");
    expect(tab.Group.Control.Action["@type"]).toBe("ShowTaskpane");
  });

  it("every resid resolves, ids are at most 32 characters, strings within Office's limits", () => {
    const ids = new Set<string>();
    for (const group of [
      res.Images.Image,
      res.Urls.Url,
      res.ShortStrings.String,
      res.LongStrings.String,
    ]) {
      for (const r of list(group)) ids.add(r["@id"]);
    }
    const resids = [...xml.matchAll(/resid="([^"]+)"/g)].map((m) => m[1]);
    expect(resids.length).toBeGreaterThan(5);
    for (const r of resids) expect([r, ids.has(r), r.length <= 32]).toEqual([r, true, true]);
    for (const s of list(res.ShortStrings.String))
      expect(s["@DefaultValue"].length).toBeLessThanOrEqual(125);
    for (const s of list(res.LongStrings.String))
      expect(s["@DefaultValue"].length).toBeLessThanOrEqual(250);
  });

  it("uses https for every URL", () => {
    const urls = [...xml.matchAll(/(?:DefaultValue|Value)="(http[^"]*)"/g)].map((m) => m[1]);
    expect(urls.length).toBeGreaterThan(5);
    for (const u of urls) expect(u).toMatch(/^https:\/\//);
  });
});
