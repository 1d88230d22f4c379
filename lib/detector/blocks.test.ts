import { describe, expect, it } from 'vitest';
import { advanceTopic, CARRY_BLOCKS, detectBlocks, stateFrom, type BlockText } from './blocks';

const p = (text: string): BlockText => ({ text, heading: false });
const h = (text: string): BlockText => ({ text, heading: true });

/** The topic before each block, the title going first as the page annotator sends it. */
function topicsBefore(blocks: BlockText[], title = '') {
  const { results } = detectBlocks([h(title), ...blocks], stateFrom(undefined));
  return blocks.map((block, i) => [block.text, results[i]?.topic]);
}

describe('detectBlocks', () => {
  it('carries the topic of headings and paragraphs to the blocks after them', () => {
    expect(
      topicsBefore([
        h('MDMA-assisted therapy'),
        p('Results were strong.'),
        h('Psilocybin therapy'),
        p('Results were strong too.'),
      ]),
    ).toEqual([
      ['MDMA-assisted therapy', undefined],
      ['Results were strong.', 'mdma'],
      ['Psilocybin therapy', 'mdma'],
      ['Results were strong too.', 'other'],
    ]);
  });

  it('lets a paragraph carry its topic a few blocks only, and a heading to the next heading', () => {
    const filler = Array.from({ length: CARRY_BLOCKS + 2 }, (_, i) => p(`Note ${i}.`));
    const result = topicsBefore([
      p('MDMA is in the news.'),
      ...filler,
      h('MDMA therapy'),
      ...filler,
    ]);
    const afterParagraph = result.slice(1, CARRY_BLOCKS + 3).map(([, topic]) => topic);
    expect(afterParagraph.slice(0, CARRY_BLOCKS + 1).every((t) => t === 'mdma')).toBe(true);
    expect(afterParagraph[CARRY_BLOCKS + 1]).toBeUndefined();
    const underHeading = result.slice(CARRY_BLOCKS + 4).map(([, topic]) => topic);
    expect(underHeading.every((t) => t === 'mdma')).toBe(true);
  });

  it('starts from the page title', () => {
    expect(topicsBefore([p('Results were strong.')], 'MDMA therapy explained')[0]?.[1]).toBe(
      'mdma',
    );
  });

  it('marks a claim only where the topic makes it one, with offsets into its block', () => {
    const claim = 'In the trial, 67% of participants no longer had PTSD.';
    const { results } = detectBlocks(
      [h('MDMA therapy'), p(`Intro. ${claim}`), h('Psilocybin therapy'), p(claim)],
      stateFrom(undefined),
    );
    const [found] = results[1]?.matches ?? [];
    expect(found).toMatchObject({ verdict: expect.any(String) });
    expect(`Intro. ${claim}`.slice(found?.start, found?.end)).toBe(claim);
    expect(results[3]?.matches).toEqual([]);
  });

  it('gives the same results whether the blocks go in one call or several', () => {
    const blocks = [
      h('MDMA therapy'),
      p('In the trial, 67% of participants no longer had PTSD.'),
      ...Array.from({ length: 12 }, (_, i) => p(`Note ${i}: relief lasted for years.`)),
    ];
    const whole = detectBlocks(blocks, stateFrom(undefined));
    const first = detectBlocks(blocks.slice(0, 5), stateFrom(undefined));
    const rest = detectBlocks(blocks.slice(5), first.state);
    expect([...first.results, ...rest.results]).toEqual(whole.results);
    expect(rest.state).toEqual(whole.state);
  });
});

describe('advanceTopic', () => {
  it('keeps a heading-held topic through paragraphs that name no drug', () => {
    let state = advanceTopic(stateFrom(undefined), h('MDMA therapy'), 'mdma');
    for (let i = 0; i < CARRY_BLOCKS * 2; i++) state = advanceTopic(state, p('More.'), 'mdma');
    expect(state.topic).toBe('mdma');
  });
});
