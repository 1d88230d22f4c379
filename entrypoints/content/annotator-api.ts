import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Message, PageState } from '../../lib/messages';
import type { Settings } from '../../lib/settings';

/**
 * The seam between the small script that runs on every page (settings, gate, messages) and
 * the annotator (detector, dataset, React card), which loads only on pages that pass the gate.
 * Only types cross it at build time, so the every-page script stays small.
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

// A property of the content script's own (isolated) global object: the page cannot see it.
const GLOBAL_KEY = '__mdmaEvidenceLensAnnotator';

type WithFactory = typeof globalThis & { [GLOBAL_KEY]?: AnnotatorFactory };

export function registerAnnotator(factory: AnnotatorFactory): void {
  (globalThis as WithFactory)[GLOBAL_KEY] = factory;
}

export function registeredAnnotator(): AnnotatorFactory | undefined {
  return (globalThis as WithFactory)[GLOBAL_KEY];
}
