import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { registerAnnotator } from './content/annotator-api';
import { PageAnnotations } from './content/page-annotations';

// Loaded by the content script with import() only when a page passes the gate (see
// entrypoints/content/index.ts): the detector, the dataset and React live here.
export default defineUnlistedScript(() => {
  registerAnnotator((ctx, report) => new PageAnnotations(ctx, report));
});
