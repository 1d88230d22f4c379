/**
 * Whether a document is one we annotate: HTML, text/plain (which browsers show as an HTML
 * document) and XHTML. Other XML documents (SVG images, feeds, data shown by the XML viewer)
 * are left alone: their text is not prose for a reader, and the elements they create are not
 * HTML elements (no `style`, no shadow root), which the card's React and its host need.
 */
export function isAnnotatableDocument(doc: Document): boolean {
  const type = doc.contentType;
  return type === 'application/xhtml+xml' || !/[/+]xml$/.test(type);
}
