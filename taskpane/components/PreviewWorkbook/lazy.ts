/** Preview mode's workbook as a chunk of its own: the App shows it only once office.js reports no host. */
import { lazyComponent } from "../../lazy";

export const LazyPreviewWorkbook = lazyComponent(() =>
  import(/* webpackChunkName: "preview-workbook" */ "./PreviewWorkbook").then(
    (m) => m.PreviewWorkbook
  )
);
