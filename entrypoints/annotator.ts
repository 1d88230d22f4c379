import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { registerModule } from './content/lazy-modules';
import { PageAnnotations } from './content/page-annotations';

// Loaded by the content script with import() only when a page passes the gate (see
// entrypoints/content/index.ts): reads the page's text, has the background detect claims in it
// and marks them. The card loads separately, when one first opens (card.ts).
export default defineUnlistedScript(() => {
  registerModule('annotator', (ctx, report) => new PageAnnotations(ctx, report));
});
