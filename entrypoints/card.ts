import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { CardHost } from './content/card-host';
import { registerModule } from './content/lazy-modules';

// Loaded by the annotator with import() the first time a page opens a card (see
// entrypoints/content/lazy-card.ts): React, the card and the dataset's texts live here.
export default defineUnlistedScript(() => {
  registerModule('card', (doc) => new CardHost(doc));
});
