/**
 * `npm run docs`: writes the generated reference from the catalog (scripts/docs/): docs/functions.md,
 * docs/ambiguities.md, one docs/sources/<id>.md per document, README.md's list of policies and
 * docs/native-formulas.md's worked examples (one per formula shape).
 */
import { mkdirSync, readFileSync, writeFileSync } from "fs";
import { dirname, join } from "path";
import {
  catalogSource,
  renderAmbiguitiesMarkdown,
  renderFunctionsMarkdown,
  renderSourceMarkdown,
  sourcePage,
  withPoliciesSection,
} from "./docs";
import { withNativeExamples } from "./docs/native-examples";

const root = join(__dirname, "..");

/** Every generated file (path from the repository root) and how to render it; the docs test checks each. */
export const generatedDocs: Record<string, () => string> = {
  "docs/functions.md": renderFunctionsMarkdown,
  "docs/ambiguities.md": renderAmbiguitiesMarkdown,
  ...Object.fromEntries(
    catalogSource.documents.map((doc) => [
      `docs/${sourcePage(doc)}`,
      () => renderSourceMarkdown(doc),
    ])
  ),
  "README.md": () => withPoliciesSection(readFileSync(join(root, "README.md"), "utf8")),
  "docs/native-formulas.md": () =>
    withNativeExamples(readFileSync(join(root, "docs/native-formulas.md"), "utf8")),
};

if (require.main === module) {
  for (const [file, render] of Object.entries(generatedDocs)) {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    writeFileSync(join(root, file), render(), "utf8");
    console.log(`wrote ${file}`);
  }
}
