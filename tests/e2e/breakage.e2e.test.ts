import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  badgeText,
  cardInfo,
  evaluateIsolated,
  firstDifference,
  highlightTexts,
  highlightTextsIsolated,
  launchPlainBrowser,
  markCentre,
  markupWithoutOurs,
  startHarness,
  tabIdOf,
  waitForMarks,
  watchTrouble,
  type ExtensionTrouble,
  type Harness,
} from './harness';
import { traceOwnTasks, type OwnTask } from '../../scripts/browser/own-tasks';
import {
  CLAIM_FALSE,
  CLAIM_STORED,
  CLAIM_STREET,
  CLAIM_SUPPORTED,
  FRAME_EDITOR,
  FRAME_EDITOR_DOC,
  FRAME_INNER,
  FRAME_MIDDLE,
  FRAMES,
  HISTORY_APP,
  HISTORY_VIEWS,
  OWN_HIGHLIGHTS,
  PATCHED_PROTOTYPES,
  RICH_EDITOR,
  RTL,
  SVG_DOC,
  TRUSTED_TYPES,
  TRUSTED_TYPES_CSP,
  VUE_STYLE,
  XHTML_AS_XML,
  XML_DOC,
  deepDomPage,
  manyElementsPage,
  mutatingPage,
  reactRerenderPage,
  tenMegabytePage,
  tenMegabytePlainText,
} from './hard-pages';

/**
 * Pages that are hard on extensions, each checked the same way: no error of ours and no page
 * error, the page's own behaviour and its DOM the same as in a browser without the extension
 * (at a state that no longer changes), the right marks, and no task in which our code ran for
 * 50 ms or more (attributed from a trace: see `traceOwnTasks`). The budget is on CPU time: on a
 * machine shared with other jobs a renderer often waits for a core in the middle of a task, and
 * that wait is not our work; wall times are in the figures printed at the end.
 */

const LONG_TASK_MS = 50;

/**
 * The budgets are on time, and this machine (2 cores) is often shared with other test runs: at
 * load averages of 4 to 6, a check failed about once in 18 tests, by a few milliseconds and on
 * a different page each time. One retry absorbs that; a real regression (an 800 ms task, a
 * page starved of timers for seconds, both seen before the fixes) fails twice.
 */
const TIMING = { retry: 1 };

let h: Harness;
let plain: Browser;

beforeAll(async () => {
  [h, plain] = await Promise.all([
    startHarness({
      '/react.html': await reactRerenderPage(),
      '/vue.html': VUE_STYLE,
      '/editor.html': RICH_EDITOR,
      '/frame-editor.html': FRAME_EDITOR,
      '/frame-editor-doc.html': FRAME_EDITOR_DOC,
      '/patched.html': PATCHED_PROTOTYPES,
      '/own-highlights.html': OWN_HIGHLIGHTS,
      '/trusted-types.html': { body: TRUSTED_TYPES, headers: TRUSTED_TYPES_CSP },
      '/ten-mb.html': tenMegabytePage(),
      '/ten-mb.txt': { body: tenMegabytePlainText(), type: 'text/plain; charset=utf-8' },
      '/deep.html': deepDomPage(),
      '/many.html': manyElementsPage(),
      '/mutating.html': mutatingPage(),
      '/frames.html': FRAMES,
      '/frame-middle.html': FRAME_MIDDLE,
      '/frame-inner.html': FRAME_INNER,
      '/rtl.html': RTL,
      '/image.svg': { body: SVG_DOC, type: 'image/svg+xml' },
      '/data.xml': { body: XML_DOC, type: 'application/xml' },
      '/xhtml.xml': { body: XHTML_AS_XML, type: 'application/xml' },
      '/history.html': HISTORY_APP,
    }),
    launchPlainBrowser(),
  ]);
});
afterAll(async () => {
  console.log(figures.join('\n'));
  await plain?.close();
  await h?.close();
});

/** One line per page for the report: our longest task and, where measured, heartbeat gaps. */
const figures: string[] = [];

/** Every page a test opened, closed after it whatever its outcome. */
const opened: Page[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((page) => page.close()));
});

interface Visit {
  page: Page;
  trouble: ExtensionTrouble;
  tasks: OwnTask[];
}

