/** HZ-HUMANOID clauses (spec §4.2, functions §5.3), in catalog order: one file per clause under clauses/. */
import type { Clause } from "../../catalog/types";
import { clause as HZ_01 } from "./clauses/HZ-HUMANOID-01";
import { clause as HZ_02a } from "./clauses/HZ-HUMANOID-02a";
import { clause as HZ_02b } from "./clauses/HZ-HUMANOID-02b";
import { clause as HZ_02c } from "./clauses/HZ-HUMANOID-02c";
import { clause as HZ_02d } from "./clauses/HZ-HUMANOID-02d";
import { clause as HZ_02e } from "./clauses/HZ-HUMANOID-02e";
import { clause as HZ_03a } from "./clauses/HZ-HUMANOID-03a";
import { clause as HZ_03b } from "./clauses/HZ-HUMANOID-03b";
import { clause as HZ_04a } from "./clauses/HZ-HUMANOID-04a";
import { clause as HZ_04b } from "./clauses/HZ-HUMANOID-04b";
import { clause as HZ_04c } from "./clauses/HZ-HUMANOID-04c";
import { clause as HZ_05a } from "./clauses/HZ-HUMANOID-05a";
import { clause as HZ_05b } from "./clauses/HZ-HUMANOID-05b";
import { clause as HZ_06 } from "./clauses/HZ-HUMANOID-06";
import { clause as HZ_07 } from "./clauses/HZ-HUMANOID-07";
import { clause as HZ_08 } from "./clauses/HZ-HUMANOID-08";
import { clause as HZ_09 } from "./clauses/HZ-HUMANOID-09";
import { clause as HZ_10 } from "./clauses/HZ-HUMANOID-10";

export const clauses: Clause[] = [
  HZ_01,
  HZ_02a,
  HZ_02b,
  HZ_02c,
  HZ_02d,
  HZ_02e,
  HZ_03a,
  HZ_03b,
  HZ_04a,
  HZ_04b,
  HZ_04c,
  HZ_05a,
  HZ_05b,
  HZ_06,
  HZ_07,
  HZ_08,
  HZ_09,
  HZ_10,
];
