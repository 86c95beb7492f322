/**
 * The prose of this document's clauses, one `<ID>.text.ts` module each (its notes and its function's
 * text), in catalog order (pane, docs and build only).
 */
import type { TextModule } from "../../catalog/types";
import * as HZ_HUMANOID_02b from "./clauses/HZ-HUMANOID-02b.text";
import * as HZ_HUMANOID_02c from "./clauses/HZ-HUMANOID-02c.text";
import * as HZ_HUMANOID_02d from "./clauses/HZ-HUMANOID-02d.text";
import * as HZ_HUMANOID_03b from "./clauses/HZ-HUMANOID-03b.text";
import * as HZ_HUMANOID_04b from "./clauses/HZ-HUMANOID-04b.text";
import * as HZ_HUMANOID_04c from "./clauses/HZ-HUMANOID-04c.text";
import * as HZ_HUMANOID_05a from "./clauses/HZ-HUMANOID-05a.text";
import * as HZ_HUMANOID_05b from "./clauses/HZ-HUMANOID-05b.text";
import * as HZ_HUMANOID_06 from "./clauses/HZ-HUMANOID-06.text";
import * as HZ_HUMANOID_07 from "./clauses/HZ-HUMANOID-07.text";

export const texts: readonly TextModule[] = [
  HZ_HUMANOID_02b,
  HZ_HUMANOID_02c,
  HZ_HUMANOID_02d,
  HZ_HUMANOID_03b,
  HZ_HUMANOID_04b,
  HZ_HUMANOID_04c,
  HZ_HUMANOID_05a,
  HZ_HUMANOID_05b,
  HZ_HUMANOID_06,
  HZ_HUMANOID_07,
];
