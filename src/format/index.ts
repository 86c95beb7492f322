/** The one place for how numbers, references and literals are written (see each module). */
export * from "./a1";
export * from "./formula-literal";
export * from "./locale";
export * from "./money";
export * from "./number-formats";
export * from "./percent";
export * from "./quotes";
export * from "./constants";