/**
 * Opens `path` with the extension, tracing from the navigation until `ready` (the page's own
 * state and our marks) is reached, then a short quiet spell for our last slices.
 */
async function visit(path: string, ready: (page: Page) => Promise<void>): Promise<Visit> {
  const page = await h.ext.context.newPage();
  opened.push(page);
  const trouble = await watchTrouble(page);
  const tasks = await traceOwnTasks(page, async () => {
    await page.goto(`${h.server.origin}${path}`);
    await ready(page);
    await page.waitForTimeout(300);
  });
  return { page, trouble, tasks };
}

/** The same page in the browser without the extension, brought to the same state. */
async function visitPlain(path: string, ready: (page: Page) => Promise<void>): Promise<Page> {
  const page = await plain.newPage({ viewport: { width: 1200, height: 900 } });
  opened.push(page);
  await page.goto(`${h.server.origin}${path}`);
  await ready(page);
  return page;
}

function longest(tasks: readonly OwnTask[]): OwnTask | undefined {
  return tasks[0];
}

function record(name: string, tasks: readonly OwnTask[], extra = ''): void {
  const top = longest(tasks);
  const task = top
    ? `ours ${top.oursCpuMs.toFixed(1)} ms CPU (${top.oursMs.toFixed(1)} ms wall, GC ${top.oursGcMs.toFixed(1)} ms) in a task of ${top.wallMs.toFixed(1)} ms wall / ${top.cpuMs.toFixed(1)} ms CPU, at ${top.where}`
    : 'no task of ours';
  figures.push(`${name}: ${task}; ${tasks.length} tasks with our code${extra ? `; ${extra}` : ''}`);
}

/** The checks every page gets: no trouble, no long task of ours, the same DOM as without us. */
async function expectUnharmed(name: string, v: Visit, plainPage: Page, extra = '') {
  record(name, v.tasks, extra);
  expect(v.trouble.ours).toEqual([]);
  expect(v.trouble.pageErrors).toEqual([]);
  const top = longest(v.tasks);
  expect(top?.oursCpuMs ?? 0, `${name}: ${top?.where}`).toBeLessThan(LONG_TASK_MS);
  const [withUs, without] = await Promise.all([
    markupWithoutOurs(v.page),
    markupWithoutOurs(plainPage),
  ]);
  expect(firstDifference(withUs, without)).toBeNull();
}

const pageState = <T>(page: Page) =>
  page.evaluate(() => (window as unknown as { __page: T }).__page);

const waitDone = async (page: Page): Promise<void> => {
  await page.waitForFunction(
    () => (window as unknown as { __page?: { done?: boolean } }).__page?.done,
    undefined,
    { timeout: 30_000 },
  );
};

/** Clicks the first false-verdict mark (`dx` px into it) and waits for its card. */
async function openCard(page: Page, dx = 0): Promise<void> {
  const point = await markCentre(page, 'mdma-lens-false');
  await page.mouse.click(point.x + dx, point.y);
  await expect.poll(() => cardInfo(page)).toMatchObject({ claimId: 'fda-approved' });
}

/** All our marks' texts, sorted, flash aside. */
async function markTexts(page: Page): Promise<string[]> {
  const byName = await highlightTexts(page);
  return Object.entries(byName)
    .filter(([name]) => name !== 'mdma-lens-flash')
    .flatMap(([, texts]) => texts)
    .sort();
}

/** Polls until the marks are exactly `texts` (any order). */
async function expectMarks(page: Page, texts: readonly string[]): Promise<void> {
  await expect.poll(() => markTexts(page), { timeout: 15_000 }).toEqual([...texts].sort());
}

const heartbeatGap = (page: Page) =>
  page.evaluate(
    () => (window as unknown as { __heartbeat: { maxGap: number } }).__heartbeat.maxGap,
  );

/** The page's heartbeat may come this much later with us than without us (a few frames). */
const HEARTBEAT_MS = 100;

/**
 * The worst heartbeat gap allowed with us: `HEARTBEAT_MS` over the page's own worst wait without
 * us in the same stretch (a busy machine delays both alike) or over one repaint of the page for
 * a highlight change, whichever is longer. The repaint is the Highlight API's price, paid by the
 * browser once for each change we make to the registry (two on these pages), not our script's.
 */
