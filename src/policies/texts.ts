/**
 * The prose of every clause function, document by document in the order of POLICIES (src/policies/index.ts;
 * a test checks both lists name the same documents): what the pane, the docs and the build read. The
 * functions runtime never imports this module (a bundle test keeps `.text.ts` modules out of functions.js).
 */
import { texts as bjRobot } from "./beijing-robot/texts";
import { buildDocumented } from "./documented";
import { texts as hzHumanoid } from "./hangzhou-humanoid/texts";
import { texts as hljAi } from "./heilongjiang-ai/texts";
import { texts as hljRobot } from "./heilongjiang-robot/texts";
import { registry } from "./index";
import { texts as sdRobot } from "./shandong-robot/texts";

export const TEXTS = [hljRobot, hzHumanoid, sdRobot, hljAi, bjRobot] as const;

export const documented = buildDocumented(registry, TEXTS.flat());
