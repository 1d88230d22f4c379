import { bundleReactApp, page } from './pages';

/**
 * Pages that are hard on extensions, for the breakage suite. Each one's script leaves its
 * observable results on `window.__page` (ticks, counts, a `done` flag when it has reached a
 * state that does not change any more), so a run with the extension can be compared with a run
 * without it. Big pages are generated here, not stored.
 */

export const CLAIM_FALSE = 'The FDA approved MDMA-assisted therapy for PTSD last spring.';
export const CLAIM_SUPPORTED = 'Update: the FDA has not approved MDMA for any use.';
export const CLAIM_STORED = 'MDMA releases the trauma stored in the body.';
export const CLAIM_STREET = 'Street molly is the same drug they use in the MDMA trials.';
const NEUTRAL = 'The clinic opens at nine and closes at five on weekdays.';

/**
 * A page-world heartbeat: a 10 ms interval that records how late each beat came. Its worst
 * gap after a reset tells how long the page could not run a task.
 */
const HEARTBEAT = `
  (() => {
    const beat = { maxGap: 0, last: performance.now() };
    setInterval(() => {
      const now = performance.now();
      beat.maxGap = Math.max(beat.maxGap, now - beat.last);
      beat.last = now;
    }, 10);
    window.__heartbeat = {
      reset() { beat.maxGap = 0; beat.last = performance.now(); },
      get maxGap() { return Math.max(beat.maxGap, performance.now() - beat.last); },
    };
  })();`;

const script = (code: string, nonce = '') =>
  `<script${nonce ? ` nonce="${nonce}"` : ''}>${code}</script>`;

/** A React 19 app that re-renders the marked text in place, by key and by reordering a list. */
export async function reactRerenderPage(): Promise<string> {
  const source = `
    import { useEffect, useState } from 'react';
    import { createRoot } from 'react-dom/client';
    const TEXTS = ${JSON.stringify([CLAIM_FALSE, NEUTRAL, CLAIM_SUPPORTED])};
    const TICKS = 42;
    const state = (window.__page = { ticks: 0, clicks: 0, done: false });
    function App() {
      const [tick, setTick] = useState(0);
      const [clicks, setClicks] = useState(0);
      useEffect(() => {
        state.ticks = tick;
        if (tick >= TICKS) { state.done = true; return; }
        const timer = setTimeout(() => setTick(tick + 1), 25);
        return () => clearTimeout(timer);
      }, [tick]);
      const items = ['Session notes', ${JSON.stringify(CLAIM_STORED)}, 'Parking is free'];
      const rotated = items.map((_, i) => items[(i + tick) % items.length]);
      return (
        <main>
          <h1>MDMA therapy news</h1>
          <p id="patched">{TEXTS[tick % 3]}</p>
          <p id="keyed" key={tick}>Note {tick}: {TEXTS[(tick + 2) % 3]}</p>
          <ul id="list">{rotated.map((text) => <li key={text}>{text}</li>)}</ul>
          <button id="counter" type="button" onClick={() => { state.clicks++; setClicks(clicks + 1); }}>
            Clicked {clicks} times
          </button>
        </main>
      );
    }
    createRoot(document.getElementById('root')).render(<App />);`;
  const bundled = await bundleReactApp({ source });
  return page(`<div id="root"></div>${script(bundled)}`);
}

/**
 * A Vue-style app without a library: one view re-rendered whole through `innerHTML`, one text
 * node patched in place (`node.data = …`, what a virtual DOM does for changed text), and a keyed
 * list whose nodes are moved with `insertBefore`.
 */
export const VUE_STYLE = page(`
  <h1>MDMA therapy forum</h1>
  <div id="view"></div>
  <p id="patched">${NEUTRAL}</p>
  <ul id="list"><li>Session notes</li><li>${CLAIM_STORED}</li><li>Parking is free</li></ul>
  ${script(`
    const TEXTS = ${JSON.stringify([CLAIM_FALSE, NEUTRAL, CLAIM_SUPPORTED])};
    const state = (window.__page = { ticks: 0, done: false });
    const view = document.getElementById('view');
    const text = document.getElementById('patched').firstChild;
    const list = document.getElementById('list');
    const render = (tick) => {
      view.innerHTML = '<h2>Post ' + tick + '</h2><p class="post">' + TEXTS[tick % 3] + '</p>';
      text.data = TEXTS[(tick + 1) % 3];
      list.insertBefore(list.lastElementChild, list.firstElementChild);
    };
    render(0);
    const timer = setInterval(() => {
      state.ticks++;
      render(state.ticks);
      if (state.ticks === 60) { clearInterval(timer); state.done = true; }
    }, 20);`)}`);

