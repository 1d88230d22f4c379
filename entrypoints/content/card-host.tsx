import { createRoot, type Root } from 'react-dom/client';
import { ClaimCard } from '../../components/ClaimCard';
import cardCss from '../../components/card.css?inline';
import { NoClaimCard } from '../../components/NoClaimCard';
import { getClaim } from '../../data/lookup';
import type { Claim } from '../../data/schema';
import { t } from '../../lib/i18n';
import { HOST_TAG } from '../../lib/page/text-blocks';
import { placeCard } from '../../lib/page/placement';
import type { CardActions, CardRequest, CardView } from './lazy-modules';

/**
 * The one element we add to a page: `<mdma-lens-card>`, with an open shadow root holding the
 * React card. Its styles live in the shadow root, so the page's CSS cannot reach the card and
 * ours cannot leak into the page. The card is `position: fixed` and re-placed on scroll, so it
 * follows its claim inside any scroll container.
 */

const HOST_CSS = `
:host { all: initial; position: fixed; top: 0; left: 0; width: 0; height: 0; z-index: 2147483647; }
.frame { position: fixed; width: 360px; max-width: calc(100vw - 16px); overflow: auto;
  box-shadow: 0 8px 24px rgba(0, 0, 0, 0.25); border-radius: 8px; }
.frame:focus { outline: none; }
`;

/** What Tab can reach in a card; those inside a closed disclosure are filtered out where used. */
const TABBABLE =
  'a[href], button:not(:disabled), summary, input:not(:disabled), select, textarea, [tabindex]:not([tabindex="-1"])';

/** One claim shown in the card, with what the card's actions do for it. */
interface CardClaim {
  claim: Claim;
  actions: CardActions;
}

/** An open card: its request, with the claims looked up in the dataset. */
interface OpenCard extends CardRequest {
  claims: CardClaim[];
}

/** The card, loaded by `card.js` the first time a page opens one (see lazy-modules.ts). */
export class CardHost implements CardView {
  private host: HTMLElement | null = null;
  private frame: HTMLDivElement | null = null;
  private root: Root | null = null;
  private current: OpenCard | null = null;
  private returnFocus: Element | null = null;
  private frameRequest = 0;

  constructor(private readonly doc: Document) {}

  get isOpen(): boolean {
    return this.current !== null;
  }

  get openRange(): Range | null {
    return this.current?.range ?? null;
  }

  contains(event: Event): boolean {
    return this.host !== null && event.composedPath().includes(this.host);
  }

  open(request: CardRequest): void {
    const claims = request.claimIds.flatMap((id) => {
      const claim = getClaim(id);
      return claim ? [{ claim, actions: request.actions(id) }] : [];
    });
    const card: OpenCard = { ...request, claims };
    const { frame, root } = this.ensureHost(); // before `current` is set: it may reset the host
    if (card.focus) this.returnFocus = this.doc.activeElement;
    this.current = card;
    root.render(
      <>
        {card.claims.length === 0 && (
          <NoClaimCard quote={card.quote} onClose={() => this.close()} />
        )}
        {card.claims.map(({ claim, actions }, i) => (
          <ClaimCard
            key={claim.id}
            claim={claim}
            quote={i === 0 ? card.quote : undefined}
            onClose={i === 0 ? () => this.close() : undefined}
            actions={actions}
          />
        ))}
      </>,
    );
    // Opened from the keyboard, the card holds the focus until it is closed (Tab cycles through
    // its controls, Escape closes it), so it is modal for assistive technology too. Opened by
    // the pointer it is a non-modal popover: the focus stays in the page.
    if (card.focus) frame.setAttribute('aria-modal', 'true');
    else frame.removeAttribute('aria-modal');
    frame.setAttribute(
      'aria-label',
      card.claims.length === 0
        ? t('selectionCardLabel')
        : t('cardLabel', card.claims.map((c) => c.claim.title).join(' · ')),
    );
    // React renders synchronously enough for layout after a microtask; place on the next frame.
    this.schedulePlacement();
    if (card.focus) requestAnimationFrame(() => frame.focus());
  }

  close(): void {
    if (!this.current) return;
    // Focus goes back only from the card: a click elsewhere that closed it keeps its own focus.
    const focusInside = Boolean(this.host?.shadowRoot?.activeElement);
    this.current = null;
    this.root?.render(null);
    if (this.frame) this.frame.hidden = true;
    const target = this.returnFocus;
    this.returnFocus = null;
    if (focusInside && (target instanceof HTMLElement || target instanceof SVGElement)) {
      target.focus();
    }
  }

  schedulePlacement(): void {
    if (!this.current || this.frameRequest) return;
    this.frameRequest = requestAnimationFrame(() => {
      this.frameRequest = 0;
      this.place();
    });
  }

  destroy(): void {
    this.current = null;
    cancelAnimationFrame(this.frameRequest);
    this.frameRequest = 0;
    this.root?.unmount();
    this.host?.remove();
    this.host = this.frame = null;
    this.root = null;
  }

  private place(): void {
    if (!this.current || !this.frame) return;
    const rects = [...this.current.range.getClientRects()];
    if (rects.length === 0) {
      this.close(); // the claim's text is gone or hidden
      return;
    }
    this.frame.hidden = false;
    const placement = placeCard(rects, this.frame.scrollWidth, this.frame.scrollHeight, {
      width: this.doc.documentElement.clientWidth,
      height: this.doc.documentElement.clientHeight,
    });
    Object.assign(this.frame.style, {
      left: `${placement.left}px`,
      top: `${placement.top}px`,
      maxHeight: `${placement.maxHeight}px`,
    });
    this.frame.dataset.side = placement.side;
  }

  /** Tab past the last control goes to the first, Shift+Tab before the first to the last. */
  private keepTabInside(event: KeyboardEvent, frame: HTMLElement, shadow: ShadowRoot): void {
    const stops = [...frame.querySelectorAll<HTMLElement>(TABBABLE)].filter((el) =>
      el.checkVisibility(),
    );
    const first = stops[0];
    const last = stops[stops.length - 1];
    const active = shadow.activeElement;
    if (!first || !last) {
      event.preventDefault();
    } else if (event.shiftKey && (active === first || active === frame)) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && active === last) {
      event.preventDefault();
      first.focus();
    }
  }

  private ensureHost(): { frame: HTMLDivElement; root: Root } {
    if (this.host?.isConnected && this.frame && this.root) {
      return { frame: this.frame, root: this.root };
    }
    this.destroy();
    const host = this.doc.createElement(HOST_TAG);
    const shadow = host.attachShadow({ mode: 'open' });
    // A constructed style sheet is not inline style, so a page's strict CSP cannot block it.
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(HOST_CSS + cardCss);
    shadow.adoptedStyleSheets = [sheet];
    const frame = this.doc.createElement('div');
    frame.className = 'frame';
    frame.setAttribute('role', 'dialog');
    frame.tabIndex = -1;
    frame.hidden = true;
    frame.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') {
        event.stopPropagation();
        this.close();
      } else if (event.key === 'Tab' && this.current?.focus) {
        this.keepTabInside(event, frame, shadow);
      }
    });
    shadow.append(frame);
    this.doc.body.append(host);
    this.host = host;
    this.frame = frame;
    this.root = createRoot(frame);
    return { frame, root: this.root };
  }
}
