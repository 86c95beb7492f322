/** HLJ-AI clauses (spec §4.4, functions §5.2), in catalog order: one file per clause under clauses/. */
import type { Clause } from "../../catalog/types";
import { clause as HLJ_AI_01 } from "./clauses/HLJ-AI-01";
import { clause as HLJ_AI_02 } from "./clauses/HLJ-AI-02";
import { clause as HLJ_AI_03 } from "./clauses/HLJ-AI-03";
import { clause as HLJ_AI_04 } from "./clauses/HLJ-AI-04";
import { clause as HLJ_AI_05 } from "./clauses/HLJ-AI-05";
import { clause as HLJ_AI_06a } from "./clauses/HLJ-AI-06a";
import { clause as HLJ_AI_06b } from "./clauses/HLJ-AI-06b";
import { clause as HLJ_AI_06c } from "./clauses/HLJ-AI-06c";
import { clause as HLJ_AI_07 } from "./clauses/HLJ-AI-07";
import { clause as HLJ_AI_08 } from "./clauses/HLJ-AI-08";
import { clause as HLJ_AI_09a } from "./clauses/HLJ-AI-09a";
import { clause as HLJ_AI_09b } from "./clauses/HLJ-AI-09b";
import { clause as HLJ_AI_10 } from "./clauses/HLJ-AI-10";
import { clause as HLJ_AI_11a } from "./clauses/HLJ-AI-11a";
import { clause as HLJ_AI_11b } from "./clauses/HLJ-AI-11b";
import { clause as HLJ_AI_12 } from "./clauses/HLJ-AI-12";
import { clause as HLJ_AI_13a } from "./clauses/HLJ-AI-13a";
import { clause as HLJ_AI_13b } from "./clauses/HLJ-AI-13b";
import { clause as HLJ_AI_14 } from "./clauses/HLJ-AI-14";
import { clause as HLJ_AI_15 } from "./clauses/HLJ-AI-15";
import { clause as HLJ_AI_16 } from "./clauses/HLJ-AI-16";

export const clauses: Clause[] = [
  HLJ_AI_01,
  HLJ_AI_02,
  HLJ_AI_03,
  HLJ_AI_04,
  HLJ_AI_05,
  HLJ_AI_06a,
  HLJ_AI_06b,
  HLJ_AI_06c,
  HLJ_AI_07,
  HLJ_AI_08,
  HLJ_AI_09a,
  HLJ_AI_09b,
  HLJ_AI_10,
  HLJ_AI_11a,
  HLJ_AI_11b,
  HLJ_AI_12,
  HLJ_AI_13a,
  HLJ_AI_13b,
  HLJ_AI_14,
  HLJ_AI_15,
  HLJ_AI_16,
];
