import { DEFAULT_SETTINGS, fitsSyncStorage, siteKey } from './settings';

/**
 * Reads what a user typed into "add a site" as the key the site switch uses (`siteKey`), or says
 * why it cannot. People paste whole addresses as often as they type hostnames, so a URL is
 * accepted and reduced to its hostname; anything else that is not a hostname is refused rather
 * than stored as an entry that could never match a page.
 */
export type SiteInput =
  | { ok: true; site: string }
  | { ok: false; reason: 'empty' | 'invalid' | 'full' }
  | { ok: false; reason: 'duplicate'; site: string };

const SCHEME = /^[a-z][a-z0-9+.-]*:\/\//i;
// RFC 1123 labels. Underscores are refused as well: normalizeSettings drops hostnames with them.
const LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

/** The site key for a typed hostname or http(s) URL, or null when it is not one. */
export function hostnameFromInput(input: string): string | null {
  const text = input.trim();
  // Whitespace, credentials and backslashes are never part of what someone means by a site.
  if (text === '' || /[\s@\\]/.test(text)) return null;
  let url: URL;
  try {
    url = new URL(SCHEME.test(text) ? text : `http://${text}`);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  // The URL parser has lower-cased the host, turned international names into punycode and
  // checked IPv4/IPv6 literals: the same form `location.hostname` gives the content script.
  const host = url.hostname;
  if (host.startsWith('[')) return host;
  const bare = host.replace(/\.$/, '');
  const labels = bare.split('.');
  if (bare.length > 253 || !labels.every((label) => LABEL.test(label))) return null;
  // A single word ("asdf") is almost always a typing slip, not an intranet host.
  if (labels.length < 2 && bare !== 'localhost') return null;
  return siteKey(bare);
}

export function parseSiteInput(input: string, existing: readonly string[]): SiteInput {
  if (input.trim() === '') return { ok: false, reason: 'empty' };
  const site = hostnameFromInput(input);
  if (site === null) return { ok: false, reason: 'invalid' };
  if (existing.includes(site)) return { ok: false, reason: 'duplicate', site };
  if (!fitsSyncStorage({ ...DEFAULT_SETTINGS, disabledSites: [...existing, site] })) {
    return { ok: false, reason: 'full' };
  }
  return { ok: true, site };
}
