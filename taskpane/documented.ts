/**
 * The documented catalog (every clause function with its prose, src/index.ts) for the first screen's code,
 * which enters the domain through the plain records (src/records.ts) and so paints without the prose. The
 * pane fetches it right after its first paint: the search then adds the prose's words (views/ClausesView.tsx).
 * The views that show prose (a clause's page, the scenario builder) import src/index.ts themselves; webpack
 * puts the catalog in a chunk they share with this one, so it is fetched and built once.
 */
import { lazyValue } from "./lazy";

export const documentedCatalog = lazyValue(() =>
  import(/* webpackChunkName: "documented" */ "../src").then((m) => m.catalog)
);
