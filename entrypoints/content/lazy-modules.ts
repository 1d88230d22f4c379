import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Message, PageState } from '../../lib/messages';
import { yieldToPage } from '../../lib/page/scheduling';
import type { Settings } from '../../lib/settings';

/**
 * The seams between the small script that runs on every page (settings, gate, messages) and
 * the parts it loads only when they are needed: the annotator (reads and marks the page) on
 * pages that pass the gate, and the card (React and the dataset's texts) when a card first
 * opens. Each is an unlisted entry point (`<name>.js`) that registers itself here. Only types
 * cross these seams at build time, so each script stays small.
 */
export interface Annotator {
  /** Scans and marks the page (again) under these settings. */
  apply(settings: Settings): Promise<void>;
  /** Handles a validated message from the popup or background; returns the reply, if any. */
  handle(message: Message): unknown;
  /** Removes every mark, the card host, observers and listeners. */
  stop(): void;
}

export type AnnotatorFactory = (
  ctx: ContentScriptContext,
  report: (state: PageState) => void,
) => Annotator;

/** What a card's buttons do for one of its claims. */
export interface CardActions {
  hideClaim(): void;
  disableSite(): void;
}

export interface CardRequest {
  /** The claims asserted by the text, in the order to show them; none: "no known claim". */
  claimIds: string[];
  quote: string;
  range: Range;
  /** Move focus into the card (keyboard opening) and back on close. */
  focus: boolean;
  actions(claimId: string): CardActions;
}

/** The context card: at most one open per document. */
export interface CardView {
  readonly isOpen: boolean;
  readonly openRange: Range | null;
  /** True when a DOM event happened inside the card. */
  contains(event: Event): boolean;
  open(request: CardRequest): void;
  close(): void;
  /** Re-places the card after the page scrolled or resized. */
  schedulePlacement(): void;
  /** Removes the card's host element: the page is left exactly as it was. */
  destroy(): void;
}

export type CardFactory = (doc: Document) => CardView;

interface LazyModules {
  annotator: AnnotatorFactory;
  card: CardFactory;
}

// A property of the content script's own (isolated) global object: the page cannot see it.
const REGISTRY_KEY = '__mdmaEvidenceLensModules';

type WithRegistry = typeof globalThis & { [REGISTRY_KEY]?: Partial<LazyModules> };

function registry(): Partial<LazyModules> {
  return ((globalThis as WithRegistry)[REGISTRY_KEY] ??= {});
}

export function registerModule<K extends keyof LazyModules>(name: K, value: LazyModules[K]): void {
  registry()[name] = value;
}

/** The module `name`, importing `/<name>.js` (a web-accessible resource) the first time. */
export async function loadModule<K extends keyof LazyModules>(name: K): Promise<LazyModules[K]> {
  const loaded = registry()[name];
  if (loaded) return loaded as LazyModules[K];
  await import(/* @vite-ignore */ browser.runtime.getURL(`/${name}.js`));
  const value = registry()[name];
  if (!value) throw new Error(`MDMA Evidence Lens: ${name}.js did not load`);
  // Evaluating a module takes milliseconds to tens of them; without this, what the caller does
  // next would run in the same task (as a microtask), making one long task of the two.
  await yieldToPage();
  return value as LazyModules[K];
}
