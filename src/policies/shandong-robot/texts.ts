/** The prose of this document's clause functions, one `<ID>.text.ts` each (pane, docs and build only). */
import type { TextEntry } from "../../catalog/types";

export const texts: readonly TextEntry[] = [];