/** A rich-text editor (contenteditable) holding a claim, with a claim outside it. */
export const RICH_EDITOR = page(`
  <h1>Write about MDMA therapy</h1>
  <p id="outside">${CLAIM_FALSE}</p>
  <div id="editor" contenteditable="true"><p id="first">${CLAIM_STORED}</p></div>
  ${script(`
    const state = (window.__page = { inputs: 0, beforeInputs: 0 });
    const editor = document.getElementById('editor');
    editor.addEventListener('beforeinput', () => state.beforeInputs++);
    editor.addEventListener('input', () => state.inputs++);`)}`);

/** An editor that is a whole document: an iframe whose body is contenteditable (TinyMCE-style). */
export const FRAME_EDITOR_DOC = page(`<p>${CLAIM_SUPPORTED} ${CLAIM_FALSE}</p>`).replace(
  '<body>',
  '<body contenteditable="true">',
);
export const FRAME_EDITOR = page(`
  <h1>Comment on MDMA therapy</h1>
  <p id="outside">${CLAIM_STREET}</p>
  <iframe id="editor-frame" src="/frame-editor-doc.html" width="700" height="160"></iframe>`);

/**
 * A page that patches DOM prototypes and the highlight registry in its own (main) world before
 * any content script runs. Every patch counts its calls in `window.__page.calls`; the patched
 * functions are kept in `window.__page.patches` so a test can check they are still in place.
 */
export const PATCHED_PROTOTYPES = page(
  `<h1>MDMA therapy</h1>
  <p id="claim">Our clinic says ${CLAIM_FALSE}</p>
  <div id="own"></div>
  ${script(`
    // The page's own use of what it patched: the same in runs with and without the extension.
    const own = document.getElementById('own');
    own.appendChild(document.createElement('span')).textContent = 'one';
    own.insertBefore(document.createElement('span'), own.firstChild).textContent = 'zero';
    document.createRange().selectNodeContents(own);
    window.__page.pageCallsDone = true;`)}`,
  script(`
    const calls = {};
    const patches = {};
    window.__page = { calls, patches };
    const count = (name) => { calls[name] = (calls[name] || 0) + 1; };
    const wrap = (owner, label, name) => {
      const original = owner[name];
      owner[name] = patches[label + '.' + name] = function (...args) {
        count(label + '.' + name);
        return original.apply(this, args);
      };
    };
    for (const name of ['appendChild', 'insertBefore', 'removeChild', 'replaceChild',
        'compareDocumentPosition', 'contains', 'cloneNode', 'getRootNode']) wrap(Node.prototype, 'Node', name);
    for (const name of ['setStart', 'setEnd', 'compareBoundaryPoints', 'isPointInRange',
        'getClientRects', 'getBoundingClientRect', 'toString', 'cloneRange']) wrap(Range.prototype, 'Range', name);
    for (const name of ['createRange', 'createTreeWalker', 'createElement', 'caretPositionFromPoint',
        'caretRangeFromPoint']) wrap(Document.prototype, 'Document', name);
    for (const name of ['attachShadow', 'getBoundingClientRect', 'append', 'checkVisibility'])
      wrap(Element.prototype, 'Element', name);
    wrap(EventTarget.prototype, 'EventTarget', 'addEventListener');
    const text = Object.getOwnPropertyDescriptor(Node.prototype, 'textContent');
    Object.defineProperty(Node.prototype, 'textContent', {
      ...text,
      set(value) { count('Node.textContent='); text.set.call(this, value); },
    });
    patches['Node.textContent='] = Object.getOwnPropertyDescriptor(Node.prototype, 'textContent').set;
    // The highlight registry: every use throws; the Highlight constructor too.
    const hostile = new Proxy({}, { get() { count('CSS.highlights'); throw new Error('page: no highlights'); } });
    Object.defineProperty(CSS, 'highlights', { configurable: true, get: () => hostile });
    window.Highlight = patches.Highlight = function () { count('Highlight'); throw new Error('page: no Highlight'); };
    Object.freeze(Range.prototype);
    Object.freeze(Node.prototype);`),
);

/** A page with highlights of its own: one over the claim, one elsewhere, one it keeps changing. */
export const OWN_HIGHLIGHTS = page(
  `<h1>MDMA therapy</h1>
  <p id="claim">${CLAIM_FALSE}</p>
  <p id="other">${NEUTRAL}</p>
  ${script(`
    const state = (window.__page = { updates: 0, done: false });
    const rangeOver = (id, start, end) => {
      const range = new Range();
      const text = document.getElementById(id).firstChild;
      range.setStart(text, start);
      range.setEnd(text, end);
      return range;
    };
    const over = new Highlight(rangeOver('claim', 4, 16)); // "FDA approved", inside our claim
    over.priority = 100;
    CSS.highlights.set('page-own', over);
    CSS.highlights.set('page-other', new Highlight(rangeOver('other', 4, 10)));
    state.own = over;
    const timer = setInterval(() => {
      state.updates++;
      CSS.highlights.set('page-search', new Highlight(rangeOver('other', state.updates % 20, 30)));
      if (state.updates === 30) { clearInterval(timer); state.done = true; }
    }, 30);`)}`,
  '<style>::highlight(page-own){background:yellow}::highlight(page-other){background:lime}</style>',
);

