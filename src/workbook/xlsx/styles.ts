/** How each plan style looks in an .xlsx file: the shared style table (../styles.ts), as ExcelJS takes it. */
import type { Borders, Fill, Font } from "exceljs";
import type { CellStyle } from "../plan";
import { BORDER_COLOR, STYLE_FORMATS } from "../styles";

/** #RRGGBB → ExcelJS's ARGB, opaque. */
const argb = (hex: string) => ({ argb: `FF${hex.slice(1).toUpperCase()}` });

/** A style as ExcelJS cell properties (only those the style sets). */
export function xlsxStyle(style: CellStyle): {
  font?: Partial<Font>;
  fill?: Fill;
  border?: Partial<Borders>;
} {
  const look = STYLE_FORMATS[style];
  const font: Partial<Font> = {
    ...(look.bold ? { bold: true } : {}),
    ...(look.italic ? { italic: true } : {}),
    ...(look.size ? { size: look.size } : {}),
    ...(look.color ? { color: argb(look.color) } : {}),
  };
  const rule = { style: "thin" as const, color: argb(BORDER_COLOR) };
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
