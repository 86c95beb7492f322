/**
 * How each named plan style looks, the one table every writer reads: the Excel host (taskpane/host), the
 * preview grid and the .xlsx writer (xlsx/styles.ts), so the preview and an exported file look like the
 * sheet Excel gets. Financial-model conventions: inputs in blue on a light fill (required ones warmer),
 * assumptions flagged, totals ruled. Colours as #RRGGBB, as Excel's range format takes them.
 */
import type { CellStyle } from "./plan";

export interface StyleFormat {
  bold?: boolean;
  italic?: boolean;
  /** Font size in points (Excel's default is 11). */
  size?: number;
  color?: string;
  fill?: string;
  borderTop?: boolean;
  borderBottom?: boolean;
}

export const STYLE_FORMATS: Record<CellStyle, StyleFormat> = {
  title: { bold: true, size: 14, color: "#0F548C" },
  subtitle: { italic: true, color: "#616161" },
  header: { bold: true, fill: "#E6EDF5", borderBottom: true },
  section: { bold: true, size: 12, color: "#0F548C" },
  label: {},
  citation: { color: "#616161" },
  input: { color: "#0000CC", fill: "#FFF9E0" },
  "input-required": { color: "#0000CC", fill: "#FDE3CF" },
  assumption: { italic: true, color: "#8A3707", fill: "#FFF4CE" },
  formula: {},
  total: { bold: true, fill: "#EEF4FB", borderTop: true },
  note: { italic: true, color: "#616161" },
};

/** The colour of a style's top or bottom rule. */
export const BORDER_COLOR = "#8A8886";
