/**
 * Offline checks of manifest.xml and of the production manifest the build makes from it: Microsoft's manifest
 * XSD (xmllint, schemas/), the structure the add-in relies on, and no localhost once built for a real host.
 * (Microsoft's validation service needs the internet: npm run validate:online.)
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { buildManifest, manifestVersion } from "../scripts/manifest-build";
import {
  XMLLINT_INSTALL,
  manifestSchemaErrors,
  xmllintAvailable,
} from "../scripts/validate-schemas";

const ROOT = join(__dirname, "..");
const xml = readFileSync(join(ROOT, "manifest.xml"), "utf8");
const { version } = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8"));
const DIST_MANIFEST = join(ROOT, "dist", "manifest.xml");
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

  // The pane reads every zh-* display language as Chinese (taskpane/i18n/locale.ts); so do the manifest's resources.
  it("gives zh-TW and zh-HK the zh-CN value wherever zh-CN has an override", () => {
    const localized = [
      app.DisplayName,
      app.Description,
      ...collect(res, "Url"),
      ...collect(res, "String"),
    ];
    const withZh = localized.filter((r: any) => r.Override);
    expect(withZh.length).toBeGreaterThanOrEqual(9);
    for (const r of withZh) {
      const byLocale = new Map(list(r.Override).map((o: any) => [o["@Locale"], o["@Value"]]));
      expect([...byLocale.keys()].sort()).toEqual(["zh-CN", "zh-HK", "zh-TW"]);
      expect(byLocale.get("zh-TW")).toBe(byLocale.get("zh-CN"));
      expect(byLocale.get("zh-HK")).toBe(byLocale.get("zh-CN"));
    }
    const metadata = list(res.Urls.Url).find((u: any) => u["@id"] === "Functions.Metadata.Url");
    expect(list(metadata.Override)).toContainEqual({
      "@Locale": "zh-HK",
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

  it("requires the shared runtime 1.1, CustomFunctionsRuntime 1.3 and the ExcelApi set the pane needs", () => {
    // CustomFunctions.Error and errors as inputs (#DIV/0! re-raised) need CustomFunctionsRuntime 1.3;
    // taskpane/host/excel.ts calls freezePanes unconditionally (ExcelApi 1.7); the 1.8 prompts are optional.
    const sets = collect(app.Requirements, "Set").map((s) => [
      s["@Name"],
      String(s["@MinVersion"]),
    ]);
    expect(sets).toEqual([
      ["SharedRuntime", "1.1"],
      ["CustomFunctionsRuntime", "1.3"],
      ["ExcelApi", "1.7"],
    ]);
  });

  it("carries package.json's version (the build stamps it; Excel re-reads cached metadata when it changes)", () => {
    // package.json 0.1.0 → manifest 0.1.0.0 (Office's four-part version).
    expect(manifestVersion("0.1.0")).toBe("0.1.0.0");
    expect(manifestVersion("2.13.104")).toBe("2.13.104.0");
    expect(() => manifestVersion("1.2")).toThrow(/major\.minor\.patch/);
    expect(app.Version).toBe(manifestVersion(version));
  });

  it("every icon it names is a PNG in assets/ of the size it claims", () => {
    const icons = [...xml.matchAll(/https:\/\/localhost:3000\/assets\/([\w.-]+\.png)/g)].map(
      (m) => m[1]
    );
    expect(new Set(icons)).toEqual(
      new Set(["subsidy-16.png", "subsidy-32.png", "subsidy-64.png", "subsidy-80.png"])
    );
    for (const icon of icons) {
      const png = readFileSync(join(ROOT, "assets", icon));
      // PNG signature, then the IHDR chunk: width and height as big-endian 32-bit integers at bytes 16 and 20.
      expect(png.subarray(1, 4).toString("latin1")).toBe("PNG");
      const size = Number(icon.match(/(\d+)\.png$/)![1]);
      expect([icon, png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([icon, size, size]);
    }
  });
});

describe("the production manifest", () => {
  const base = "https://addins.example.org/subsidy/";
  const built = buildManifest(xml, { baseUrl: base, version });

  it("points every URL at ADDIN_URL and names localhost nowhere", () => {
    expect(built).not.toMatch(/localhost/);
    const urls = [...built.matchAll(/(?:DefaultValue|Value)="(https?:[^"]*)"/g)].map((m) => m[1]);
    expect(urls.length).toBeGreaterThan(10);
    for (const u of urls) expect(u.startsWith(base)).toBe(true);
    expect(built).toContain(`<bt:Url id="Taskpane.Url" DefaultValue="${base}taskpane.html"/>`);
    // A base without its trailing slash is the same host and path.
    expect(buildManifest(xml, { baseUrl: "https://addins.example.org/subsidy", version })).toBe(
      built
    );
    expect(() => buildManifest(xml, { baseUrl: "http://addins.example.org/", version })).toThrow(
      /https/
    );
  });

  (existsSync(DIST_MANIFEST) ? it : it.skip)(
    "dist/manifest.xml (npm run build) names localhost nowhere",
    () => {
      const dist = readFileSync(DIST_MANIFEST, "utf8");
      expect(dist.match(/.*localhost.*/g)).toBeNull();
      expect(dist).toContain(`<Version>${manifestVersion(version)}</Version>`);
    }
  );
});

const ci = process.env.CI === "true" || process.env.CI === "1";
const haveXmllint = xmllintAvailable();
if (!haveXmllint)
  console.warn(
    `xmllint is not installed, so the manifest XSD checks are skipped. Install it with: ${XMLLINT_INSTALL}`
  );

/** Under CI=true a missing xmllint fails the test instead of skipping it. */
const xsdIt = haveXmllint || ci ? it : it.skip;
const needXmllint = () => {
  if (!haveXmllint) throw new Error(`xmllint is not installed: ${XMLLINT_INSTALL}`);
};

describe("Microsoft's manifest XSD (schemas/OfficeAppManifestV1_1.xsd, xmllint)", () => {
  const tmp = mkdtempSync(join(tmpdir(), "manifest-test-"));
  const write = (name: string, text: string) => {
    const file = join(tmp, name);
    writeFileSync(file, text);
    return file;
  };

  xsdIt("manifest.xml validates", () => {
    needXmllint();
    expect(manifestSchemaErrors(join(ROOT, "manifest.xml"))).toEqual([]);
  });

  xsdIt("the production manifest validates", () => {
    needXmllint();
    const built = buildManifest(xml, { baseUrl: "https://addins.example.org/subsidy/", version });
    expect(manifestSchemaErrors(write("production.xml", built))).toEqual([]);
  });

  (existsSync(DIST_MANIFEST) ? xsdIt : it.skip)("dist/manifest.xml validates", () => {
    needXmllint();
    expect(manifestSchemaErrors(DIST_MANIFEST)).toEqual([]);
  });

  xsdIt("the check bites: an unknown requirement element or a bad version is reported", () => {
    needXmllint();
    const bogus = xml.replace("<Permissions>", "<Bogus/><Permissions>");
    expect(manifestSchemaErrors(write("bogus.xml", bogus)).join("\n")).toMatch(
      /Bogus.*not expected/
    );
    const badVersion = xml.replace(/<Version>[^<]*</, "<Version>1.0.0.0.0<");
    expect(manifestSchemaErrors(write("version.xml", badVersion)).join("\n")).toMatch(/Version/);
  });
});
