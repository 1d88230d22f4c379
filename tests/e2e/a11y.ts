import axe from 'axe-core';
import type { Page } from 'playwright-core';

/** WCAG 2.1 A and AA, plus axe's best practices; every rule of these applies to our pages. */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

/** One axe violation, flattened to what a failing assertion should print. */
export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/**
 * Runs axe-core in the page's own world and returns its violations. `within` is a CSS selector
 * of the part to check (a shadow host includes its shadow tree); the whole document by default.
 * axe is evaluated from its source rather than added as a script element: extension pages'
 * CSP blocks inline scripts, and nothing is fetched over the network.
 */
export async function axeViolations(
  page: Page,
  options: { within?: string } = {},
): Promise<AxeViolation[]> {
  // Colours are only right once a fade-in is over: axe mid-animation sees blended text.
  await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished)));
  const loaded = await page.evaluate(() => 'axe' in window);
  if (!loaded) await page.evaluate(axe.source);
  return page.evaluate(
    async ({ within, tags }) => {
      const { axe: runner } = window as unknown as { axe: typeof axe };
      const context = within ? document.querySelector(within) : document;
      if (!context) throw new Error(`nothing matches ${within}`);
      const results = await runner.run(context, {
        runOnly: { type: 'tag', values: tags },
        resultTypes: ['violations'],
      });
      return results.violations.map((v) => ({
        id: v.id,
        impact: v.impact ?? null,
        help: v.help,
        nodes: v.nodes.map((n) => `${JSON.stringify(n.target)}: ${n.failureSummary ?? ''}`),
      }));
    },
    { within: options.within, tags: TAGS },
  );
}

/** The element that has the keyboard focus, looking through open shadow roots. */
export interface FocusedElement {
  tag: string;
  /** Its aria-label, else its text, trimmed and shortened. */
  label: string;
  className: string;
  /** True when it is inside our card's shadow root. */
  inCard: boolean;
  id: string;
  /** These attributes' values, or null. */
  type: string | null;
  name: string | null;
  href: string | null;
  target: string | null;
}

export function focusedElement(page: Page): Promise<FocusedElement | null> {
  return page.evaluate(() => {
    let el: Element | null = document.activeElement;
    let inCard = false;
    while (el?.shadowRoot?.activeElement) {
      if (el.localName === 'mdma-lens-card') inCard = true;
      el = el.shadowRoot.activeElement;
    }
    if (!el || el === document.body) return null;
    return {
      tag: el.localName,
      label: (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 80),
      className: el.getAttribute('class') ?? '',
      inCard,
      id: el.id,
      type: el.getAttribute('type'),
      name: el.getAttribute('name'),
      href: el.getAttribute('href'),
      target: el.getAttribute('target'),
    };
  });
}

/**
 * Presses `key` (Tab by default) until `wanted` holds for the focused element; throws after
 * `max` presses. For "reach this control with the keyboard alone" checks.
 */
export async function pressUntilFocused(
  page: Page,
  wanted: (focused: FocusedElement | null) => boolean,
  { key = 'Tab', max = 40 }: { key?: string; max?: number } = {},
): Promise<FocusedElement | null> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(key);
    const focused = await focusedElement(page);
    if (wanted(focused)) return focused;
  }
  throw new Error(`${key} × ${max} never reached the wanted control`);
}
