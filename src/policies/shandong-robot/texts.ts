/**
 * The prose of this document's clauses, one `<ID>.text.ts` module each (its notes and its function's
 * text), in catalog order (pane, docs and build only).
 */
import type { TextModule } from "../../catalog/types";
import * as SD_ROBOT_02 from "./clauses/SD-ROBOT-02.text";
import * as SD_ROBOT_04 from "./clauses/SD-ROBOT-04.text";
import * as SD_ROBOT_07 from "./clauses/SD-ROBOT-07.text";
import * as SD_ROBOT_08 from "./clauses/SD-ROBOT-08.text";
import * as SD_ROBOT_11a from "./clauses/SD-ROBOT-11a.text";
import * as SD_ROBOT_11c from "./clauses/SD-ROBOT-11c.text";
import * as SD_ROBOT_12a from "./clauses/SD-ROBOT-12a.text";
import * as SD_ROBOT_12b from "./clauses/SD-ROBOT-12b.text";
import * as SD_ROBOT_12c from "./clauses/SD-ROBOT-12c.text";
import * as SD_ROBOT_14a from "./clauses/SD-ROBOT-14a.text";

export const texts: readonly TextModule[] = [
  SD_ROBOT_02,
  SD_ROBOT_04,
  SD_ROBOT_07,
  SD_ROBOT_08,
  SD_ROBOT_11a,
  SD_ROBOT_11c,
  SD_ROBOT_12a,
  SD_ROBOT_12b,
  SD_ROBOT_12c,
  SD_ROBOT_14a,
];
