/**
 * POLICIES: the one list of documents (spec §3), each with its clauses (spec §4), in catalog order — and
 * the registry built over it. Everything else — the sheet functions, Excel registration, metadata, the
 * scenario builder, the pane, the docs — reads from here. Adding a document is its folder
 * (src/policies/<folder>/: document.ts, clauses.ts, source.txt, index.ts) and one line in this list.
 */
import { policy as bjRobot } from "./beijing-robot";
import { policy as hzHumanoid } from "./hangzhou-humanoid";
import { policy as hljAi } from "./heilongjiang-ai";
import { policy as hljRobot } from "./heilongjiang-robot";
import { buildRegistry } from "./registry";
import { policy as sdRobot } from "./shandong-robot";

export const POLICIES = [hljRobot, hzHumanoid, sdRobot, hljAi, bjRobot] as const;

type ShippedDocument = (typeof POLICIES)[number]["document"];
/** A shipped document id: "HLJ-ROBOT" | "HZ-HUMANOID" | …, derived from the list. */
export type DocumentId = ShippedDocument["id"];
/** A scenario location code: "HEILONGJIANG" | "HANGZHOU" | …, derived from the list. */
export type Location = ShippedDocument["location"]["code"];
/** A scenario sector code: "ROBOTS" | "HUMANOID" | "AI", derived from the list. */
export type Sector = ShippedDocument["sectors"][number]["code"];

export const registry = buildRegistry(POLICIES);

export const {
  documents,
  clauses,
  documentById,
  clauseById,
  functionByName,
  locations,
  sectors,
  locationByCode,
  sectorByCode,
  locationDocuments,
  sectorDocuments,
  findDocument,
  findClause,
  findFunction,
} = registry;

export { refKey, type FunctionEntry, type Policy } from "./registry";

export const catalog = { documents, clauses, documentById, clauseById, functionByName };