const TT_NONCE = 'n0nce4test';
/** A strict CSP that also requires Trusted Types for every DOM sink, with the page's own policy. */
export const TRUSTED_TYPES_CSP = {
  'content-security-policy': `default-src 'none'; script-src 'nonce-${TT_NONCE}'; style-src 'none'; require-trusted-types-for 'script'; trusted-types page-policy`,
};
export const TRUSTED_TYPES = page(`
  <h1>MDMA therapy</h1>
  <p id="claim">Our clinic says ${CLAIM_FALSE}</p>
  <div id="out"></div>
  ${script(
    `
    const state = (window.__page = { violations: [], rendered: false });
    document.addEventListener('securitypolicyviolation', (e) => {
      state.violations.push(e.violatedDirective + ' ' + e.sourceFile + ' ' + e.sample);
    });
    const policy = trustedTypes.createPolicy('page-policy', { createHTML: (s) => s.replace(/</g, '&lt;') });
    document.getElementById('out').innerHTML = policy.createHTML('<b>escaped by the page</b>');
    state.rendered = true;`,
    TT_NONCE,
  )}`);

/**
 * About 10 MB of text in paragraphs, with claims in the first and the last paragraphs, and a
 * heartbeat. `paragraphs` × ~500 characters.
 */
export function tenMegabytePage(paragraphs = 20_000): string {
  const filler =
    'Notes from the reading room: the archive keeps letters, maps and ledgers from three ' +
    'centuries, catalogued by hand and checked twice a year by volunteers who know the ' +
    'collection well. Visitors sign in at the desk, leave their bags in a locker and use ' +
    'pencils only. Requests made before noon are usually ready within the hour, and staff ' +
    'are glad to help with old handwriting, dates and units of measure. Paragraph number ';
  const parts: string[] = [`<p>${CLAIM_FALSE}</p>`, `<p>${CLAIM_STORED}</p>`];
  for (let i = 0; i < paragraphs; i++) parts.push(`<p>${filler}${i}.</p>`);
  parts.push(`<p>${CLAIM_STREET}</p>`, `<p>${CLAIM_SUPPORTED}</p>`);
  return page(`<h1>MDMA therapy archive</h1>${parts.join('\n')}${script(HEARTBEAT)}`);
}

/** The same amount of text served as text/plain: one `<pre>` of many 64 KB text nodes. */
export function tenMegabytePlainText(lines = 20_000): string {
  const filler =
    'Notes from the reading room: the archive keeps letters, maps and ledgers from three ' +
    'centuries, catalogued by hand and checked twice a year by volunteers who know the ' +
    'collection well. Visitors sign in at the desk, leave their bags in a locker and use ' +
    'pencils only. Requests made before noon are usually ready within the hour. Line ';
  const parts = [CLAIM_FALSE];
  for (let i = 0; i < lines; i++) parts.push(`${filler}${i}.`);
  parts.push(CLAIM_SUPPORTED);
  return parts.join('\n\n');
}

/**
 * A claim at the bottom of `depth` nested divs. The HTML parser stops nesting at 512 levels,
 * so the page's script builds the tree. The divs are `display: contents`: this Chromium's
 * renderer crashes by itself (no extension) laying out boxes nested about 3 000 deep, so the
 * DOM is 5 000 deep while the layout tree stays flat.
 */
export function deepDomPage(depth = 5000): string {
  return page(
    `
    <h1>MDMA therapy, deep down</h1>
    <div id="top"></div>
    ${script(`
      let parent = document.getElementById('top');
      for (let i = 0; i < ${depth}; i++) parent = parent.appendChild(document.createElement('div'));
      const p = parent.appendChild(document.createElement('p'));
      p.id = 'bottom';
      p.textContent = ${JSON.stringify(CLAIM_FALSE)};
      let depth = 0;
      for (let e = p; e.parentElement; e = e.parentElement) depth++;
      window.__page = { depth };
      ${HEARTBEAT}`)}`,
    '<style>#top div { display: contents }</style>',
  );
}

/**
 * `count` elements: a grid of mostly empty cells (the kind of markup a layout framework makes)
 * with a short label in every tenth, and claims before and after it.
 */