function heartbeatBudget(plainGapMs: number, repaintMs = 0): number {
  return Math.max(plainGapMs, repaintMs) + HEARTBEAT_MS;
}

const resetHeartbeat = (page: Page) =>
  page.evaluate(() =>
    (window as unknown as { __heartbeat: { reset(): void } }).__heartbeat.reset(),
  );

/**
 * How long this browser, without us, takes to show a page again after a change to its
 * highlight registry: Chromium repaints the whole page then, which on a page of 100 000 elements
 * takes far longer than a frame. A probe highlight styled like our marks (a constructed sheet:
 * the DOM is not touched) is set and taken away three times; the slowest counts.
 */
function repaintAfterHighlightMs(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(
      '::highlight(breakage-probe) { background-color: rgba(248, 81, 73, 0.18); text-decoration: underline wavy red; }',
    );
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const range = new Range();
    range.selectNodeContents(walker.nextNode() as Text);
    const nextFrame = () =>
      new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    await nextFrame();
    let slowest = 0;
    for (let i = 0; i < 3; i++) {
      const started = performance.now();
      CSS.highlights.set('breakage-probe', new Highlight(range));
      await nextFrame();
      slowest = Math.max(slowest, performance.now() - started);
      CSS.highlights.delete('breakage-probe');
      await nextFrame();
    }
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    return slowest;
  });
}

/**
 * Loads a page that beats (see hard-pages.ts) with the extension and, from the load event until
 * `scanned` holds, takes its worst heartbeat gap; then the same stretch of time after the load
 * event without the extension, so that the browser's own work on the page is known, and the
 * browser's own cost of one repaint for a highlight change there (see `heartbeatBudget`).
 */
async function heartbeatWhile(path: string, scanned: (page: Page) => Promise<void>) {
  let gap = 0;
  let spentMs = 0;
  const visited = await visit(path, async (page) => {
    await resetHeartbeat(page);
    const started = Date.now();
    await scanned(page);
    gap = await heartbeatGap(page);
    spentMs = Date.now() - started;
  });
  const plainPage = await visitPlain(path, async (page) => {
    await resetHeartbeat(page);
    await page.waitForTimeout(spentMs);
  });
  const plainGap = await heartbeatGap(plainPage);
  const repaintMs = await repaintAfterHighlightMs(plainPage);
  return {
    visit: visited,
    plainPage,
    gap,
    budgetMs: heartbeatBudget(plainGap, repaintMs),
    figures: `marks done ${spentMs} ms after load; heartbeat worst gap ${gap.toFixed(0)} ms (without us ${plainGap.toFixed(0)} ms; slowest highlight repaint without us ${repaintMs.toFixed(0)} ms)`,
  };
}

describe('apps that re-render the marked text', TIMING, () => {
  it('React: text patched in place, re-keyed and reordered keeps its marks and the app works', async () => {
    const ready = async (page: Page) => {
      await waitDone(page);
      await page.click('#counter');
      await page.click('#counter');
      await expect.poll(() => page.textContent('#counter')).toBe('Clicked 2 times');
    };
    const v = await visit('/react.html', async (page) => {
      await ready(page);
      await expectMarks(page, [CLAIM_FALSE, `Note 42: ${CLAIM_SUPPORTED}`, CLAIM_STORED]);
    });
    expect(await pageState(v.page)).toEqual({ ticks: 42, clicks: 2, done: true });
    await expectUnharmed('React app', v, await visitPlain('/react.html', ready));
  });

  it('Vue-style: innerHTML re-renders, patched text nodes and moved list items', async () => {
    const v = await visit('/vue.html', async (page) => {
      await waitDone(page);
      // Tick 60: the view shows TEXTS[0], the patched node TEXTS[1] (neutral).
      await expectMarks(page, [CLAIM_FALSE, CLAIM_STORED]);
    });
    const inView = await v.page.evaluate(() => {
      const ranges: Range[] = [];
      CSS.highlights.forEach((h) => ranges.push(...(h as unknown as Iterable<Range>)));
      return ranges.map(
        (r) =>
          (r.startContainer.parentElement as HTMLElement).className ||
          r.startContainer.parentElement?.tagName,
      );
    });
    expect(inView.sort()).toEqual(['LI', 'post']);
    expect(await pageState(v.page)).toEqual({ ticks: 60, done: true });
    await expectUnharmed('Vue-style app', v, await visitPlain('/vue.html', waitDone));
  });
});

