/**
 * The prose of this document's clauses, one `<ID>.text.ts` module each (its notes and its function's
 * text), in catalog order (pane, docs and build only).
 */
import type { TextModule } from "../../catalog/types";
import * as BJ_ROBOT_01 from "./clauses/BJ-ROBOT-01.text";
import * as BJ_ROBOT_03a from "./clauses/BJ-ROBOT-03a.text";
import * as BJ_ROBOT_06a from "./clauses/BJ-ROBOT-06a.text";
import * as BJ_ROBOT_06b from "./clauses/BJ-ROBOT-06b.text";
import * as BJ_ROBOT_07 from "./clauses/BJ-ROBOT-07.text";
import * as BJ_ROBOT_09 from "./clauses/BJ-ROBOT-09.text";
import * as BJ_ROBOT_13a from "./clauses/BJ-ROBOT-13a.text";
import * as BJ_ROBOT_13b from "./clauses/BJ-ROBOT-13b.text";
import * as BJ_ROBOT_15 from "./clauses/BJ-ROBOT-15.text";

export const texts: readonly TextModule[] = [
  BJ_ROBOT_01,
  BJ_ROBOT_03a,
  BJ_ROBOT_06a,
  BJ_ROBOT_06b,
  BJ_ROBOT_07,
  BJ_ROBOT_09,
  BJ_ROBOT_13a,
  BJ_ROBOT_13b,
  BJ_ROBOT_15,
];
