import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalise, normaliseText } from './normalise';

describe('normalise', () => {
  it('folds case, quotes, dashes and spaces', () => {
    expect(normalise('MDMA\u2019s \u201cEffect\u201d \u2014 Big\u00a0Deal').text).toBe(
      `mdma's "effect" - big deal`,
    );
  });

  it('drops invisible characters', () => {
    expect(normalise('MD\u00adMA\u200b').text).toBe('mdma');
  });

  it('turns number phrases into one token', () => {
    expect(normalise('Sixty-seven per cent had no PTSD').text).toBe('67% had no ptsd');
    expect(normalise('two-thirds of them').text).toBe('67% of them');
    expect(normalise('67 percent and 71 %').text).toBe('67% and 71%');
    expect(normalise('three sessions').text).toBe('3 sessions');
  });

  it('leaves numbers inside words alone', () => {
    expect(normalise('covid19 and comp360').text).toBe('covid19 and comp360');
  });

  it('maps every normalised range back to the original', () => {
    const source = 'About two-thirds no longer had PTSD.';
    const n = normalise(source);
    const at = n.text.indexOf('67%');
    expect(source.slice(n.start[at], n.end[at + 2])).toBe('two-thirds');
    const p = n.text.indexOf('ptsd');
    expect(source.slice(n.start[p], n.end[p + 3])).toBe('PTSD');
  });

  it('keeps offsets inside the input for any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), (s) => {
        const n = normalise(s);
        expect(n.start.length).toBe(n.text.length);
        for (let i = 0; i < n.text.length; i++) {
          expect(n.start[i]).toBeGreaterThanOrEqual(0);
          expect(n.end[i]).toBeLessThanOrEqual(s.length);
          expect(n.start[i]).toBeLessThan(n.end[i] as number);
        }
      }),
    );
  });
});

describe('normaliseText', () => {
  it('is the text of normalise, for any string', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'grapheme', maxLength: 80 }),
          fc
            .array(
              fc.constantFrom('Two-Thirds', 'of', 'sixty', 'seven', 'per', 'cent', '67', '%', 'a'),
              { maxLength: 12 },
            )
            .map((words) => words.join(' ')),
        ),
        (s) => {
          expect(normaliseText(s)).toBe(normalise(s).text);
        },
      ),
    );
  });
});
