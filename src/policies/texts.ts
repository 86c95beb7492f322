/**
 * The documented catalog: every clause function joined with its prose (TEXTS, src/policies/text-list.ts).
 * What the pane, the docs and the build read; the functions runtime never imports this module.
 */
import { buildDocumented } from "./documented";
import { registry } from "./index";
import { TEXTS } from "./text-list";

export const documented = buildDocumented(registry, TEXTS.flat());
