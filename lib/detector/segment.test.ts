import { describe, expect, it } from 'vitest';
import { MAX_SENTENCE, segmentSentences } from './segment';

const sentences = (text: string) => segmentSentences(text).map((s) => text.slice(s.start, s.end));

describe('segmentSentences', () => {
  it('splits sentences and trims them', () => {
    expect(sentences('MDMA is a drug.  It is illegal! Is it?\nHeading')).toEqual([
      'MDMA is a drug.',
      'It is illegal!',
      'Is it?',
      'Heading',
    ]);
  });

  it('does not end a sentence at common abbreviations', () => {
    expect(
      sentences('According to Dr. Smith, the U.S. Food and Drug Administration said no.'),
    ).toEqual(['According to Dr. Smith, the U.S. Food and Drug Administration said no.']);
  });

  it('cuts a pathological run into bounded pieces that cover it', () => {
    const text = 'x'.repeat(MAX_SENTENCE * 3 + 5);
    const spans = segmentSentences(text);
    expect(spans.every((s) => s.end - s.start <= MAX_SENTENCE)).toBe(true);
    expect(spans[0]?.start).toBe(0);
    expect(spans.at(-1)?.end).toBe(text.length);
  });
});
