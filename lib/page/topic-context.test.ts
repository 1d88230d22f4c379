// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { collectTextBlocks } from './text-blocks';
import { blockText, TopicMemory } from './topic-context';

describe('blockText', () => {
  it('tells headings, by tag or role, from other blocks', () => {
    document.body.innerHTML = '<h3>A</h3><div role="heading">B</div><p>C</p>';
    expect(collectTextBlocks(document.body).map(blockText)).toEqual([
      { text: 'A', heading: true },
      { text: 'B', heading: true },
      { text: 'C', heading: false },
    ]);
  });
});

describe('TopicMemory', () => {
  it('gives later blocks the topic of the nearest earlier block, or the last one', () => {
    document.body.innerHTML =
      '<h2>MDMA</h2><h2>Psilocybin</h2><p id="a">x</p><h2>MDMA</h2><p id="b">y</p>';
    const memory = new TopicMemory();
    const after = [undefined, 'mdma', 'other', 'other', 'mdma'] as const;
    [...document.body.children].forEach((element, i) =>
      memory.record(element, after[i + 1] ?? 'mdma'),
    );
    const insertedAfterA = document.createElement('p');
    document.getElementById('a')?.after(insertedAfterA);
    expect(memory.before(insertedAfterA)).toBe('other');
    const appended = document.createElement('p');
    document.body.append(appended);
    expect(memory.before(appended)).toBe('mdma');
  });
});
