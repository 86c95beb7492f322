/**
 * The optional Office.js APIs the Excel host uses, each with the ExcelApi requirement set that brings it
 * (from the "[Api set: ExcelApi …]" remarks of @types/office-js), checked in one place. Everything else
 * the host calls is at most ExcelApi 1.7 (Worksheet.freezePanes; getUsedRangeOrNullObject is 1.4), the
 * set the pane requires.
 */
export const OPTIONAL_EXCEL_APIS = {
  /** Range.getSpillParentOrNullObject / getSpillingToRangeOrNullObject: the blank part of a spill is not empty. */
  spills: "1.12",
  /** Range.getMergedAreasOrNullObject (1.13), read through RangeAreas.areas (1.9): hidden cells of a merge. */
  merges: "1.13",
  /** Range.dataValidation's prompt, which carries a scenario sheet's cell notes. */
  notePrompts: "1.8",
  /** Worksheet.pageLayout: a plan's print settings (orientation, fit to width, print titles). */
  pageLayout: "1.9",
  /** Workbook.customXmlParts: where a scenario's document is stored (else the document settings). */
  customXmlParts: "1.5",
  /** WorksheetCollection.onSelectionChanged (1.9) and onCalculated (1.8): explain follows the selection. */
  selectionEvents: "1.9",
} as const;

export type OptionalExcelApi = keyof typeof OPTIONAL_EXCEL_APIS;

/** Whether this Excel has the API; false outside Office (no office.js, or an older Office without the check). */
export function supports(api: OptionalExcelApi): boolean {
  return (
    typeof Office !== "undefined" &&
    Office.context?.requirements?.isSetSupported?.("ExcelApi", OPTIONAL_EXCEL_APIS[api]) === true
  );
}
