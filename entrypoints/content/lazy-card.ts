import { loadModule, type CardRequest, type CardView } from './lazy-modules';

/**
 * The card as the annotator holds it: `card.js` (React and the dataset's texts, most of what we
 * ship) loads the first time a card opens, so a page that is only read never pays for it. Until
 * then there is no card to be open, to contain an event or to remove.
 */
export class LazyCard implements CardView {
  private view: CardView | null = null;
  private loading: Promise<CardView | null> | null = null;
  /** Bumped by every open, close and destroy: a load that finishes late opens only the latest. */
  private wanted = 0;

  constructor(private readonly doc: Document) {}

  get isOpen(): boolean {
    return this.view?.isOpen ?? false;
  }

  get openRange(): Range | null {
    return this.view?.openRange ?? null;
  }

  contains(event: Event): boolean {
    return this.view?.contains(event) ?? false;
  }

  open(request: CardRequest): void {
    if (this.view) {
      this.view.open(request);
      return;
    }
    const ticket = ++this.wanted;
    void this.load().then((view) => {
      if (view && ticket === this.wanted) view.open(request);
    });
  }

  /**
   * Starts loading the card ahead of an `open` that is likely to follow (a press on a mark:
   * the click comes a tenth of a second later), so that the first card shows without the wait.
   */
  preload(): void {
    void this.load();
  }

  close(): void {
    this.wanted++;
    this.view?.close();
  }

  schedulePlacement(): void {
    this.view?.schedulePlacement();
  }

  destroy(): void {
    this.wanted++;
    this.view?.destroy();
  }

  /** The card, loaded once; null (with a console warning, and tried again next time) if not. */
  private load(): Promise<CardView | null> {
    this.loading ??= loadModule('card').then(
      (factory) => (this.view ??= factory(this.doc)),
      (error: unknown) => {
        this.loading = null;
        console.warn('MDMA Evidence Lens could not load its card.', error);
        return null;
      },
    );
    return this.loading;
  }
}
