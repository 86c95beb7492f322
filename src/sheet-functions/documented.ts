/**
 * Every sheet function with its prose, for functions.json, the help pages and the docs (the build and the
 * pane; never the functions runtime): a clause function takes its description and parameter help from the
 * documented registry, a utility function from utilities.text.ts.
 */
import { documented } from "../policies/texts";
import { sheetFunctions } from "./index";
import type { DocumentedSheetFunction, SheetFunction } from "./types";
import { UTILITY_TEXTS } from "./utilities.text";

function withProse(f: SheetFunction): DocumentedSheetFunction {
  const fn = documented.functionByName.get(f.name)?.fn;
  const utility = UTILITY_TEXTS[f.name];
  const description = utility?.description ?? fn?.description;
  if (!description) throw new Error(`${f.name}: no description`);
  const params = f.params.map((p, i) => {
    const help = utility?.params[p.name] ?? fn?.params[i]?.description;
    if (!help) throw new Error(`${f.name}: no help for ${p.name}`);
    return { ...p, description: help };
  });
  return { ...f, description, params };
}

export const documentedSheetFunctions: readonly DocumentedSheetFunction[] =
  sheetFunctions.map(withProse);
