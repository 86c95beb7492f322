/**
 * The prose of this document's clauses, one `<ID>.text.ts` module each (its notes and its function's
 * text), in catalog order (pane, docs and build only).
 */
import type { TextModule } from "../../catalog/types";
import * as HLJ_AI_03 from "./clauses/HLJ-AI-03.text";
import * as HLJ_AI_04 from "./clauses/HLJ-AI-04.text";
import * as HLJ_AI_05 from "./clauses/HLJ-AI-05.text";
import * as HLJ_AI_06a from "./clauses/HLJ-AI-06a.text";
import * as HLJ_AI_06b from "./clauses/HLJ-AI-06b.text";
import * as HLJ_AI_06c from "./clauses/HLJ-AI-06c.text";
import * as HLJ_AI_07 from "./clauses/HLJ-AI-07.text";
import * as HLJ_AI_08 from "./clauses/HLJ-AI-08.text";
import * as HLJ_AI_09b from "./clauses/HLJ-AI-09b.text";
import * as HLJ_AI_11a from "./clauses/HLJ-AI-11a.text";
import * as HLJ_AI_11b from "./clauses/HLJ-AI-11b.text";
import * as HLJ_AI_12 from "./clauses/HLJ-AI-12.text";
import * as HLJ_AI_13b from "./clauses/HLJ-AI-13b.text";

export const texts: readonly TextModule[] = [
  HLJ_AI_03,
  HLJ_AI_04,
  HLJ_AI_05,
  HLJ_AI_06a,
  HLJ_AI_06b,
  HLJ_AI_06c,
  HLJ_AI_07,
  HLJ_AI_08,
  HLJ_AI_09b,
  HLJ_AI_11a,
  HLJ_AI_11b,
  HLJ_AI_12,
  HLJ_AI_13b,
];
