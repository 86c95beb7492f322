/**
 * npm run export -- <scenario.json> -o <model.xlsx>: a scenario document (docs/scenario-document.md) as an
 * .xlsx workbook with native formulas — opens in Excel, LibreOffice or WPS without the add-in. Formulas
 * carry no cached results and the file asks for a full recalculation on load (src/workbook/xlsx/write.ts).
 *
 * Exit code 0 with the sheets written (and any warning, e.g. a document from another spec revision) on stderr;
 * 1 with one line saying what is wrong — the usage, an unreadable file, or the document's bad field.
 */
import { readFileSync, writeFileSync } from "fs";
import { parseScenarioDocument, scenarioDocumentPlans, writeXlsx } from "../src/workbook";

const USAGE = "usage: npm run export -- <scenario.json> -o <model.xlsx>";

/** The input and output paths from the arguments; throws the usage on anything else. */
export function parseArgs(argv: readonly string[]): { input: string; output: string } {
  let input: string | undefined;
  let output: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "-o" || a === "--output") {
      if (output !== undefined || i + 1 >= argv.length) throw new Error(USAGE);
      output = argv[++i];
    } else if (a.startsWith("-") || input !== undefined) throw new Error(USAGE);
    else input = a;
  }
  if (input === undefined || output === undefined) throw new Error(USAGE);
  return { input, output };
}

function readDocument(path: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (e) {
    throw new Error(`cannot read it (${(e as Error).message})`);
  }
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new Error(`not JSON (${(e as Error).message})`);
  }
}

/** Runs the export; returns the exit code (messages go to stdout / stderr). */
export async function main(argv: readonly string[]): Promise<number> {
  try {
    const { input, output } = parseArgs(argv);
    const doc = (() => {
      try {
        return parseScenarioDocument(readDocument(input));
      } catch (e) {
        throw new Error(`${input}: ${(e as Error).message}`);
      }
    })();
    const { plans, warnings } = scenarioDocumentPlans(doc);
    writeFileSync(output, await writeXlsx(plans));
    for (const w of warnings) console.error(`warning: ${w}`);
    console.log(`${output}: ${plans.map((p) => p.sheetName).join(", ")}`);
    return 0;
  } catch (e) {
    console.error(`export: ${(e as Error).message}`);
    return 1;
  }
}

if (require.main === module) void main(process.argv.slice(2)).then((code) => process.exit(code));
