/**
 * The one place where Microsoft's 2019 custom-functions schema (custom-functions.schema.json, kept verbatim
 * beside this file) is brought up to what Microsoft documents today. Each change cites a section of
 * "Manually create JSON metadata for custom functions" (learn.microsoft.com, page dated 2025-10-27):
 * https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-json#metadata-reference
 * Everything else (function ids and names required, no unknown properties, the parameter types and
 * dimensionalities) is the 2019 schema as published.
 */
import original from "./custom-functions.schema.json";

const PAGE = "https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-json";
const cite = (anchor: string, text: string) => `${text} (${PAGE}#${anchor})`;
const flag = (anchor: string, text: string) => ({
  type: "boolean",
  default: false,
  description: cite(anchor, text),
});

/** "cellvalue" → "^[Cc][Ee]…$": the page calls cellValueType's values case-insensitive. */
const caseless = (words: string[]) =>
  `^(${words
    .map((w) => [...w].map((c) => `[${c.toLowerCase()}${c.toUpperCase()}]`).join(""))
    .join("|")})$`;

export function patchedCustomFunctionsSchema(): Record<string, any> {
  const schema = structuredClone(original) as Record<string, any>;
  const fn = schema.properties.functions.items;
  const param = fn.properties.parameters.items;

  // 1. `"required": []` on `result` is invalid draft-04 (required needs at least one name); the page lists
  //    result's properties as optional, so the empty list goes.
  delete fn.properties.result.required;

  // 2. Root flags: #allowcustomdatafordatatypeany and #allowerrorfordatatypeany ("a top-level property
  //    and contains no sub-properties", Boolean, default false).
  schema.properties.allowCustomDataForDataTypeAny = flag(
    "allowcustomdatafordatatypeany",
    "true: the function accepts data types as parameters and return values"
  );
  schema.properties.allowErrorForDataTypeAny = flag(
    "allowerrorfordatatypeany",
    "true: parameters of type any or any[][] accept errors as input values"
  );

  // 3. Root `enums` (#enums, #edit-custom-enums-in-json-metadata): a unique id, type string or number,
  //    values of { name (required), tooltip, stringValue or numberValue }.
  schema.properties.enums = {
    description: cite("enums", "Custom enums a parameter refers to with customEnumId"),
    type: "array",
    items: {
      type: "object",
      properties: {
        id: { type: "string" },
        type: { type: "string", enum: ["string", "number"] },
        values: {
          type: "array",
          items: {
            type: "object",
            properties: {
              name: { type: "string" },
              tooltip: { type: "string" },
              stringValue: { type: "string" },
              numberValue: { type: "number" },
            },
            required: ["name"],
            additionalProperties: false,
          },
        },
      },
      required: ["id", "type", "values"],
      additionalProperties: false,
    },
  };

  // 4. Newer `options` (#options): the 2019 schema knows cancelable, stream, requiresAddress and volatile.
  Object.assign(fn.properties.options.properties, {
    capturesCallingObject: flag("options", "the referenced data type is passed as the first argument"),
    excludeFromAutoComplete: flag("options", "the function is left out of formula AutoComplete"),
    linkedEntityLoadService: flag("options", "the function is a linked entity load service"),
    requiresParameterAddresses: flag("options", "the function can read its parameters' addresses"),
    requiresStreamAddress: flag("options", "a streaming function can read its calling cell's address"),
    requiresStreamParameterAddresses: flag(
      "options",
      "a streaming function can read its parameters' addresses"
    ),
  });

  // 5. Parameters (#parameters): repeating, cellValueType (a subfield of type any), customEnumId.
  Object.assign(param.properties, {
    repeating: flag("parameters", "parameters populate from a specified array; repeating implies optional"),
    cellValueType: {
      type: "string",
      description: cite("parameters", "The Excel data types accepted, case-insensitive"),
      pattern: caseless([
        "cellvalue",
        "booleancellvalue",
        "doublecellvalue",
        "entitycellvalue",
        "errorcellvalue",
        "linkedentitycellvalue",
        "localimagecellvalue",
        "stringcellvalue",
        "webimagecellvalue",
      ]),
    },
    customEnumId: {
      type: "string",
      description: cite("parameters", "The id of an enum in the root enums array"),
    },
  });

  // 6. Result `type` (#result): boolean, number, string or any (the default).
  fn.properties.result.properties.type = {
    type: "string",
    enum: ["boolean", "number", "string", "any"],
    description: cite("result", "The data type of the result; any if omitted"),
  };
  return schema;
}
