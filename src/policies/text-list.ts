/**
 * TEXTS: the prose of every document's clauses (their `<ID>.text.ts` modules: the clause's notes and its
 * function's text), document by document in the order of POLICIES (src/policies/index.ts). The second of
 * the two lines a new document adds: the runtime list cannot hold its prose, or functions.js would carry
 * it (a bundle test keeps `.text.ts` modules out of functions.js). A document left out here fails at
 * load: every clause function must have its text, every `oneTime` its `because` (documented.ts).
 */
import type { TextModule } from "../catalog/types";
import { texts as bjRobot } from "./beijing-robot/texts";
import { texts as hzHumanoid } from "./hangzhou-humanoid/texts";
import { texts as hljAi } from "./heilongjiang-ai/texts";
import { texts as hljRobot } from "./heilongjiang-robot/texts";
import { texts as sdRobot } from "./shandong-robot/texts";

export const TEXTS: readonly (readonly TextModule[])[] = [
  hljRobot,
  hzHumanoid,
  sdRobot,
  hljAi,
  bjRobot,
];
