/**
 * BJ-ROBOT clauses in catalog order (spec §4.5, functions §5.5), one file per clause under clauses/. The text
 * names no responsible department for any measure (departments.ts).
 */
import type { Clause } from "../../catalog/types";
import { clause as BJ_ROBOT_01 } from "./clauses/BJ-ROBOT-01";
import { clause as BJ_ROBOT_02 } from "./clauses/BJ-ROBOT-02";
import { clause as BJ_ROBOT_03a } from "./clauses/BJ-ROBOT-03a";
import { clause as BJ_ROBOT_03b } from "./clauses/BJ-ROBOT-03b";
import { clause as BJ_ROBOT_04 } from "./clauses/BJ-ROBOT-04";
import { clause as BJ_ROBOT_05a } from "./clauses/BJ-ROBOT-05a";
import { clause as BJ_ROBOT_05b } from "./clauses/BJ-ROBOT-05b";
import { clause as BJ_ROBOT_06a } from "./clauses/BJ-ROBOT-06a";
import { clause as BJ_ROBOT_06b } from "./clauses/BJ-ROBOT-06b";
import { clause as BJ_ROBOT_07 } from "./clauses/BJ-ROBOT-07";
import { clause as BJ_ROBOT_08 } from "./clauses/BJ-ROBOT-08";
import { clause as BJ_ROBOT_09 } from "./clauses/BJ-ROBOT-09";
import { clause as BJ_ROBOT_10 } from "./clauses/BJ-ROBOT-10";
import { clause as BJ_ROBOT_11 } from "./clauses/BJ-ROBOT-11";
import { clause as BJ_ROBOT_12 } from "./clauses/BJ-ROBOT-12";
import { clause as BJ_ROBOT_13a } from "./clauses/BJ-ROBOT-13a";
import { clause as BJ_ROBOT_13b } from "./clauses/BJ-ROBOT-13b";
import { clause as BJ_ROBOT_14 } from "./clauses/BJ-ROBOT-14";
import { clause as BJ_ROBOT_15 } from "./clauses/BJ-ROBOT-15";
import { clause as BJ_ROBOT_16 } from "./clauses/BJ-ROBOT-16";

export const clauses: Clause[] = [
  BJ_ROBOT_01,
  BJ_ROBOT_02,
  BJ_ROBOT_03a,
  BJ_ROBOT_03b,
  BJ_ROBOT_04,
  BJ_ROBOT_05a,
  BJ_ROBOT_05b,
  BJ_ROBOT_06a,
  BJ_ROBOT_06b,
  BJ_ROBOT_07,
  BJ_ROBOT_08,
  BJ_ROBOT_09,
  BJ_ROBOT_10,
  BJ_ROBOT_11,
  BJ_ROBOT_12,
  BJ_ROBOT_13a,
  BJ_ROBOT_13b,
  BJ_ROBOT_14,
  BJ_ROBOT_15,
  BJ_ROBOT_16,
];
