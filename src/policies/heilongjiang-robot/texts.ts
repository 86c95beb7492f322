/**
 * The prose of this document's clauses, one `<ID>.text.ts` module each (its notes and its function's
 * text), in catalog order (pane, docs and build only).
 */
import type { TextModule } from "../../catalog/types";
import * as HLJ_ROBOT_01 from "./clauses/HLJ-ROBOT-01.text";
import * as HLJ_ROBOT_02a from "./clauses/HLJ-ROBOT-02a.text";
import * as HLJ_ROBOT_02b from "./clauses/HLJ-ROBOT-02b.text";
import * as HLJ_ROBOT_02c from "./clauses/HLJ-ROBOT-02c.text";
import * as HLJ_ROBOT_03 from "./clauses/HLJ-ROBOT-03.text";
import * as HLJ_ROBOT_04 from "./clauses/HLJ-ROBOT-04.text";
import * as HLJ_ROBOT_05 from "./clauses/HLJ-ROBOT-05.text";
import * as HLJ_ROBOT_07a from "./clauses/HLJ-ROBOT-07a.text";
import * as HLJ_ROBOT_07b from "./clauses/HLJ-ROBOT-07b.text";
import * as HLJ_ROBOT_09 from "./clauses/HLJ-ROBOT-09.text";
import * as HLJ_ROBOT_10 from "./clauses/HLJ-ROBOT-10.text";
import * as HLJ_ROBOT_11 from "./clauses/HLJ-ROBOT-11.text";
import * as HLJ_ROBOT_12 from "./clauses/HLJ-ROBOT-12.text";
import * as HLJ_ROBOT_13a from "./clauses/HLJ-ROBOT-13a.text";
import * as HLJ_ROBOT_13b from "./clauses/HLJ-ROBOT-13b.text";

export const texts: readonly TextModule[] = [
  HLJ_ROBOT_01,
  HLJ_ROBOT_02a,
  HLJ_ROBOT_02b,
  HLJ_ROBOT_02c,
  HLJ_ROBOT_03,
  HLJ_ROBOT_04,
  HLJ_ROBOT_05,
  HLJ_ROBOT_07a,
  HLJ_ROBOT_07b,
  HLJ_ROBOT_09,
  HLJ_ROBOT_10,
  HLJ_ROBOT_11,
  HLJ_ROBOT_12,
  HLJ_ROBOT_13a,
  HLJ_ROBOT_13b,
];