describe('editors', TIMING, () => {
  /** Types into the editor, moves the caret and types again, the way a writer does. */
  const typeInEditor = async (page: Page) => {
    await page.click('#first');
    await page.keyboard.press('End');
    await page.keyboard.type(' The FDA approved MDMA therapy again.');
    await page.keyboard.press('Enter');
    await page.keyboard.type('MDMA is not addictive at all.');
    for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowLeft'); // before "all."
    await page.keyboard.type('really ');
    await page.keyboard.press('Backspace');
    await page.keyboard.type(' ');
  };

  it('contenteditable: typed text arrives intact, the caret works, nothing inside is marked', async () => {
    const v = await visit('/editor.html', async (page) => {
      await waitForMarks(page, 1);
      await typeInEditor(page);
      await page.waitForTimeout(600); // past our mutation debounce: any rescan has run
    });
    const { page } = v;
    expect(
      await page.evaluate(() =>
        [...(document.getElementById('editor') as HTMLElement).children].map((p) => p.textContent),
      ),
    ).toEqual([
      `${CLAIM_STORED} The FDA approved MDMA therapy again.`,
      'MDMA is not addictive at really all.',
    ]);
    const caret = await page.evaluate(() => {
      const selection = getSelection();
      return {
        inEditor: document.getElementById('editor')?.contains(selection?.anchorNode ?? null),
        offset: selection?.anchorOffset,
        text: selection?.anchorNode?.textContent,
      };
    });
    expect(caret.inEditor).toBe(true);
    expect(caret.text?.slice(0, caret.offset)).toBe('MDMA is not addictive at really ');
    const state = await pageState<{ inputs: number; beforeInputs: number }>(page);
    const keystrokes =
      ' The FDA approved MDMA therapy again.'.length +
      1 +
      'MDMA is not addictive at all.'.length +
      'really '.length +
      2;
    expect(state).toEqual({ inputs: keystrokes, beforeInputs: keystrokes });
    expect(await markTexts(page)).toEqual([CLAIM_FALSE]);
    const plainPage = await visitPlain('/editor.html', typeInEditor);
    await expectUnharmed('contenteditable editor', v, plainPage);
  });

  it('an iframe whose whole body is the editor: nothing in it is marked', async () => {
    const editorFrame = (page: Page) => {
      const frame = page.frame({ url: /frame-editor-doc/ });
      if (!frame) throw new Error('no editor frame');
      return frame;
    };
    const typeInFrame = async (page: Page) => {
      await page.waitForFunction(() => document.querySelector('iframe')?.contentDocument?.body);
      await editorFrame(page).click('p');
      await page.keyboard.press('End');
      await page.keyboard.type(' The FDA approved MDMA therapy.');
    };
    const v = await visit('/frame-editor.html', async (page) => {
      await waitForMarks(page, 1);
      await typeInFrame(page);
      await page.waitForTimeout(1500); // the frame's own scan, and a rescan after typing
    });
    const inFrame = await editorFrame(v.page).evaluate(() => {
      let total = 0;
      CSS.highlights.forEach((h) => (total += h.size));
      return { total, text: document.body.textContent };
    });
    expect(inFrame).toEqual({
      total: 0,
      text: `${CLAIM_SUPPORTED} ${CLAIM_FALSE} The FDA approved MDMA therapy.`,
    });
    expect(await markTexts(v.page)).toEqual([CLAIM_STREET]);
    const plainPage = await visitPlain('/frame-editor.html', typeInFrame);
    expect(await markupWithoutOurs(editorFrame(v.page))).toBe(
      await markupWithoutOurs(editorFrame(plainPage)),
    );
    await expectUnharmed('iframe editor (contenteditable body)', v, plainPage);
  });
});

