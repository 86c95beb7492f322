/**
 * The overlap groups STACK uses (spec §7.5, normative; Revision 1). Within one item, rows of the same
 * group count only the largest award (ties: the first row); everything else adds. Groups are disjoint.
 * Each group cites the documents whose stacking rule it rests on, by id; the rule's words are the
 * document record's `stackingRule` (a test finds each in the document's source.txt), never a copy here.
 * Members are named by clause id and function.
 *
 * Not grouped (§7.5): HZ-02b with HZ-02c (both paid, 02b deducted from 02c's base); any clause with
 * itself (two launch events are two items: give them different item keys).
 */
import { type DocumentId, clauseById, documentById } from "../policies";

export interface OverlapMember {
  clauseId: string;
  fn: string;
}

export interface OverlapGroup {
  id: string;
  members: OverlapMember[];
  /** The documents whose stacking rule the group rests on (their `stackingRule`: see `stackingRules`). */
  ruleDocuments: DocumentId[];
  /** How the rule reaches the group: the principle named, and any reading by analogy. */
  note: string;
  /**
   * The members share one cap through `received_to_date` (spec §7.5): "cumulative" over the policy term
   * (HLJ-RD) or "annual" (HLJ-DATA-VOUCHER). The amount stays in each member's clause record; the group
   * only says that the members' caps are one cap.
   */
  sharedCap?: "cumulative" | "annual";
}

const HLJ_DOCUMENTS: DocumentId[] = ["HLJ-ROBOT", "HLJ-AI"];
const HLJ_NOTE = "HLJ 从优、就高、不重复 / 从高不重复 (spec §7.1–7.2): one award, the largest";

export const overlapGroups: OverlapGroup[] = [
  {
    id: "HLJ-RD",
    members: [
      { clauseId: "HLJ-ROBOT-01", fn: "HLJ_RD_SUBSIDY" },
      { clauseId: "HLJ-AI-03", fn: "HLJAI_RD_SUBSIDY" },
    ],
    ruleDocuments: HLJ_DOCUMENTS,
    note: `${HLJ_NOTE}; one shared cumulative cap (spec §7.5)`,
    sharedCap: "cumulative",
  },
  {
    id: "HLJ-PILOT",
    members: [
      { clauseId: "HLJ-ROBOT-04", fn: "HLJ_PILOT_PLATFORM_GRANT" },
      { clauseId: "HLJ-AI-04", fn: "HLJAI_PILOT_PLATFORM_GRANT" },
      { clauseId: "HLJ-AI-13b", fn: "HLJAI_PILOT_BASE_SUBSIDY" },
    ],
    ruleDocuments: HLJ_DOCUMENTS,
    note: HLJ_NOTE,
  },
  {
    id: "HLJ-INDUSTRIALIZATION",
    members: [
      { clauseId: "HLJ-ROBOT-05", fn: "HLJ_INDUSTRIALIZATION_GRANT" },
      { clauseId: "HLJ-AI-09b", fn: "HLJAI_TERMINAL_PROJECT_SUBSIDY" },
    ],
    ruleDocuments: HLJ_DOCUMENTS,
    note: HLJ_NOTE,
  },
  {
    id: "HLJ-SCENARIO",
    members: [
      { clauseId: "HLJ-ROBOT-10", fn: "HLJ_SCENARIO_SUBSIDY" },
      { clauseId: "HLJ-AI-08", fn: "HLJAI_SCENARIO_GRANT" },
    ],
    ruleDocuments: HLJ_DOCUMENTS,
    note: HLJ_NOTE,
  },
  {
    id: "HLJ-LAUNCH",
    members: [
      { clauseId: "HLJ-ROBOT-11", fn: "HLJ_LAUNCH_EVENT_SUBSIDY" },
      { clauseId: "HLJ-AI-11b", fn: "HLJAI_LAUNCH_EVENT_SUBSIDY" },
    ],
    ruleDocuments: HLJ_DOCUMENTS,
    note: HLJ_NOTE,
  },
  {
    id: "HLJ-DATASET",
    members: [
      { clauseId: "HLJ-ROBOT-13a", fn: "HLJ_DATASET_GRANT" },
      { clauseId: "HLJ-AI-06a", fn: "HLJAI_DATASET_SUBSIDY" },
      { clauseId: "HLJ-AI-06b", fn: "HLJAI_NATIONAL_DATASET_SUBSIDY" },
    ],
    ruleDocuments: HLJ_DOCUMENTS,
    note: HLJ_NOTE,
  },
  {
    id: "HLJ-DATA-VOUCHER",
    members: [
      { clauseId: "HLJ-ROBOT-13b", fn: "HLJ_DATA_VOUCHER" },
      { clauseId: "HLJ-AI-06c", fn: "HLJAI_DATA_VOUCHER" },
    ],
    ruleDocuments: HLJ_DOCUMENTS,
    note: `${HLJ_NOTE}; one 「数据券」 scheme with one shared annual cap (spec §7.5)`,
    sharedCap: "annual",
  },
  {
    id: "HZ-CAPEX",
    members: [
      { clauseId: "HZ-HUMANOID-02c", fn: "HZ_FLAGSHIP_PROJECT_SUBSIDY" },
      { clauseId: "HZ-HUMANOID-04b", fn: "HZ_NEW_INVESTMENT_SUBSIDY" },
      { clauseId: "HZ-HUMANOID-07", fn: "HZ_PILOT_PLATFORM_SUBSIDY" },
    ],
    ruleDocuments: ["HZ-HUMANOID"],
    note: "no double subsidy on the same assets (HZ 从优、就高、不重复 by analogy; spec §7.3)",
  },
];

/** Group of each member clause id. */
export const groupByClauseId = new Map<string, OverlapGroup>(
  overlapGroups.flatMap((g) => g.members.map((m) => [m.clauseId, g] as const))
);

/** The stacking rule(s) a group rests on, verbatim: each cited document's `stackingRule`. */
export function stackingRules(g: OverlapGroup): { document: DocumentId; quote: string }[] {
  return g.ruleDocuments.map((id) => {
    const doc = documentById.get(id);
    if (!doc) throw new Error(`overlap group ${g.id}: no document ${id}`);
    if (doc.stackingRule === undefined)
      throw new Error(`overlap group ${g.id}: ${id} states no stacking rule`);
    return { document: id, quote: doc.stackingRule };
  });
}

/**
 * Throws if a member names a clause or function the catalog does not have, or a group cites a document
 * without a stacking rule (called by tests).
 */
export function checkOverlapGroups(): void {
  for (const g of overlapGroups) {
    for (const m of g.members) {
      const c = clauseById.get(m.clauseId);
      if (!c?.fn || c.fn.name !== m.fn)
        throw new Error(`overlap group ${g.id}: ${m.clauseId} → ${m.fn} not in the catalog`);
    }
    stackingRules(g);
  }
}
