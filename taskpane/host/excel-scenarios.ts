/**
 * Scenarios remembered by the workbook, in Excel (docs/scenario-document.md, "Where the document is
 * stored"). saveScenario marks the sheet with a worksheet-scoped name SUBSIDY_SCENARIO_ID whose formula is
 * the scenario id as text (NamedItemCollection.add, ExcelApi 1.4; a renamed or copied sheet keeps it), and
 * stores the document in a custom XML part of the add-in's namespace (CustomXmlPartCollection.add, ExcelApi
 * 1.5). Where ExcelApi 1.5 is missing, the document goes to the document's settings instead
 * (Office.context.document.settings, saved with the file by saveAsync). listScenarios reads every sheet's
 * mark and the parts found by getByNamespace (each part's getXml), in two round trips.
 */
import {
  type FormulaMode,
  type ScenarioDocument,
  SCENARIO_ID_NAME,
  SCENARIO_XML_NAMESPACE,
  type StoredScenarioRecord,
  newScenarioId,
  parseScenarioDocument,
  parseScenarioPart,
  scenarioPartXml,
} from "../../src";
import { supports } from "./requirements";
import type { StoredScenario } from "./types";

/** The document settings key of a scenario stored without custom XML parts. */
export const settingsKey = (id: string) => `subsidy-scenario:${id}`;

function saveSettings(): Promise<void> {
  return new Promise((resolve, reject) =>
    Office.context.document.settings.saveAsync((result) =>
      result.status === Office.AsyncResultStatus.Succeeded
        ? resolve()
        : reject(new Error(result.error?.message ?? "the document settings could not be saved"))
    )
  );
}

export async function saveScenario(
  sheet: string,
  document: ScenarioDocument,
  formulas: FormulaMode
): Promise<string> {
  const id = newScenarioId();
  const record: StoredScenarioRecord = { id, formulas, document };
  const inParts = supports("customXmlParts");
  await Excel.run(async (context) => {
    const ws = context.workbook.worksheets.getItem(sheet);
    // A formula of text: the name holds a value, not a range, so "copy sheet with native formulas" and the
    // sheet's own formulas never see it.
    ws.names.add(SCENARIO_ID_NAME, `="${id}"`);
    if (inParts) context.workbook.customXmlParts.add(scenarioPartXml(record));
    await context.sync();
  });
  if (!inParts) {
    Office.context.document.settings.set(settingsKey(id), JSON.stringify({ formulas, document }));
    await saveSettings();
  }
  return id;
}

/** A settings entry back into a record, or undefined when there is none or it does not read. */
function fromSettings(id: string): StoredScenarioRecord | undefined {
  const raw: unknown = Office.context.document.settings.get(settingsKey(id));
  if (typeof raw !== "string") return undefined;
  try {
    const { formulas, document } = JSON.parse(raw);
    if (formulas !== "addin" && formulas !== "native") return undefined;
    return { id, formulas, document: parseScenarioDocument(document) };
  } catch (e) {
    console.warn(`The stored scenario ${id} could not be read:`, e);
    return undefined;
  }
}

export function listScenarios(): Promise<StoredScenario[]> {
  const inParts = supports("customXmlParts");
  return Excel.run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    const parts = inParts
      ? context.workbook.customXmlParts.getByNamespace(SCENARIO_XML_NAMESPACE)
      : undefined;
    parts?.load("items/id");
    await context.sync();

    const marks = sheets.items.map((ws) => {
      const mark = ws.names.getItemOrNullObject(SCENARIO_ID_NAME);
      mark.load("value,type");
      return { sheet: ws.name, mark };
    });
    const xml = (parts?.items ?? []).map((p) => p.getXml());
    await context.sync();

    const records = new Map<string, StoredScenarioRecord>();
    for (const x of xml)
      try {
        const r = parseScenarioPart(x.value);
        records.set(r.id, r);
      } catch (e) {
        // A part of this namespace that does not read (another version's, or edited by hand) is skipped.
        console.warn("A stored scenario part could not be read:", e);
      }
    const found: StoredScenario[] = [];
    for (const { sheet, mark } of marks) {
      if (mark.isNullObject || mark.type !== "String") continue;
      const id = String(mark.value);
      const part = records.get(id);
      const record = part ?? fromSettings(id);
      if (record)
        found.push({
          sheet,
          id,
          formulas: record.formulas,
          document: record.document,
          storedIn: part ? "xmlPart" : "settings",
        });
    }
    return found;
  });
}
