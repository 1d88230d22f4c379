// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { collectTextBlocks, rangeForOffsets, walkTextBlocks } from './text-blocks';

function blocksOf(html: string) {
  document.body.innerHTML = html;
  return collectTextBlocks(document.body);
}

describe('collectTextBlocks', () => {
  it('joins text across inline elements into one block', () => {
    const [block] = blocksOf(
      '<p><a href="#">67%</a> of participants <em>no longer</em> met criteria.</p>',
    );
    expect(block?.text).toBe('67% of participants no longer met criteria.');
    expect(block?.nodes).toHaveLength(4);
  });

  it('keeps separate blocks apart and in document order', () => {
    const blocks = blocksOf('<h2>Title</h2><div>one<p>two</p>three</div>');
    expect(blocks.map((b) => b.text)).toEqual(['Title', 'onethree', 'two']);
  });

  it('skips code, form fields, editors, hidden text and our own host', () => {
    const blocks = blocksOf(`
      <p>kept</p>
      <script>var a = "MDMA"</script><style>p{}</style><noscript>ns</noscript>
      <textarea>typed</textarea><select><option>opt</option></select>
      <div contenteditable="true"><p>editing</p></div>
      <div contenteditable="false"><p>readonly</p></div>
      <div role="textbox">box</div><div class="ProseMirror"><p>pm</p></div>
      <div hidden>h</div><div aria-hidden="true">ah</div>
      <mdma-lens-card><p>card</p></mdma-lens-card>`);
    expect(blocks.map((b) => b.text)).toEqual(['kept', 'readonly']);
  });

  it('goes on after a skipped subtree that ends its parent, at any depth', () => {
    const blocks = blocksOf(
      '<div><section><p>a<textarea>x</textarea></p><div hidden><p>y</p></div></section></div>' +
        '<p>b<span>c<script>z</script></span></p><div class="ql-editor">q</div>d',
    );
    expect(blocks.map((b) => b.text)).toEqual(['a', 'bc', 'd']);
  });

  it('reads nothing from a document that is itself an editor', () => {
    document.body.innerHTML = '<p>The FDA approved MDMA therapy.</p>';
    document.body.setAttribute('contenteditable', 'true');
    expect(collectTextBlocks(document.body)).toEqual([]);
    document.body.removeAttribute('contenteditable');
    document.designMode = 'on';
    expect(collectTextBlocks(document.body)).toEqual([]);
    document.designMode = 'off';
    expect(collectTextBlocks(document.body)).toHaveLength(1);
  });

  it('gives the caller a chance to pause among many elements that hold no text', () => {
    document.body.innerHTML = '<div><i></i></div>'.repeat(1000) + '<p>end</p>';
    const walk = walkTextBlocks(document.body);
    let pauses = 0;
    let step = walk.next();
    for (; !step.done; step = walk.next()) pauses++;
    expect(pauses).toBeGreaterThanOrEqual(7); // 2 000 elements, a pause every few hundred
    expect(step.value.map((b) => b.text)).toEqual(['end']);
  });

  it('hands on a very long block in pieces, cut at line breaks, mapping back to its nodes', () => {
    document.body.innerHTML = '<pre></pre>';
    const pre = document.querySelector('pre') as HTMLElement;
    const line = (i: number) => `Line ${i} of a long log file, with enough words to fill it.\n`;
    const lines = Array.from({ length: 1000 }, (_, i) => line(i)); // about 60 000 characters
    pre.append(lines.slice(0, 10).join(''), lines.slice(10).join(''));
    const blocks = collectTextBlocks(document.body);
    expect(blocks.length).toBeGreaterThanOrEqual(4);
    expect(blocks.every((b) => b.element === pre && b.text.length <= 16_384)).toBe(true);
    expect(blocks.map((b) => b.text).join('')).toBe(lines.join('').replace(/\n/g, ' '));
    for (const block of blocks) {
      expect(block.text).toMatch(/^Line \d+ of/); // each piece starts at a line
      const start = block.text.indexOf('Line', 5);
      const range = rangeForOffsets(block, start, start + 6);
      expect(range?.toString()).toMatch(/^Line \d/);
    }
  });

  it('turns line breaks into spaces without changing offsets', () => {
    const [block] = blocksOf('<p>MDMA\ntherapy</p>');
    expect(block?.text).toBe('MDMA therapy');
  });
});

describe('rangeForOffsets', () => {
  it('maps block offsets back to a range across text nodes', () => {
    const [block] = blocksOf(
      '<p>In a trial, <a href="#">67%</a> of people <em>no longer</em> had PTSD.</p>',
    );
    if (!block) throw new Error('no block');
    const start = block.text.indexOf('67%');
    const end = block.text.indexOf(' had');
    const range = rangeForOffsets(block, start, end);
    expect(range?.toString()).toBe('67% of people no longer');
    expect(range?.startContainer.textContent).toBe('67%');
    expect(range?.endContainer.textContent).toBe('no longer');
  });

  it('handles a match ending exactly at a node boundary and bad offsets', () => {
    const [block] = blocksOf('<p><b>MDMA</b> therapy</p>');
    if (!block) throw new Error('no block');
    expect(rangeForOffsets(block, 0, 4)?.toString()).toBe('MDMA');
    expect(rangeForOffsets(block, 4, 12)?.toString()).toBe(' therapy');
    expect(rangeForOffsets(block, 5, 99)).toBeNull();
    expect(rangeForOffsets(block, 3, 3)).toBeNull();
  });
});

describe('shadow roots', () => {
  it('reads the text inside open shadow roots of web components', () => {
    document.body.innerHTML = '<p>outside</p><x-card></x-card>';
    const host = document.querySelector('x-card') as HTMLElement;
    host.attachShadow({ mode: 'open' }).innerHTML = '<p>inside <b>the</b> shadow</p>plain';
    const texts = collectTextBlocks(document.body).map((b) => b.text);
    expect(texts).toEqual(['outside', 'inside the shadow', 'plain']);
  });
});
