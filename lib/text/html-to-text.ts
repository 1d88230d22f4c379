/**
 * The visible text of an HTML document, for the scan CLI: a small linear tokenizer, no DOM.
 * Tags are dropped; the content of script, style, template, noscript (and other never-rendered
 * elements) is skipped; block-level tags become line breaks so sentences from different blocks
 * do not run together; common character references are decoded.
 */
const HIDDEN = new Set([
  'script',
  'style',
  'template',
  'noscript',
  'head',
  'svg',
  'iframe',
  'object',
]);
const BLOCK = new Set([
  'p',
  'div',
  'br',
  'li',
  'ul',
  'ol',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'tr',
  'td',
  'th',
  'table',
  'section',
  'article',
  'header',
  'footer',
  'nav',
  'aside',
  'main',
  'blockquote',
  'pre',
  'hr',
  'figure',
  'figcaption',
  'dt',
  'dd',
  'dl',
  'title',
  'body',
  'html',
  'form',
]);
const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  ndash: '\u2013',
  mdash: '\u2014',
  lsquo: '\u2018',
  rsquo: '\u2019',
  ldquo: '\u201c',
  rdquo: '\u201d',
  hellip: '\u2026',
  shy: '\u00ad',
  thinsp: '\u2009',
  middot: '\u00b7',
  laquo: '\u00ab',
  raquo: '\u00bb',
  deg: '\u00b0',
  micro: '\u00b5',
  times: '\u00d7',
};

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]{2,8});/gi, (whole, body: string) => {
    if (body[0] === '#') {
      const code =
        body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : Number(body.slice(1));
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[body.toLowerCase()] ?? whole;
  });
}

export function htmlToText(html: string): string {
  const out: string[] = [];
  let i = 0;
  let hiddenUntil: string | undefined; // closing tag name we are skipping to
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    const textEnd = lt < 0 ? html.length : lt;
    if (!hiddenUntil && textEnd > i) out.push(decodeEntities(html.slice(i, textEnd)));
    if (lt < 0) break;
    if (html.startsWith('<!--', lt)) {
      const close = html.indexOf('-->', lt + 4);
      i = close < 0 ? html.length : close + 3;
      continue;
    }
    const tag = /^<\/?([a-zA-Z][a-zA-Z0-9-]*)/.exec(html.slice(lt, lt + 40));
    const declaration = /^<[!?]/.test(html.slice(lt, lt + 2));
    if (!tag && !declaration) {
      if (!hiddenUntil) out.push('<'); // a lone "<" is text: "a < b"
      i = lt + 1;
      continue;
    }
    // Searched only after a real tag start, so a run of stray "<" stays linear.
    const gt = html.indexOf('>', lt + 1);
    if (gt < 0) break; // an unterminated tag hides the rest, as in a browser
    if (!tag) {
      i = gt + 1; // <!doctype …>, <?xml …?>
      continue;
    }
    const name = (tag[1] as string).toLowerCase();
    const closing = html[lt + 1] === '/';
    i = gt + 1;
    if (hiddenUntil) {
      if (closing && name === hiddenUntil) hiddenUntil = undefined;
      continue;
    }
    const selfClosing = html[gt - 1] === '/';
    if (!closing && !selfClosing && HIDDEN.has(name)) hiddenUntil = name;
    else if (BLOCK.has(name)) out.push('\n');
  }
  return out
    .join('')
    .replace(/[ \t\r\f\v]+/g, ' ')
    .replace(/ ?\n[\s]*/g, '\n')
    .trim();
}
