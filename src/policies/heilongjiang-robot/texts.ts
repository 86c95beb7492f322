/** The prose of this document's clause functions, one `<ID>.text.ts` each (pane, docs and build only). */
import type { TextEntry } from "../../catalog/types";
import { text as HLJ_ROBOT_02a } from "./clauses/HLJ-ROBOT-02a.text";

export const texts: readonly TextEntry[] = [HLJ_ROBOT_02a];
