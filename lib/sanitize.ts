import DOMPurify from 'dompurify';

/**
 * The only markup card text may carry. Explanations are our own data, but they pass through
 * DOMPurify anyway: the card renders inside pages we do not control, so nothing reaches
 * `innerHTML` that an allow-list has not cleaned.
 */
const ALLOWED_TAGS = ['p', 'ul', 'ol', 'li', 'strong', 'em'];

export function sanitizeCardHtml(html: string): string {
  return DOMPurify.sanitize(html, {
    ALLOWED_TAGS,
    ALLOWED_ATTR: [],
    ALLOW_DATA_ATTR: false,
    ALLOW_ARIA_ATTR: false,
    // Without this DOMPurify creates a Trusted Types policy named "dompurify" on first use. On a
    // page whose CSP allows only its own policy names that is a violation the page sees (and may
    // report to its servers). The card renders from our isolated world, which the page's Trusted
    // Types rules do not govern, so plain strings are what we want (checked in breakage e2e).
    TRUSTED_TYPES_POLICY: null,
  });
}
