/**
 * IN_FORCE on a native sheet: the document's validity window (rules/windows.ts, the one IN_FORCE reads) as
 * literal date serials compared with the year's 31 December, also a serial literal — DATE is not among
 * the native functions. Both ends inclusive, as IN_FORCE; #N/A (NA()) exactly where IN_FORCE answers
 * #N/A: the whole window unknown, or a date after the last known day of a document that states no term.
 */
import { windows } from "../../rules/windows";

/** An ISO date (YYYY-MM-DD) as the serial number Excel, LibreOffice and WPS give it (1900 date system). */
export function dateSerial(iso: string): number {
  const [y, m, d] = iso.split("-").map(Number);
  // Days since 1899-12-30, the epoch that makes every serial from 1 March 1900 on agree with Excel's.
  return Date.UTC(y, m - 1, d) / 86_400_000 + 25_569;
}

/** The native formula of IN_FORCE(document, 31 December `year`), and a note saying which dates it compares. */
export function nativeInForce(doc: string, year: number): { formula: string; note: string } {
  const w = windows[doc];
  if (!w) throw new Error(`windows: no document ${doc}`);
  const day = `${year}-12-31`;
  const d = dateSerial(day);
  if (w.unknown !== undefined) return { formula: "=NA()", note: w.unknown };
  const from = dateSerial(w.from!);
  const to = dateSerial(w.to!);
  const note = `${day} = ${d}; ${w.from} = ${from} … ${w.to} = ${to}`;
  // No stated term: after the last known day IN_FORCE cannot say (#N/A), as rules/windows.ts decides.
  if (w.afterTo !== false) return { formula: `=IF(${d}>${to},NA(),${d}>=${from})`, note };
  return { formula: `=AND(${d}>=${from},${d}<=${to})`, note };
}
