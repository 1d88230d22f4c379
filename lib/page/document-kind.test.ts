// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { isAnnotatableDocument } from './document-kind';

const parse = (type: DOMParserSupportedType, source: string) =>
  new DOMParser().parseFromString(source, type);

describe('isAnnotatableDocument', () => {
  it('annotates HTML and XHTML documents', () => {
    expect(isAnnotatableDocument(document)).toBe(true);
    const xhtml = parse(
      'application/xhtml+xml',
      '<html xmlns="http://www.w3.org/1999/xhtml"><body><p>MDMA</p></body></html>',
    );
    expect(isAnnotatableDocument(xhtml)).toBe(true);
  });

  it('leaves SVG and other XML documents alone', () => {
    const svg = parse(
      'image/svg+xml',
      '<svg xmlns="http://www.w3.org/2000/svg"><text>MDMA</text></svg>',
    );
    expect(isAnnotatableDocument(svg)).toBe(false);
    expect(isAnnotatableDocument(parse('application/xml', '<claims><c>MDMA</c></claims>'))).toBe(
      false,
    );
    expect(isAnnotatableDocument(parse('text/xml', '<rss><item>MDMA</item></rss>'))).toBe(false);
  });
});
