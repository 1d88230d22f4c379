import { describe, expect, it } from 'vitest';
import { tokenize } from './tokenize';

const texts = (s: string) => tokenize(s).map((t) => t.text);

describe('tokenize', () => {
  it('splits on hyphens, apostrophes and glued citations', () => {
    expect(texts("mdma-assisted isn't l'mdma impairment12")).toEqual([
      'mdma',
      'assisted',
      'isn',
      't',
      'l',
      'mdma',
      'impairment',
      '12',
    ]);
  });

  it('keeps decimals and percent signs on numbers', () => {
    expect(texts('86.5% of 1,000')).toEqual(['86.5%', 'of', '1,000']);
  });

  it('reports offsets into the text', () => {
    const [token] = tokenize('  ptsd');
    expect(token).toEqual({ text: 'ptsd', start: 2, end: 6 });
  });
});
