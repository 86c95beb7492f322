/**
 * How each plan style looks in an .xlsx file: the pane's look (taskpane/host/plan.ts STYLE_FORMATS, which
 * the Excel host and the preview grid share), as ExcelJS takes it. test/workbook/xlsx.test.ts checks the
 * two tables agree, so a file looks like the sheet the add-in writes.
 */
import type { Borders, Fill, Font } from "exceljs";
import type { CellStyle } from "../plan";

interface XlsxLook {
  bold?: boolean;
  italic?: boolean;
  size?: number;
  /** #RRGGBB */
  color?: string;
  fill?: string;
  borderTop?: boolean;
  borderBottom?: boolean;
}

export const XLSX_STYLES: Record<CellStyle, XlsxLook> = {
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

export const XLSX_BORDER_COLOR = "#8A8886";

/** #RRGGBB → ExcelJS's ARGB, opaque. */
const argb = (hex: string) => ({ argb: `FF${hex.slice(1).toUpperCase()}` });

/** A style as ExcelJS cell properties (only those the style sets). */
export function xlsxStyle(style: CellStyle): {
  font?: Partial<Font>;
  fill?: Fill;
  border?: Partial<Borders>;
} {
  const look = XLSX_STYLES[style];
  const font: Partial<Font> = {
    ...(look.bold ? { bold: true } : {}),
    ...(look.italic ? { italic: true } : {}),
    ...(look.size ? { size: look.size } : {}),
    ...(look.color ? { color: argb(look.color) } : {}),
  };
  const rule = { style: "thin" as const, color: argb(XLSX_BORDER_COLOR) };
  const border: Partial<Borders> = {
    ...(look.borderTop ? { top: rule } : {}),
    ...(look.borderBottom ? { bottom: rule } : {}),
  };
  return {
    ...(Object.keys(font).length > 0 ? { font } : {}),
    ...(look.fill ? { fill: { type: "pattern", pattern: "solid", fgColor: argb(look.fill) } } : {}),
    ...(Object.keys(border).length > 0 ? { border } : {}),
  };
}