export function manyElementsPage(count = 100_000): string {
  const cells: string[] = [];
  for (let i = 0; i < count / 2; i++) {
    cells.push(
      i % 10 === 0 ? `<div class="c"><span>cell ${i}</span></div>` : '<div class="c"><i></i></div>',
    );
  }
  return page(
    `<h1>MDMA therapy dashboard</h1><p>${CLAIM_FALSE}</p><section id="grid">${cells.join('')}</section><p>${CLAIM_SUPPORTED}</p>${script(HEARTBEAT)}`,
    '<style>.c{display:inline-block;width:4px;height:4px;overflow:hidden}</style>',
  );
}

/**
 * Text mutating 100 times a second for `ticks` ticks (10 s by default), including a node that
 * alternates between a claim and neutral text; ends on a fixed state.
 */
export function mutatingPage(ticks = 1000): string {
  return page(`
    <h1>MDMA therapy live ticker</h1>
    <p id="clock">0</p>
    <p id="claim">${CLAIM_FALSE}</p>
    <p id="steady">${CLAIM_STORED}</p>
    <ul id="feed"></ul>
    ${script(`
      const TEXTS = ${JSON.stringify([CLAIM_FALSE, NEUTRAL])};
      const state = (window.__page = { ticks: 0, done: false });
      const clock = document.getElementById('clock').firstChild;
      const claim = document.getElementById('claim');
      const feed = document.getElementById('feed');
      const timer = setInterval(() => {
        const tick = ++state.ticks;
        clock.data = String(tick);
        if (tick % 10 === 0) claim.textContent = TEXTS[(tick / 10) % 2];
        if (tick % 25 === 0) {
          const li = document.createElement('li');
          li.textContent = 'Reading ' + tick;
          feed.prepend(li);
          if (feed.children.length > 20) feed.lastElementChild.remove();
        }
        if (tick === ${ticks}) { clearInterval(timer); state.done = true; }
      }, 10);
      ${HEARTBEAT}`)}`);
}

/** Frames: a same-origin iframe, a srcdoc iframe, and an iframe inside the first one. */
export const FRAME_INNER = page(`<p>Innermost: ${CLAIM_STREET}</p>`);
export const FRAME_MIDDLE = page(`
  <p>Middle frame: ${CLAIM_STORED}</p>
  <iframe id="inner" src="/frame-inner.html" width="500" height="100"></iframe>`);
export const FRAMES = page(`
  <h1>MDMA therapy in frames</h1>
  <p id="top">${CLAIM_FALSE}</p>
  <iframe id="middle" src="/frame-middle.html" width="600" height="220"></iframe>
  <iframe id="srcdoc" width="600" height="100" srcdoc="<p>In a srcdoc frame: ${CLAIM_SUPPORTED}</p>"></iframe>`);

/** Right-to-left text around an English claim. */
export const RTL = `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>RTL</title></head><body>
  <h1>العلاج بمساعدة MDMA</h1>
  <p id="mixed">قال الطبيب في المقابلة: ${CLAIM_FALSE} وأضاف أن الجلسات تستمر ثماني ساعات.</p>
  <p id="hebrew" dir="rtl">לדברי המרפאה, <span dir="ltr">${CLAIM_STORED}</span> כך נכתב בעלון.</p>
</body></html>`;

/** Documents that are not HTML: SVG, XML shown by the XML viewer, XHTML served as XML. */
export const SVG_DOC = `<svg xmlns="http://www.w3.org/2000/svg" width="700" height="80"><text x="10" y="40">${CLAIM_FALSE}</text></svg>`;
export const XML_DOC = `<?xml version="1.0"?><claims><claim>${CLAIM_FALSE}</claim><claim>${CLAIM_STORED}</claim></claims>`;
export const XHTML_AS_XML = `<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"><head><title>XHTML</title></head><body><p>${CLAIM_FALSE}</p></body></html>`;

/** A single-page app with three views reached through the History API. */
export const HISTORY_VIEWS = {
  a: [CLAIM_FALSE, NEUTRAL, CLAIM_STORED],
  b: [CLAIM_STREET],
  c: [NEUTRAL],
};
export const HISTORY_APP = page(`
  <nav><a id="to-b" href="/view-b">B</a></nav>
  <main id="view"></main>
  ${script(`
    const VIEWS = ${JSON.stringify(HISTORY_VIEWS)};
    const state = (window.__page = { renders: 0, view: '' });
    const render = (name) => {
      document.getElementById('view').innerHTML =
        '<h1>MDMA therapy: view ' + name + '</h1>' + VIEWS[name].map((t) => '<p>' + t + '</p>').join('');
      state.renders++;
      state.view = name;
    };
    window.go = (name) => { history.pushState({ name }, '', '/view-' + name); render(name); };
    addEventListener('popstate', (event) => render(event.state ? event.state.name : 'a'));
    document.getElementById('to-b').addEventListener('click', (event) => { event.preventDefault(); go('b'); });
    history.replaceState({ name: 'a' }, '', location.href);
    render('a');`)}`);
