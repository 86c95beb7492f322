/**
 * What every generated sheet and scenario document says it was built with: the add-in's version and the
 * clause specification's revision. A sheet read months later, or on another machine, says which rules
 * computed it.
 */
import { version } from "../../package.json";
import type { Language } from "../format/locale";
import { t } from "./strings";

/** The add-in that writes a document or a sheet: package.json's version. */
export const ADDIN_VERSION: string = version;
/**
 * The revision of the clause specification (/work/shared/spec/clauses.md, "Revision 2": after the second
 * legal review) the catalog implements. Raise it with the catalog when a new revision is applied.
 */
export const SPEC_REVISION = 2;

/** The sheet's line naming the add-in version and spec revision, in the sheet's language. */
export const stampText = (L: Language): string =>
  t("builtWith", L, { version: ADDIN_VERSION, revision: SPEC_REVISION });
