/** The prose of this document's clause functions, one `<ID>.text.ts` each (pane, docs and build only). */
import type { TextEntry } from "../../catalog/types";
import { text as BJ_ROBOT_01 } from "./clauses/BJ-ROBOT-01.text";
import { text as BJ_ROBOT_03a } from "./clauses/BJ-ROBOT-03a.text";
import { text as BJ_ROBOT_06a } from "./clauses/BJ-ROBOT-06a.text";
import { text as BJ_ROBOT_06b } from "./clauses/BJ-ROBOT-06b.text";
import { text as BJ_ROBOT_07 } from "./clauses/BJ-ROBOT-07.text";
import { text as BJ_ROBOT_09 } from "./clauses/BJ-ROBOT-09.text";
import { text as BJ_ROBOT_13a } from "./clauses/BJ-ROBOT-13a.text";
import { text as BJ_ROBOT_13b } from "./clauses/BJ-ROBOT-13b.text";

export const texts: readonly TextEntry[] = [
  BJ_ROBOT_01,
  BJ_ROBOT_03a,
  BJ_ROBOT_06a,
  BJ_ROBOT_06b,
  BJ_ROBOT_07,
  BJ_ROBOT_09,
  BJ_ROBOT_13a,
  BJ_ROBOT_13b,
];
