/** The prose of this document's clause functions, one `<ID>.text.ts` each (pane, docs and build only). */
import type { TextEntry } from "../../catalog/types";
import { text as SD_ROBOT_02 } from "./clauses/SD-ROBOT-02.text";
import { text as SD_ROBOT_04 } from "./clauses/SD-ROBOT-04.text";
import { text as SD_ROBOT_07 } from "./clauses/SD-ROBOT-07.text";
import { text as SD_ROBOT_08 } from "./clauses/SD-ROBOT-08.text";
import { text as SD_ROBOT_11c } from "./clauses/SD-ROBOT-11c.text";
import { text as SD_ROBOT_12a } from "./clauses/SD-ROBOT-12a.text";
import { text as SD_ROBOT_12b } from "./clauses/SD-ROBOT-12b.text";
import { text as SD_ROBOT_12c } from "./clauses/SD-ROBOT-12c.text";
import { text as SD_ROBOT_14a } from "./clauses/SD-ROBOT-14a.text";

export const texts: readonly TextEntry[] = [
  SD_ROBOT_02,
  SD_ROBOT_04,
  SD_ROBOT_07,
  SD_ROBOT_08,
  SD_ROBOT_11c,
  SD_ROBOT_12a,
  SD_ROBOT_12b,
  SD_ROBOT_12c,
  SD_ROBOT_14a,
];
