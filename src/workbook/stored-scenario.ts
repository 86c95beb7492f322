/**
 * How a generated scenario is remembered inside its workbook (docs/scenario-document.md, "Where the
 * document is stored"): its scenario document as JSON text in a custom XML part of the add-in's namespace,
 * one part per scenario, the scenario's id and formula mode as attributes; the sheet carries the id in a
 * worksheet-scoped defined name (SCENARIO_ID_NAME), which Excel keeps through a rename and copies with the
 * sheet. Pure text in and out: the hosts do the reading and writing.
 */
import { type ScenarioDocument, parseScenarioDocument } from "./document";
import type { FormulaMode } from "./scenario/dialect";

/** The custom XML parts' namespace (a fully qualified URI, as CustomXmlPartCollection.getByNamespace asks). */
export const SCENARIO_XML_NAMESPACE = "http://schemas.subsidy-addin.org/scenario/1.0";
/** The worksheet-scoped defined name whose value is the sheet's scenario id. */
export const SCENARIO_ID_NAME = "SUBSIDY_SCENARIO_ID";

/** A scenario as its workbook stores it. */
export interface StoredScenarioRecord {
  id: string;
  formulas: FormulaMode;
  document: ScenarioDocument;
}

/** A new scenario id: letters and digits only, so it sits in a name's formula and an XML attribute as is. */
export function newScenarioId(now = Date.now(), random = Math.random()): string {
  return `s${now.toString(36)}${Math.floor(random * 36 ** 6)
    .toString(36)
    .padStart(6, "0")}`;
}

const escapeXml = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

function unescapeXml(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#[0-9]+|amp|lt|gt|quot|apos);/gi, (_, e: string) => {
    const lower = e.toLowerCase();
    if (lower.startsWith("#x")) return String.fromCodePoint(parseInt(lower.slice(2), 16));
    if (lower.startsWith("#")) return String.fromCodePoint(parseInt(lower.slice(1), 10));
    return { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" }[lower]!;
  });
}

/** The XML of a scenario's part. */
export function scenarioPartXml(record: StoredScenarioRecord): string {
  return (
    `<?xml version="1.0" encoding="UTF-8"?>` +
    `<scenario xmlns="${SCENARIO_XML_NAMESPACE}" id="${escapeXml(record.id)}" formulas="${record.formulas}">` +
    `${escapeXml(JSON.stringify(record.document))}</scenario>`
  );
}

/**
 * A part's XML back into its record (whatever prefix or attribute order Excel wrote it back with);
 * throws naming what is wrong, the document's own field errors included.
 */
export function parseScenarioPart(xml: string): StoredScenarioRecord {
  const root = /<(?:([\w.-]+):)?scenario\b([^>]*)>([\s\S]*)<\/(?:[\w.-]+:)?scenario\s*>/.exec(xml);
  if (!root) throw new Error("scenario part: no <scenario> element");
  const attrs = new Map<string, string>();
  for (const m of root[2].matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g))
    attrs.set(m[1], unescapeXml(m[2] ?? m[3]));
  const ns = attrs.get(root[1] ? `xmlns:${root[1]}` : "xmlns");
  if (ns !== SCENARIO_XML_NAMESPACE)
    throw new Error(`scenario part: namespace is not ${SCENARIO_XML_NAMESPACE}`);
  const id = attrs.get("id");
  if (!id) throw new Error("scenario part: no id attribute");
  const formulas = attrs.get("formulas");
  if (formulas !== "addin" && formulas !== "native")
    throw new Error('scenario part: formulas must be "addin" or "native"');
  const cdata = /^\s*<!\[CDATA\[([\s\S]*)\]\]>\s*$/.exec(root[3]);
  const text = cdata ? cdata[1] : unescapeXml(root[3]);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new Error("scenario part: its text is not JSON");
  }
  return { id, formulas, document: parseScenarioDocument(json) };
}
