// Kept only until the clause files import engine/shapes directly (one file per shape there).
export * from "./shapes";
