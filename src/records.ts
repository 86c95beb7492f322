/**
 * The task pane's first screen's entry into the domain: the runtime records (src/policies' registry: ids,
 * numbers, quotes, summaries in both languages, each clause function without its prose). functions.js holds
 * them already, so the pane's first chunk adds nothing for them. The clauses' prose (a function's
 * description, formula in words, parameter help, examples) is src/index.ts's documented `catalog`, which the
 * first screen does not read: the pane loads it with import() right after its first paint
 * (taskpane/documented.ts), and the views that show prose (a clause's page, the scenario builder) import it.
 */
export { catalog as records } from "./policies";
export { type Language, languageOfTag } from "./format/locale";
export type {
  Category,
  Clause as ClauseRecord,
  DateCertainty,
  PolicyDocument,
  RegisterDate,
  Text,
  Unit,
} from "./catalog/types";
