/** HLJ-ROBOT clauses in catalog order (spec §4.1, functions §5.1): one file per clause under clauses/. */
import type { Clause } from "../../catalog/types";
import { clause as HLJ_ROBOT_01 } from "./clauses/HLJ-ROBOT-01";
import { clause as HLJ_ROBOT_02a } from "./clauses/HLJ-ROBOT-02a";
import { clause as HLJ_ROBOT_02b } from "./clauses/HLJ-ROBOT-02b";
import { clause as HLJ_ROBOT_02c } from "./clauses/HLJ-ROBOT-02c";
import { clause as HLJ_ROBOT_03 } from "./clauses/HLJ-ROBOT-03";
import { clause as HLJ_ROBOT_04 } from "./clauses/HLJ-ROBOT-04";
import { clause as HLJ_ROBOT_05 } from "./clauses/HLJ-ROBOT-05";
import { clause as HLJ_ROBOT_06 } from "./clauses/HLJ-ROBOT-06";
import { clause as HLJ_ROBOT_07a } from "./clauses/HLJ-ROBOT-07a";
import { clause as HLJ_ROBOT_07b } from "./clauses/HLJ-ROBOT-07b";
import { clause as HLJ_ROBOT_08 } from "./clauses/HLJ-ROBOT-08";
import { clause as HLJ_ROBOT_09 } from "./clauses/HLJ-ROBOT-09";
import { clause as HLJ_ROBOT_10 } from "./clauses/HLJ-ROBOT-10";
import { clause as HLJ_ROBOT_11 } from "./clauses/HLJ-ROBOT-11";
import { clause as HLJ_ROBOT_12 } from "./clauses/HLJ-ROBOT-12";
import { clause as HLJ_ROBOT_13a } from "./clauses/HLJ-ROBOT-13a";
import { clause as HLJ_ROBOT_13b } from "./clauses/HLJ-ROBOT-13b";
import { clause as HLJ_ROBOT_14 } from "./clauses/HLJ-ROBOT-14";
import { clause as HLJ_ROBOT_15 } from "./clauses/HLJ-ROBOT-15";
import { clause as HLJ_ROBOT_16 } from "./clauses/HLJ-ROBOT-16";
import { clause as HLJ_ROBOT_17 } from "./clauses/HLJ-ROBOT-17";

export const clauses: Clause[] = [
  HLJ_ROBOT_01,
  HLJ_ROBOT_02a,
  HLJ_ROBOT_02b,
  HLJ_ROBOT_02c,
  HLJ_ROBOT_03,
  HLJ_ROBOT_04,
  HLJ_ROBOT_05,
  HLJ_ROBOT_06,
  HLJ_ROBOT_07a,
  HLJ_ROBOT_07b,
  HLJ_ROBOT_08,
  HLJ_ROBOT_09,
  HLJ_ROBOT_10,
  HLJ_ROBOT_11,
  HLJ_ROBOT_12,
  HLJ_ROBOT_13a,
  HLJ_ROBOT_13b,
  HLJ_ROBOT_14,
  HLJ_ROBOT_15,
  HLJ_ROBOT_16,
  HLJ_ROBOT_17,
];
