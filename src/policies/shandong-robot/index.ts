/** Shandong robots (SD-ROBOT, draft): the document record and its clauses, as src/policies/index.ts lists them. */
import { clauses } from "./clauses";
import { document } from "./document";

export const policy = { document, clauses };