describe('pages that tamper with the DOM and highlight APIs in their own world', TIMING, () => {
  it('patched Range/Node/Document prototypes and a hostile CSS.highlights do not reach us', async () => {
    const readCalls = (page: Page) =>
      page.evaluate(() => {
        const state = (window as unknown as { __page: { calls: Record<string, number> } }).__page;
        return { ...state.calls };
      });
    let centre = { x: 0, y: 0 };
    const v = await visit('/patched.html', async (page) => {
      await expect
        .poll(() => highlightTextsIsolated(page), { timeout: 10_000 })
        .toEqual({ 'mdma-lens-false': [`Our clinic says ${CLAIM_FALSE}`] });
      // Open the card: hit-testing, the card host, its shadow root and React run in our world.
      centre = await evaluateIsolated<{ x: number; y: number }>(
        page,
        `(() => {
          const range = [...CSS.highlights.get('mdma-lens-false')][0];
          const rect = range.getClientRects()[0];
          return { x: rect.left + 20, y: rect.top + rect.height / 2 };
        })()`,
      );
      await page.mouse.click(centre.x, centre.y);
      await expect.poll(() => cardInfo(page)).toMatchObject({ claimId: 'fda-approved' });
    });
    const { page } = v;
    const callsWithUs = await readCalls(page);
    const intact = await page.evaluate(() => {
      const { patches } = (window as unknown as { __page: { patches: Record<string, unknown> } })
        .__page;
      const owners: Record<string, object> = {
        Node: Node.prototype,
        Range: Range.prototype,
        Document: Document.prototype,
        Element: Element.prototype,
        EventTarget: EventTarget.prototype,
      };
      return Object.entries(patches).every(([key, patched]) => {
        if (key === 'Highlight') return window.Highlight === patched;
        if (key === 'Node.textContent=') {
          return Object.getOwnPropertyDescriptor(Node.prototype, 'textContent')?.set === patched;
        }
        const [owner, name] = key.split('.') as [string, string];
        return (owners[owner] as Record<string, unknown>)[name] === patched;
      });
    });
    expect(intact).toBe(true);
    const plainPage = await visitPlain('/patched.html', async (p) => {
      // A plain evaluate, as on the page with us: Playwright's waitForFunction would itself call
      // the patched addEventListener in the page's world.
      await expect
        .poll(() =>
          p.evaluate(
            () =>
              (window as unknown as { __page: { pageCallsDone?: boolean } }).__page.pageCallsDone,
          ),
        )
        .toBe(true);
      await p.mouse.click(centre.x, centre.y);
    });
    // Every call the patches counted is the page's own: the same with and without us.
    expect(callsWithUs).toEqual(await readCalls(plainPage));
    await expectUnharmed('patched prototypes', v, plainPage);
  });

  it("keeps the page's own highlights, and theirs do not break ours", async () => {
    const readOwn = (page: Page) =>
      page.evaluate(() => {
        const state = (window as unknown as { __page: { own: Highlight; updates: number } }).__page;
        const own = CSS.highlights.get('page-own');
        return {
          same: own === state.own,
          priority: own?.priority,
          texts: Object.fromEntries(
            ['page-own', 'page-other', 'page-search'].map((name) => [
              name,
              [...((CSS.highlights.get(name) as unknown as Iterable<Range>) ?? [])].map((r) =>
                r.toString(),
              ),
            ]),
          ),
          names: [...CSS.highlights.keys()].filter((n) => !n.startsWith('mdma-lens-')).sort(),
        };
      });
    const v = await visit('/own-highlights.html', async (page) => {
      await waitDone(page);
      await expectMarks(page, [CLAIM_FALSE]);
      await openCard(page, 60); // inside the page's own highlight too
    });
    const plainPage = await visitPlain('/own-highlights.html', waitDone);
    const own = await readOwn(v.page);
    expect(own).toEqual(await readOwn(plainPage));
    expect(own.same).toBe(true);
    expect(own.texts['page-own']).toEqual(['FDA approved']);
    await expectUnharmed('page with its own highlights', v, plainPage);
  });
});

