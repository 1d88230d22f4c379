// @vitest-environment jsdom
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadSettings, updateSettings } from '../../lib/settings';
import { Options } from './Options';

// The page against WXT's in-memory browser: settings round-trips and the site editor. The
// real-browser behaviour (marks on an open page, the download) is in tests/e2e/options.e2e.test.ts.

// WXT aliases `wxt/browser` to a module that loads all of `wxt/testing`, esbuild included, and
// esbuild refuses to start under jsdom's TextEncoder; the fake browser alone is all we need.
vi.mock('wxt/browser', async () => ({
  browser: (await import('wxt/testing/fake-browser')).fakeBrowser,
}));

let container: HTMLElement;
let root: Root;

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({
    version: '9.8.7',
  } as ReturnType<typeof fakeBrowser.runtime.getManifest>);
  container = document.body.appendChild(document.createElement('div'));
  root = createRoot(container);
  root.render(<Options />);
});

afterEach(() => {
  root.unmount();
  container.remove();
  vi.restoreAllMocks();
});

/** The control whose label reads `text` (the label wraps it, or points at it). */
function control(text: string): HTMLInputElement {
  const label = [...container.querySelectorAll('label')].find((l) => l.textContent === text);
  const input = label?.htmlFor
    ? (document.getElementById(label.htmlFor) as HTMLInputElement | null)
    : label?.querySelector('input');
  if (!input) throw new Error(`no control labelled ${text}`);
  return input;
}

// The first render sanitises all 37 cards under jsdom: seconds on a busy machine, not 1 (the default).
const eventually = <T,>(check: () => T | Promise<T>) =>
  vi.waitFor(check, { timeout: 10_000, interval: 20 });

const loaded = () => eventually(() => control('Annotate pages'));

/** Types into a React-controlled input: set the value natively, then let React see the event. */
function type(input: HTMLInputElement, value: string) {
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
  setter?.call(input, value);
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

describe('Options', { timeout: 30_000 }, () => {
  it('keeps every one of several quick changes', async () => {
    await loaded();
    control('Supported').click();
    control('False').click();
    control('Annotate pages').click();
    expect(control('Supported').checked).toBe(false);
    await eventually(async () =>
      expect(await loadSettings()).toMatchObject({
        enabled: false,
        hiddenVerdicts: ['supported', 'false'],
      }),
    );
    expect(control('False').checked).toBe(false);
    expect(control('Annotate pages').checked).toBe(false);
  });

  it('shows changes made elsewhere', async () => {
    await loaded();
    await updateSettings((s) => ({ ...s, disabledSites: ['elsewhere.org'], openCardOn: 'click' }));
    await eventually(() =>
      expect(container.querySelector('[data-site="elsewhere.org"]')).not.toBeNull(),
    );
    expect(control('When I click a mark').checked).toBe(true);
  });

  it('adds a valid site and explains why an invalid one is refused', async () => {
    await loaded();
    const input = control('Add a site');
    const submit = () => input.form?.requestSubmit();
    type(input, 'exa mple');
    submit();
    await eventually(() =>
      expect(container.querySelector('[role="alert"]')?.textContent).toBe(
        '"exa mple" is not a site. Type a hostname such as example.com or news.example.org.',
      ),
    );
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.getAttribute('aria-describedby')).toContain(
      container.querySelector('[role="alert"]')?.id,
    );

    type(input, 'https://WWW.Example.com/page');
    await eventually(() => expect(container.querySelector('[role="alert"]')).toBeNull());
    submit();
    await eventually(async () =>
      expect((await loadSettings()).disabledSites).toEqual(['example.com']),
    );
    expect(container.querySelector('[role="status"]')?.textContent).toBe(
      'Annotations are now off on example.com.',
    );
  });

  it('shows the dataset facts from the manifest and the claims', async () => {
    await loaded();
    const info = container.querySelector('[data-testid="dataset-info"]')?.textContent ?? '';
    expect(info).toContain('9.8.7');
    expect(info).toContain('37');
    expect(container.querySelectorAll('.cards [data-claim-id]')).toHaveLength(37);
  });
});
