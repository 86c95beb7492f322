/**
 * The shape of the catalog: documents, clauses and the clause functions. One record per clause is the
 * single source of truth (DESIGN.md): the engine, the Excel registration, functions.json, the task pane
 * and the generated docs all read these records. A policy number (rate, cap, threshold) lives only in a
 * clause function's `constants`.
 */
export type * from "./clause-types";
export type * from "./document-types";
export type * from "./param-types";
export type * from "./text-types";
