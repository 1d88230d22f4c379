// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { LazyCard } from './lazy-card';
import { registerModule, type CardRequest, type CardView } from './lazy-modules';

vi.mock('wxt/browser', async () => ({
  browser: (await import('wxt/testing/fake-browser')).fakeBrowser,
}));

/** A card that records what it was asked to do. */
function recordingCard() {
  const calls: string[] = [];
  let open = false;
  const view: CardView = {
    get isOpen() {
      return open;
    },
    openRange: null,
    contains: () => open,
    open: (request) => {
      calls.push(`open ${request.claimIds.join(',')}`);
      open = true;
    },
    close: () => {
      calls.push('close');
      open = false;
    },
    schedulePlacement: () => calls.push('place'),
    destroy: () => calls.push('destroy'),
  };
  return { view, calls };
}

const request = (...claimIds: string[]): CardRequest => ({
  claimIds,
  quote: 'q',
  range: document.createRange(),
  focus: false,
  actions: () => ({ hideClaim: () => undefined, disableSite: () => undefined }),
});

describe('LazyCard', () => {
  it('has nothing open or to contain before a card is loaded', () => {
    const card = new LazyCard(document);
    expect(card.isOpen).toBe(false);
    expect(card.openRange).toBeNull();
    expect(card.contains(new Event('click'))).toBe(false);
    card.close();
    card.schedulePlacement();
    card.destroy();
  });

  it('loads the card on first open, then opens the latest request only', async () => {
    const { view, calls } = recordingCard();
    const factory = vi.fn(() => view);
    registerModule('card', factory);
    const card = new LazyCard(document);
    card.open(request('a'));
    card.open(request('b')); // asked again before the first load finished
    await vi.waitFor(() => expect(calls).toEqual(['open b']));
    expect(card.isOpen).toBe(true);
    card.open(request('c')); // loaded: straight through
    expect(calls).toEqual(['open b', 'open c']);
    expect(factory).toHaveBeenCalledTimes(1);
  });

  it('does not open a card closed while it was loading', async () => {
    const { view, calls } = recordingCard();
    registerModule('card', () => view);
    const card = new LazyCard(document);
    card.open(request('a'));
    card.close();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(calls).toEqual([]);
    expect(card.isOpen).toBe(false);
  });
});

describe('LazyCard.preload', () => {
  it('loads the card once, without opening it', async () => {
    const { view, calls } = recordingCard();
    const factory = vi.fn(() => view);
    registerModule('card', factory);
    const card = new LazyCard(document);
    card.preload();
    card.preload();
    await vi.waitFor(() => expect(factory).toHaveBeenCalledTimes(1));
    card.open(request('a')); // loaded: opens at once
    expect(calls).toEqual(['open a']);
    card.preload();
    expect(factory).toHaveBeenCalledTimes(1);
  });
});
