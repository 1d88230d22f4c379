import { describe, expect, it } from 'vitest';
import { CorpusError, parseCorpus } from './corpus';

describe('parseCorpus', () => {
  it('reads one passage a line and skips blank lines', () => {
    const source =
      '{"id":"a","text":"t","claims":["x","x"],"kind":"news"}\n\n{"id":"b","text":"u","claims":[]}\n';
    expect(parseCorpus(source)).toEqual([
      { id: 'a', text: 't', claims: ['x'], kind: 'news' },
      { id: 'b', text: 'u', claims: [], kind: 'other' },
    ]);
  });

  it('names the line of malformed input', () => {
    expect(() => parseCorpus('{"id":"a","text":"t","claims":[]}\n{oops')).toThrow(
      /line 2: not valid JSON/,
    );
    expect(() => parseCorpus('[1]')).toThrow(CorpusError);
    expect(() => parseCorpus('{"id":"a","text":"t","claims":"x"}')).toThrow(/line 1: "claims"/);
    expect(() => parseCorpus('{"id":1,"text":"t","claims":[]}')).toThrow(/line 1: "id"/);
  });
});
