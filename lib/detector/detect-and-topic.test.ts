import { describe, expect, it } from 'vitest';
import { detectClaims, detectClaimsAndTopic, topicAtEnd } from './index';

const TEXTS = [
  'The FDA approved MDMA-assisted therapy. Sessions are long.',
  'Psilocybin helped some patients. MDMA is not addictive.',
  'MDMA therapy was studied. Later, psilocybin was studied too.',
  'Nothing here names a drug at all.',
  'In a phase 3 trial, 67% no longer qualified for a PTSD diagnosis.',
];

describe('detectClaimsAndTopic', () => {
  it('gives the same claims as detectClaims and the same topic as topicAtEnd', () => {
    for (const text of TEXTS) {
      for (const contextTopic of [undefined, 'mdma', 'other'] as const) {
        const both = detectClaimsAndTopic(text, { contextTopic });
        expect(both.matches).toEqual(detectClaims(text, { contextTopic }));
        expect(both.topic, `${text} after ${contextTopic}`).toBe(topicAtEnd(text, contextTopic));
      }
    }
  });
});