describe('security policies', TIMING, () => {
  it('strict CSP with Trusted Types required: the card renders, no violation', async () => {
    const v = await visit('/trusted-types.html', async (page) => {
      await waitForMarks(page, 1);
      await openCard(page);
    });
    const { page } = v;
    const explanation = await page.evaluate(() => {
      const root = document.querySelector('mdma-lens-card')?.shadowRoot;
      const details = root?.querySelector('details.explanation') as HTMLDetailsElement;
      details.open = true;
      return {
        html: details.querySelector('div')?.innerHTML ?? '',
        height: details.getBoundingClientRect().height,
      };
    });
    expect(explanation.html).toMatch(/^<p>/); // DOMPurify's output reached innerHTML
    expect(explanation.height).toBeGreaterThan(40);
    const state = await pageState<{ violations: string[]; rendered: boolean }>(page);
    expect(state).toEqual({ violations: [], rendered: true });
    const plainPage = await visitPlain('/trusted-types.html', async () => undefined);
    await expectUnharmed('strict CSP + Trusted Types', v, plainPage);
  });
});

describe('big and deep pages', TIMING, () => {
  it('10 MB of HTML text: claims at both ends marked, the page keeps running', async () => {
    const beat = await heartbeatWhile('/ten-mb.html', (page) =>
      expectMarks(page, [CLAIM_FALSE, CLAIM_STORED, CLAIM_STREET, CLAIM_SUPPORTED]),
    );
    await expectUnharmed('10 MB HTML', beat.visit, beat.plainPage, beat.figures);
    expect(beat.gap).toBeLessThan(beat.budgetMs);
  });

  it('10 MB served as text/plain: both claims marked in one huge <pre>', async () => {
    const v = await visit('/ten-mb.txt', async (page) => {
      await expectMarks(page, [CLAIM_FALSE, CLAIM_SUPPORTED]);
    });
    await expectUnharmed(
      '10 MB text/plain',
      v,
      await visitPlain('/ten-mb.txt', async () => undefined),
    );
  });

  it('a claim under 5 000 nested divs', async () => {
    const beat = await heartbeatWhile('/deep.html', (page) => expectMarks(page, [CLAIM_FALSE]));
    // 5 000 divs, #top, body and html above the claim's paragraph.
    expect(await pageState(beat.visit.page)).toEqual({ depth: 5003 });
    await expectUnharmed('5 000 levels deep', beat.visit, beat.plainPage, beat.figures);
    expect(beat.gap).toBeLessThan(beat.budgetMs);
  });

  it('100 000 elements, mostly empty cells', async () => {
    const beat = await heartbeatWhile('/many.html', (page) =>
      expectMarks(page, [CLAIM_FALSE, CLAIM_SUPPORTED]),
    );
    const { page } = beat.visit;
    expect(await page.evaluate(() => document.querySelectorAll('#grid *').length)).toBe(100_000);
    await expectUnharmed('100 000 elements', beat.visit, beat.plainPage, beat.figures);
    expect(beat.gap).toBeLessThan(beat.budgetMs);
  });
});

describe('a page that never stops changing', TIMING, () => {
  it('100 mutations a second for 10 s, a claim among them: marks follow, page keeps its pace', async () => {
    let gap = 0;
    // The page without us runs at the same time: its ten seconds overlap ours.
    const plainRun = visitPlain('/mutating.html', async (page) => {
      await resetHeartbeat(page);
      await waitDone(page);
    });
    const v = await visit('/mutating.html', async (page) => {
      await waitForMarks(page, 2);
      await resetHeartbeat(page);
      await waitDone(page);
      gap = await heartbeatGap(page);
      // Tick 1000: the claim paragraph shows TEXTS[100 % 2], the claim.
      await expectMarks(page, [CLAIM_FALSE, CLAIM_STORED]);
    });
    expect(await pageState(v.page)).toEqual({ ticks: 1000, done: true });
    const plainPage = await plainRun;
    const plainGap = await heartbeatGap(plainPage);
    const figures = `heartbeat worst gap ${gap.toFixed(0)} ms (without us ${plainGap.toFixed(0)} ms)`;
    await expectUnharmed('100 mutations/s for 10 s', v, plainPage, figures);
    expect(gap).toBeLessThan(heartbeatBudget(plainGap));
  }, 90_000);
});

