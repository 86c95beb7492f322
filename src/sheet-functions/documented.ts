/**
 * Every sheet function with its prose, for functions.json, the help pages and the docs (the build and the
 * pane; never the functions runtime): a clause function takes its description and parameter help from the
 * documented registry, a utility function carries its own.
 */
import { documented } from "../policies/texts";
import { sheetFunctions } from "./index";
import type { DocumentedSheetFunction, SheetFunction } from "./types";

function withProse(f: SheetFunction): DocumentedSheetFunction {
  const fn = documented.functionByName.get(f.name)?.fn;
  const description = f.description ?? fn?.description;
  if (!description) throw new Error(`${f.name}: no description`);
  const params = f.params.map((p, i) => {
    const help = p.description ?? fn?.params[i]?.description;
    if (!help) throw new Error(`${f.name}: no help for ${p.name}`);
    return { ...p, description: help };
  });
  return { ...f, description, params };
}

export const documentedSheetFunctions: readonly DocumentedSheetFunction[] =
  sheetFunctions.map(withProse);
