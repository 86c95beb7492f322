/** The prose of this document's clause functions, one `<ID>.text.ts` each (pane, docs and build only). */
import type { TextEntry } from "../../catalog/types";
import { text as HZ_02b } from "./clauses/HZ-HUMANOID-02b.text";
import { text as HZ_02c } from "./clauses/HZ-HUMANOID-02c.text";
import { text as HZ_02d } from "./clauses/HZ-HUMANOID-02d.text";
import { text as HZ_03b } from "./clauses/HZ-HUMANOID-03b.text";
import { text as HZ_04b } from "./clauses/HZ-HUMANOID-04b.text";
import { text as HZ_04c } from "./clauses/HZ-HUMANOID-04c.text";
import { text as HZ_05a } from "./clauses/HZ-HUMANOID-05a.text";
import { text as HZ_05b } from "./clauses/HZ-HUMANOID-05b.text";
import { text as HZ_06 } from "./clauses/HZ-HUMANOID-06.text";
import { text as HZ_07 } from "./clauses/HZ-HUMANOID-07.text";

export const texts: readonly TextEntry[] = [
  HZ_02b,
  HZ_02c,
  HZ_02d,
  HZ_03b,
  HZ_04b,
  HZ_04c,
  HZ_05a,
  HZ_05b,
  HZ_06,
  HZ_07,
];
