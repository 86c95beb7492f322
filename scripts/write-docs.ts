/** `npm run docs`: writes docs/functions.md and docs/ambiguities.md from the catalog (scripts/docs/). */
import { writeFileSync } from "fs";
import { join } from "path";
import { renderAmbiguitiesMarkdown, renderFunctionsMarkdown } from "./docs";

export const generatedDocs: Record<string, () => string> = {
  "docs/functions.md": renderFunctionsMarkdown,
  "docs/ambiguities.md": renderAmbiguitiesMarkdown,
};

if (require.main === module) {
  const root = join(__dirname, "..");
  for (const [file, render] of Object.entries(generatedDocs)) {
    writeFileSync(join(root, file), render(), "utf8");
    console.log(`wrote ${file}`);
  }
}
