// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { sanitizeCardHtml } from './sanitize';

describe('sanitizeCardHtml', () => {
  it('keeps the small allow-listed subset', () => {
    const html = '<p>One <strong>two</strong> <em>three</em></p><ul><li>four</li></ul>';
    expect(sanitizeCardHtml(html)).toBe(html);
  });

  it('removes scripts, handlers, links, styles and attributes', () => {
    const dirty =
      '<p onclick="alert(1)" style="color:red">a<script>alert(1)</script><img src=x onerror=alert(1)>' +
      '<a href="javascript:alert(1)">b</a><iframe src="https://example.org"></iframe></p>';
    expect(sanitizeCardHtml(dirty)).toBe('<p>ab</p>');
  });
});
