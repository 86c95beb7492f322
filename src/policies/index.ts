/**
 * The catalog: the five documents (spec §3) and their clauses (spec §4), in document order.
 * Everything else — engine lookups, Excel registration, metadata, the pane, the docs — reads from here.
 */
import type { Clause, ClauseFunction, DocumentId, PolicyDocument } from "../catalog/types";
import * as bjRobot from "./beijing-robot/clauses";
import { document as bjRobotDoc } from "./beijing-robot/document";
import * as hljAi from "./heilongjiang-ai/clauses";
import { document as hljAiDoc } from "./heilongjiang-ai/document";
import * as hljRobot from "./heilongjiang-robot/clauses";
import { document as hljRobotDoc } from "./heilongjiang-robot/document";
import * as hzHumanoid from "./hangzhou-humanoid/clauses";
import { document as hzHumanoidDoc } from "./hangzhou-humanoid/document";
import * as sdRobot from "./shandong-robot/clauses";
import { document as sdRobotDoc } from "./shandong-robot/document";

export const documents: PolicyDocument[] = [
  hljRobotDoc,
  hzHumanoidDoc,
  sdRobotDoc,
  hljAiDoc,
  bjRobotDoc,
];

export const clauses: Clause[] = [
  ...hljRobot.clauses,
  ...hzHumanoid.clauses,
  ...sdRobot.clauses,
  ...hljAi.clauses,
  ...bjRobot.clauses,
];

export const documentById = new Map<DocumentId, PolicyDocument>(documents.map((d) => [d.id, d]));
export const clauseById = new Map<string, Clause>(clauses.map((c) => [c.id, c]));

/** Clause functions by Excel name. */
export const functionByName = new Map<string, { clause: Clause; fn: ClauseFunction }>(
  clauses.filter((c) => c.fn).map((c) => [c.fn!.name, { clause: c, fn: c.fn! }])
);

export const catalog = { documents, clauses, documentById, clauseById, functionByName };
