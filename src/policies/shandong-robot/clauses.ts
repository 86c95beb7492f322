/**
 * SD-ROBOT clauses (spec §4.3, functions §5.4) in catalog order, one file each under clauses/. A DRAFT for
 * comment (征求意见稿): every function's description begins with "DRAFT (征求意见稿) – " (prose.text.ts),
 * because its numbers may change in the final text.
 */
import type { Clause } from "../../catalog/types";
import { clause as SD_ROBOT_01 } from "./clauses/SD-ROBOT-01";
import { clause as SD_ROBOT_02 } from "./clauses/SD-ROBOT-02";
import { clause as SD_ROBOT_03 } from "./clauses/SD-ROBOT-03";
import { clause as SD_ROBOT_04 } from "./clauses/SD-ROBOT-04";
import { clause as SD_ROBOT_05 } from "./clauses/SD-ROBOT-05";
import { clause as SD_ROBOT_06 } from "./clauses/SD-ROBOT-06";
import { clause as SD_ROBOT_07 } from "./clauses/SD-ROBOT-07";
import { clause as SD_ROBOT_08 } from "./clauses/SD-ROBOT-08";
import { clause as SD_ROBOT_09 } from "./clauses/SD-ROBOT-09";
import { clause as SD_ROBOT_10 } from "./clauses/SD-ROBOT-10";
import { clause as SD_ROBOT_11a } from "./clauses/SD-ROBOT-11a";
import { clause as SD_ROBOT_11b } from "./clauses/SD-ROBOT-11b";
import { clause as SD_ROBOT_11c } from "./clauses/SD-ROBOT-11c";
import { clause as SD_ROBOT_12a } from "./clauses/SD-ROBOT-12a";
import { clause as SD_ROBOT_12b } from "./clauses/SD-ROBOT-12b";
import { clause as SD_ROBOT_12c } from "./clauses/SD-ROBOT-12c";
import { clause as SD_ROBOT_13 } from "./clauses/SD-ROBOT-13";
import { clause as SD_ROBOT_14a } from "./clauses/SD-ROBOT-14a";
import { clause as SD_ROBOT_14b } from "./clauses/SD-ROBOT-14b";
import { clause as SD_ROBOT_15 } from "./clauses/SD-ROBOT-15";
import { clause as SD_ROBOT_16 } from "./clauses/SD-ROBOT-16";
import { clause as SD_ROBOT_17 } from "./clauses/SD-ROBOT-17";
import { clause as SD_ROBOT_18 } from "./clauses/SD-ROBOT-18";
import { clause as SD_ROBOT_19 } from "./clauses/SD-ROBOT-19";
import { clause as SD_ROBOT_20 } from "./clauses/SD-ROBOT-20";
import { clause as SD_ROBOT_21 } from "./clauses/SD-ROBOT-21";

export const clauses: Clause[] = [
  SD_ROBOT_01,
  SD_ROBOT_02,
  SD_ROBOT_03,
  SD_ROBOT_04,
  SD_ROBOT_05,
  SD_ROBOT_06,
  SD_ROBOT_07,
  SD_ROBOT_08,
  SD_ROBOT_09,
  SD_ROBOT_10,
  SD_ROBOT_11a,
  SD_ROBOT_11b,
  SD_ROBOT_11c,
  SD_ROBOT_12a,
  SD_ROBOT_12b,
  SD_ROBOT_12c,
  SD_ROBOT_13,
  SD_ROBOT_14a,
  SD_ROBOT_14b,
  SD_ROBOT_15,
  SD_ROBOT_16,
  SD_ROBOT_17,
  SD_ROBOT_18,
  SD_ROBOT_19,
  SD_ROBOT_20,
  SD_ROBOT_21,
];
