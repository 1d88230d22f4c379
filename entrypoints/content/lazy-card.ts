import { loadModule, type CardRequest, type CardView } from './lazy-modules';

/**
 * The card as the annotator holds it: `card.js` (React and the dataset's texts, most of what we
 * ship) loads the first time a card opens, so a page that is only read never pays for it. Until
 * then there is no card to be open, to contain an event or to remove.
 */
export class LazyCard implements CardView {
  private view: CardView | null = null;
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
    loadModule('card')
      .then((factory) => {
        this.view ??= factory(this.doc);
        if (ticket === this.wanted) this.view.open(request);
      })
      .catch((error: unknown) => console.warn('MDMA Evidence Lens could not open a card.', error));
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
}
