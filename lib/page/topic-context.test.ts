// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { collectTextBlocks } from './text-blocks';
import { CARRY_BLOCKS, TopicContext } from './topic-context';

function topics(html: string, title = '') {
  document.body.innerHTML = html;
  const blocks = collectTextBlocks(document.body);
  const context = new TopicContext(title);
  return { context, result: blocks.map((b) => [b.text, context.next(b)]) };
}

describe('TopicContext', () => {
  it('carries the topic of headings and paragraphs to the blocks after them', () => {
    const { result } = topics(`
      <h2>MDMA-assisted therapy</h2><p>Results were strong.</p>
      <h2>Psilocybin therapy</h2><p>Results were strong too.</p>`);
    expect(result).toEqual([
      ['MDMA-assisted therapy', undefined],
      ['Results were strong.', 'mdma'],
      ['Psilocybin therapy', 'mdma'],
      ['Results were strong too.', 'other'],
    ]);
  });

  it('lets a paragraph carry its topic a few blocks only, and a heading to the next heading', () => {
    const filler = Array.from({ length: CARRY_BLOCKS + 2 }, (_, i) => `<p>Note ${i}.</p>`).join('');
    const { result } = topics(`<p>MDMA is in the news.</p>${filler}<h2>MDMA therapy</h2>${filler}`);
    const afterParagraph = result.slice(1, CARRY_BLOCKS + 3).map(([, topic]) => topic);
    expect(afterParagraph.slice(0, CARRY_BLOCKS + 1).every((t) => t === 'mdma')).toBe(true);
    expect(afterParagraph[CARRY_BLOCKS + 1]).toBeUndefined();
    const underHeading = result.slice(CARRY_BLOCKS + 4).map(([, topic]) => topic);
    expect(underHeading.every((t) => t === 'mdma')).toBe(true);
  });

  it('starts from the page title', () => {
    const { result } = topics('<p>Results were strong.</p>', 'MDMA therapy explained');
    expect(result[0]?.[1]).toBe('mdma');
  });

  it('gives later blocks the topic of the nearest earlier block, or the last one', () => {
    const { context } = topics(
      '<h2>MDMA</h2><h2>Psilocybin</h2><p id="a">x</p><h2>MDMA</h2><p id="b">y</p>',
    );
    const insertedAfterA = document.createElement('p');
    document.getElementById('a')?.after(insertedAfterA);
    expect(context.before(insertedAfterA)).toBe('other');
    const appended = document.createElement('p');
    document.body.append(appended);
    expect(context.before(appended)).toBe('mdma');
  });
});