describe('frames, scripts and documents', TIMING, () => {
  it('same-origin, nested and srcdoc frames are each marked, and the badge counts them all', async () => {
    const framesMarked = (page: Page) =>
      Promise.all(
        page.frames().map((frame) =>
          frame.evaluate(() => {
            const texts: string[] = [];
            CSS.highlights.forEach((h, name) => {
              if (name.startsWith('mdma-lens-'))
                texts.push(...[...h].map((r) => (r as Range).toString()));
            });
            return texts;
          }),
        ),
      ).then((all) => all.flat().sort());
    const v = await visit('/frames.html', async (page) => {
      await expect
        .poll(() => framesMarked(page), { timeout: 10_000 })
        .toEqual(
          [
            CLAIM_FALSE,
            `Middle frame: ${CLAIM_STORED}`,
            `Innermost: ${CLAIM_STREET}`,
            `In a srcdoc frame: ${CLAIM_SUPPORTED}`,
          ].sort(),
        );
    });
    const tabId = await tabIdOf(h.ext, v.page);
    await expect.poll(() => badgeText(h.ext, tabId)).toBe('4');
    await expectUnharmed('frames', v, await visitPlain('/frames.html', async () => undefined));
    // The srcdoc frame has no hostname of its own: the site switch must still reach it.
    const popup = await h.ext.context.newPage();
    opened.push(popup);
    await popup.goto(`chrome-extension://${h.ext.extensionId}/popup.html?tab=${tabId}`);
    await popup.getByLabel(/^On 127\.0\.0\.1/).uncheck();
    await expect.poll(() => framesMarked(v.page)).toEqual([]);
    await popup.getByLabel(/^On 127\.0\.0\.1/).check(); // the site is on for the next tests
    await expect.poll(() => framesMarked(v.page).then((marks) => marks.length)).toBe(4);
  });

  it('right-to-left text around English claims', async () => {
    const v = await visit('/rtl.html', async (page) => {
      await waitForMarks(page, 2);
      await openCard(page);
    });
    const marks = await markTexts(v.page);
    expect(marks.some((m) => m.includes(CLAIM_FALSE) && !m.includes('وأضاف'))).toBe(true);
    expect(marks.some((m) => m.includes(CLAIM_STORED) && !m.includes('כך'))).toBe(true);
    await expectUnharmed('RTL', v, await visitPlain('/rtl.html', async () => undefined));
  });

  it.each([
    ['/image.svg', 'SVG document'],
    ['/data.xml', 'XML document (the XML viewer)'],
    ['/xhtml.xml', 'XHTML served as application/xml'],
  ])('%s: a non-HTML document is left alone, without an error', async (path, name) => {
    const v = await visit(path, (page) => page.waitForTimeout(1500));
    const state = await v.page.evaluate(() => ({
      host: document.querySelector('mdma-lens-card') !== null,
      marks: [...CSS.highlights.keys()].filter((n) => n.startsWith('mdma-lens-')),
    }));
    expect(state).toEqual({ host: false, marks: [] });
    await expectUnharmed(name, v, await visitPlain(path, async () => undefined));
  });

  it('History API views: marks follow pushState, back and forward', async () => {
    const go = (page: Page, view: string) =>
      page.evaluate((name) => (window as unknown as { go(v: string): void }).go(name), view);
    // Traced throughout: every view change makes us rescan.
    const v = await visit('/history.html', async (page) => {
      await expectMarks(page, [CLAIM_FALSE, CLAIM_STORED]);
      const tabId = await tabIdOf(h.ext, page);
      await page.click('#to-b');
      expect(page.url()).toMatch(/\/view-b$/);
      await expectMarks(page, HISTORY_VIEWS.b);
      await expect.poll(() => badgeText(h.ext, tabId)).toBe('1');
      await go(page, 'c');
      await expectMarks(page, []);
      await expect.poll(() => badgeText(h.ext, tabId)).toBe('');
      await page.goBack();
      await expectMarks(page, HISTORY_VIEWS.b);
      await page.goBack();
      await expectMarks(page, [CLAIM_FALSE, CLAIM_STORED]);
      await expect.poll(() => badgeText(h.ext, tabId)).toBe('2');
      await page.goForward();
      await expectMarks(page, HISTORY_VIEWS.b);
    });
    expect(await pageState(v.page)).toEqual({ renders: 6, view: 'b' });
    const plainPage = await visitPlain('/history.html', async (page) => {
      await page.click('#to-b');
      await go(page, 'c');
      await page.goBack();
      await page.goBack();
      await page.goForward();
    });
    await expectUnharmed('History API app', v, plainPage);
  });
});
