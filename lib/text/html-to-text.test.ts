import { describe, expect, it } from 'vitest';
import { decodeEntities, htmlToText } from './html-to-text';

describe('htmlToText', () => {
  it('keeps visible text and breaks lines at blocks', () => {
    expect(htmlToText('<h1>MDMA</h1><p>It is <b>not</b> approved.</p><p>Second</p>')).toBe(
      'MDMA\nIt is not approved.\nSecond',
    );
  });

  it('skips script, style, template, noscript and comments', () => {
    const html =
      '<p>a</p><script>var x = "<p>MDMA</p>";</script><style>p{}</style>' +
      '<template><p>hidden</p></template><noscript>no js</noscript><!-- MDMA --><p>b</p>';
    expect(htmlToText(html)).toBe('a\nb');
  });

  it('decodes character references', () => {
    expect(decodeEntities('67&nbsp;&#37; &amp; &#x2014; &rsquo; &bogus;')).toBe(
      '67\u00a0% & \u2014 \u2019 &bogus;',
    );
  });

  it('treats a stray < as text and survives unclosed tags', () => {
    expect(htmlToText('a < b and <p class="x')).toBe('a < b and');
    expect(htmlToText('<script>never closed')).toBe('');
  });

  it('is linear on hostile markup', () => {
    const html = '<'.repeat(200_000) + '<p>'.repeat(100_000) + '&amp;'.repeat(100_000);
    expect(htmlToText(html).length).toBeGreaterThan(0);
  });
});
