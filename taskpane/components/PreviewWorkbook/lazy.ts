/**
 * Preview mode's workbook view, lazily loaded: the App shows it only once office.js reports no host. Its
 * chunk is the one host/connect.ts loads the in-memory workbook from, so preview mode costs one fetch
 * (and it waits for the strings beyond the first screen, i18n/strings.ts).
 */
import { withAllStrings } from "../../i18n";
import { lazyComponent } from "../../lazy";

export const LazyPreviewWorkbook = lazyComponent(() =>
  withAllStrings(import(/* webpackChunkName: "preview" */ "./PreviewWorkbook")).then(
    (m) => m.PreviewWorkbook
  )
);
