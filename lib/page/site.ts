/**
 * The site a frame belongs to, for the per-site switch and the popup. A srcdoc or about:blank
 * frame has no hostname of its own but its parent's origin, and so its parent's site; an opaque
 * origin (a sandboxed frame) has none.
 */
export function siteHostname(where: { hostname: string } = location, origin = self.origin): string {
  if (where.hostname) return where.hostname;
  try {
    return new URL(origin).hostname;
  } catch {
    return '';
  }
}
