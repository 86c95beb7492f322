/**
 * functions.json from the catalog, in en-US and zh-CN (Microsoft's JSON metadata format for custom
 * functions: id, name, description, helpUrl, parameters, result). Function ids and names are the spec's
 * names in both languages; descriptions are localized, and so are parameter names: zh-CN shows each
 * parameter's Chinese label, because Excel on the web shows only the names while a formula is typed. The
 * namespace SUBSIDY lives in the manifest only.
 */
import type { Language } from "../src/format/locale";
import type { DocumentedSheetFunction } from "../src/sheet-functions/types";

export interface FunctionMetadata {
  id: string;
  name: string;
  description: string;
  helpUrl: string;
  parameters: {
    name: string;
    description: string;
    type: "any";
    dimensionality: "scalar" | "matrix";
    optional?: true;
    repeating?: true;
  }[];
  result: { type?: string; dimensionality: "scalar" | "matrix" };
}

export function functionMetadata(
  fn: DocumentedSheetFunction,
  locale: Language,
  helpBase: string
): FunctionMetadata {
  return {
    id: fn.name,
    name: fn.name,
    description: fn.description[locale],
    helpUrl: `${helpBase}${locale === "zh" ? "help.zh-cn.html" : "help.html"}#${fn.helpAnchor}`,
    parameters: fn.params.map((p) => ({
      name: locale === "zh" ? p.label.zh : p.name,
      description: p.description[locale],
      type: "any",
      dimensionality: p.matrix ? "matrix" : "scalar",
      ...(p.optional ? { optional: true as const } : {}),
      ...(p.repeating ? { repeating: true as const } : {}),
    })),
    result:
      fn.result.type === "any"
        ? { dimensionality: fn.result.dimensionality }
        : { type: fn.result.type, dimensionality: fn.result.dimensionality },
  };
}

/**
 * The whole functions.json. `allowErrorForDataTypeAny` is a root property (it applies to every `any`
 * parameter of every function): without it Excel never calls a function whose argument holds an error
 * value — the call is that error — and the engine's "<param> contains an error at position k" and EACH's
 * per-element errors never run. With it, functions/error-arguments.ts decides what the user sees.
 */
export function buildMetadata(
  functions: readonly DocumentedSheetFunction[],
  locale: Language,
  helpBase: string
) {
  return {
    allowErrorForDataTypeAny: true,
    functions: functions.map((f) => functionMetadata(f, locale, helpBase)),
  };
}
