import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  badgeText,
  cardInfo,
  highlightTexts,
  markCentre,
  startHarness,
  tabIdOf,
  waitForMarks,
  type Harness,
  sendFromWorker,
} from './harness';
import {
  DARK,
  EDITORS,
  FRAME_CHILD,
  FRAME_PARENT,
  INFINITE_FEED,
  INLINE_SPLIT,
  PSILOCYBIN_SECTION,
  STRICT_CSP,
  STRICT_CSP_HEADER,
  WEB_COMPONENT,
  page,
  reactAppPage,
} from './pages';

let h: Harness;

beforeAll(async () => {
  h = await startHarness({
    '/inline.html': INLINE_SPLIT,
    '/editors.html': EDITORS,
    '/feed.html': INFINITE_FEED,
    '/frame-parent.html': FRAME_PARENT,
    '/frame-child.html': FRAME_CHILD,
    '/component.html': WEB_COMPONENT,
    '/csp.html': { body: STRICT_CSP, headers: STRICT_CSP_HEADER },
    '/dark.html': DARK,
    '/sections.html': PSILOCYBIN_SECTION,
    '/react.html': await reactAppPage(),
  });
});
afterAll(async () => h?.close());

async function open(path: string): Promise<{ page: Page; errors: string[] }> {
  const page = await h.ext.context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${h.server.origin}${path}`);
  return { page, errors };
}

function allMarks(page: Page): Promise<string[]> {
  return highlightTexts(page).then((byName) =>
    Object.entries(byName)
      .filter(([name]) => name !== 'mdma-lens-flash')
      .flatMap(([, texts]) => texts),
  );
}

describe('finding text', () => {
  it('marks a claim split across inline elements with one range', async () => {
    const { page } = await open('/inline.html');
    await waitForMarks(page, 1);
    const [mark] = await allMarks(page);
    expect(mark).toContain('67% of people who received MDMA therapy no longer met the criteria');
    await page.close();
  });

  it('never marks text in a textarea or a contenteditable editor, even while typing', async () => {
    const { page } = await open('/editors.html');
    await waitForMarks(page, 1);
    await page.click('#editor p');
    await page.keyboard.type(' The FDA approved MDMA therapy again.');
    await page.waitForTimeout(800);
    const marks = await allMarks(page);
    expect(marks).toHaveLength(1);
    expect(await page.inputValue('#ta')).toContain('The FDA approved');
    expect(await page.textContent('#editor')).toContain('approved MDMA therapy again.');
    await page.close();
  });

  it('takes a sentence naming no drug as being about its section: MDMA yes, psilocybin no', async () => {
    const { page } = await open('/sections.html');
    await waitForMarks(page, 1);
    await page.waitForTimeout(500);
    expect(await allMarks(page)).toHaveLength(1);
    const inFirstSection = await page.evaluate(() => {
      const ranges: Range[] = [];
      CSS.highlights.forEach((h) => ranges.push(...(h as unknown as Iterable<Range>)));
      const first = document.querySelectorAll('p')[0] as HTMLElement;
      return ranges.every((r) => first.contains(r.startContainer));
    });
    expect(inFirstSection).toBe(true);
    await page.close();
  });
});

describe('dynamic pages', () => {
  it('keeps a React app working while it re-renders the marked text', async () => {
    const { page, errors } = await open('/react.html');
    await waitForMarks(page, 1);
    await page.click('#counter');
    await page.click('#counter');
    await expect.poll(() => page.textContent('#counter')).toBe('Clicked 2 times');
    // The marked paragraph is replaced every 300 ms: the mark follows the new text.
    const ticks = Number(await page.textContent('#ticks'));
    await expect.poll(() => page.textContent('#ticks').then(Number)).toBeGreaterThan(ticks + 3);
    await waitForMarks(page, 1);
    const [mark] = await allMarks(page);
    expect(await page.textContent('#claim')).toContain(mark?.slice(0, 20) ?? 'missing');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('marks claims that infinite scroll adds, and the badge follows', async () => {
    const { page } = await open('/feed.html');
    await waitForMarks(page, 1);
    const tabId = await tabIdOf(h.ext, page);
    await page.evaluate(() => (window as unknown as { addMore(): void }).addMore());
    await waitForMarks(page, 4);
    await expect.poll(() => badgeText(h.ext, tabId)).toBe('4');
    await page.close();
  });

  it('wakes up when a page that failed the gate loads MDMA content later', async () => {
    h.server.set(
      '/late.html',
      page(`<p>Loading the article…</p><script>
        setTimeout(() => {
          const p = document.createElement('p');
          p.textContent = 'Update: the FDA approved MDMA-assisted therapy for PTSD.';
          document.body.append(p);
        }, 300);
      </script>`),
    );
    const { page: tab } = await open('/late.html');
    await waitForMarks(tab, 1);
    await tab.close();
  });

  it('annotates a same-origin iframe and counts it in the badge', async () => {
    const { page } = await open('/frame-parent.html');
    await waitForMarks(page, 1);
    const frame = page.frame({ url: /frame-child/ });
    if (!frame) throw new Error('no frame');
    await frame.waitForFunction(() => CSS.highlights.get('mdma-lens-false')?.size === 1);
    const tabId = await tabIdOf(h.ext, page);
    await expect.poll(() => badgeText(h.ext, tabId)).toBe('2');
    await page.close();
  });

  it('keeps frames without claims from reporting to the background', async () => {
    h.server.set('/quiet-child.html', page('<p>An advertisement for shoes.</p>'));
    h.server.set(
      '/quiet-parent.html',
      page(`<p>The FDA approved MDMA-assisted therapy for PTSD last spring.</p>
        <iframe src="/quiet-child.html"></iframe><iframe src="/quiet-child.html"></iframe>`),
    );
    const { page: tab } = await open('/quiet-parent.html');
    await waitForMarks(tab, 1);
    const tabId = await tabIdOf(h.ext, tab);
    await expect.poll(() => badgeText(h.ext, tabId)).toBe('1');
    await tab.waitForTimeout(500); // room for a late report from the frames
    const frames = await h.ext.serviceWorker.evaluate(
      async (id) => Object.keys((await chrome.storage.session.get(`tab-${id}`))[`tab-${id}`] ?? {}),
      tabId,
    );
    expect(frames).toEqual(['0']);
    await tab.close();
  });

  it('annotates text in the open shadow root of a web component', async () => {
    const { page } = await open('/component.html');
    await waitForMarks(page, 1);
    const inShadow = await page.evaluate(() => {
      const range = [...(CSS.highlights.get('mdma-lens-false') as unknown as Iterable<Range>)][0];
      return range?.startContainer.getRootNode() instanceof ShadowRoot;
    });
    expect(inShadow).toBe(true);
    await page.close();
  });
});

describe('hard pages', () => {
  it('marks and opens cards on a page with a strict CSP', async () => {
    const { page } = await open('/csp.html');
    await waitForMarks(page, 1);
    const point = await markCentre(page, 'mdma-lens-false');
    await page.mouse.click(point.x, point.y);
    await expect.poll(() => cardInfo(page)).not.toBeNull();
    const styled = await page.evaluate(() => {
      const frame = document
        .querySelector('mdma-lens-card')
        ?.shadowRoot?.querySelector('.claim-card');
      return frame ? getComputedStyle(frame).borderRadius : '';
    });
    expect(styled).toBe('8px'); // the card's own styles applied despite style-src 'none'
    await page.close();
  });

  it('shows a readable card on a dark page', async () => {
    const { page } = await open('/dark.html');
    await page.emulateMedia({ colorScheme: 'dark' });
    await waitForMarks(page, 1);
    const point = await markCentre(page, 'mdma-lens-false');
    await page.mouse.click(point.x, point.y);
    await expect.poll(() => cardInfo(page)).not.toBeNull();
    const colours = await page.evaluate(() => {
      const card = document
        .querySelector('mdma-lens-card')
        ?.shadowRoot?.querySelector('.claim-card');
      const style = card ? getComputedStyle(card) : null;
      return { bg: style?.backgroundColor, fg: style?.color };
    });
    expect(colours.bg).toBe('rgb(22, 27, 34)');
    expect(colours.fg).toBe('rgb(230, 237, 243)');
    await page.close();
  });
});

describe('opening cards', () => {
  it('opens on hover after the pointer settles and closes after it leaves', async () => {
    const { page } = await open('/dark.html');
    await waitForMarks(page, 1);
    const point = await markCentre(page, 'mdma-lens-false');
    await page.mouse.move(point.x, point.y);
    await page.waitForTimeout(200);
    expect(await cardInfo(page)).toBeNull(); // not before ~500 ms
    await expect.poll(() => cardInfo(page), { timeout: 3000 }).not.toBeNull();
    await page.mouse.move(5, 5);
    await expect.poll(() => cardInfo(page), { timeout: 3000 }).toBeNull();
    await page.close();
  });

  it('steps to the next claim with the keyboard command, focusing the card and returning focus', async () => {
    const { page } = await open('/frame-parent.html');
    await waitForMarks(page, 1);
    const tabId = await tabIdOf(h.ext, page);
    const manifestKey = await h.ext.serviceWorker.evaluate(() => {
      const key = chrome.runtime.getManifest().commands?.['next-claim']?.suggested_key;
      return typeof key === 'object' ? key.default : key;
    });
    expect(manifestKey).toBe('Alt+Shift+M');
    // Headless Chromium has no browser UI to press the shortcut in: send what it sends.
    await sendFromWorker(h.ext, tabId, { type: 'next-claim' });
    await expect.poll(() => cardInfo(page)).not.toBeNull();
    expect((await cardInfo(page))?.focusedInside).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => cardInfo(page)).toBeNull();
    await page.close();
  });

  it('checks a selection from the context menu, even on a page that failed the gate', async () => {
    const plain = `<p id="s">Some say the drug was approved by the FDA for PTSD last year.</p>`;
    h.server.set('/plain-selection.html', plain);
    const { page } = await open('/plain-selection.html');
    const tabId = await tabIdOf(h.ext, page);
    await page.evaluate(() => {
      const range = document.createRange();
      range.selectNodeContents(document.getElementById('s') as HTMLElement);
      getSelection()?.addRange(range);
    });
    const text = await page.evaluate(() => getSelection()?.toString() ?? '');
    // The menu click's handler sends exactly this message to the frame with the selection.
    await sendFromWorker(h.ext, tabId, { type: 'check-selection', text });
    await expect.poll(() => cardInfo(page).then((c) => c?.claimId)).toBe('fda-approved');
    expect(await allMarks(page)).toEqual([]); // checking marks nothing on the page
    await page.close();
  });
});

describe('card actions', () => {
  it('hides one claim on the page, then turns the site off and back on', async () => {
    const { page } = await open('/frame-parent.html');
    await waitForMarks(page, 1);
    const tabId = await tabIdOf(h.ext, page);
    const point = await markCentre(page, 'mdma-lens-overstated');
    await page.mouse.click(point.x, point.y);
    await expect.poll(() => cardInfo(page)).not.toBeNull();
    await page.evaluate(() => {
      const root = document.querySelector('mdma-lens-card')?.shadowRoot;
      const button = [...(root?.querySelectorAll('.card-actions button') ?? [])][0] as HTMLElement;
      button.click();
    });
    await waitForMarks(page, 0);
    await expect.poll(() => badgeText(h.ext, tabId)).toBe('1'); // the frame's claim remains

    await page.reload();
    await waitForMarks(page, 1);
    const again = await markCentre(page, 'mdma-lens-overstated');
    await page.mouse.click(again.x, again.y);
    await expect.poll(() => cardInfo(page)).not.toBeNull();
    await page.evaluate(() => {
      const root = document.querySelector('mdma-lens-card')?.shadowRoot;
      const button = [...(root?.querySelectorAll('.card-actions button') ?? [])][1] as HTMLElement;
      button.click();
    });
    await waitForMarks(page, 0);
    expect(await page.evaluate(() => document.querySelector('mdma-lens-card'))).toBeNull();
    await expect.poll(() => badgeText(h.ext, tabId)).toBe('');

    const popup = await h.ext.context.newPage();
    await popup.goto(`chrome-extension://${h.ext.extensionId}/popup.html?tab=${tabId}`);
    await expect
      .poll(() => popup.getByTestId('claim-count').textContent())
      .toContain('off for this site');
    await popup.getByLabel(/^On 127\.0\.0\.1/).check();
    await waitForMarks(page, 1);
    await popup.close();
    await page.close();
  });
});
