import { hasGateWord } from '../../lib/detector/gate';

const CHECK_MS = 1000; // new content is checked at most once a second
const MAX_PENDING = 500; // past this, check the whole page once instead of each piece

/**
 * On a page that fails the gate, watches for content that would pass it (an infinite-scroll
 * feed, a single-page app loading an article) and calls `onPass` once. The observer only
 * collects added nodes; the check reads just their text, at most once a second.
 */
export function watchForGate(doc: Document, onPass: () => void): () => void {
  let pending: Node[] = [];
  let wholePage = false;
  let timer = 0;
  const check = () => {
    timer = 0;
    const passed = wholePage
      ? hasGateWord(doc.body?.textContent ?? '')
      : pending.some((node) => hasGateWord(node.textContent ?? ''));
    pending = [];
    wholePage = false;
    if (passed) {
      stop();
      onPass();
    }
  };
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      if (record.type === 'characterData') pending.push(record.target);
      else pending.push(...record.addedNodes);
    }
    if (pending.length > MAX_PENDING) {
      pending = [];
      wholePage = true;
    }
    if (!timer) timer = window.setTimeout(check, CHECK_MS);
  });
  observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });
  const stop = () => {
    observer.disconnect();
    clearTimeout(timer);
  };
  return stop;
}
