import { CLAIMS } from '../../data/claims/index';
import { buildEngine, type Engine } from './engine';
import { hasGateWord } from './gate';
import { analyseSentence } from './sentence';
import { segmentSentences } from './segment';
import type { Topic } from './topic';
import type { ClaimMatch, DetectOptions } from './types';

export type { ClaimMatch, DetectOptions } from './types';
export { hasGateWord } from './gate';

/** Compiled once at module load: pages call detectClaims on every text block. */
const ENGINE: Engine = buildEngine(CLAIMS);

/**
 * The claims a text asserts about MDMA, one match per claim and sentence, in text order.
 * Offsets are UTF-16 indices into `text`; a match spans the sentence that asserts the claim.
 */
export function detectClaims(text: string, options: DetectOptions = {}): ClaimMatch[] {
  return detectWith(ENGINE, text, options);
}

export function detectWith(
  engine: Engine,
  text: string,
  options: DetectOptions = {},
): ClaimMatch[] {
  // Most text never names MDMA: stop before segmenting unless the context says it is MDMA.
  if (options.contextTopic !== 'mdma' && !hasGateWord(text)) return [];
  const matches: ClaimMatch[] = [];
  let topic: Topic | undefined = options.contextTopic;
  for (const span of segmentSentences(text)) {
    const result = analyseSentence(engine, text.slice(span.start, span.end), topic);
    topic = result.topic;
    for (const found of result.claims) {
      matches.push({
        claimId: found.claimId,
        start: span.start,
        end: span.end,
        quote: {
          exact: text.slice(span.start, span.end),
          prefix: text.slice(Math.max(0, span.start - 32), span.start),
          suffix: text.slice(span.end, span.end + 32),
        },
        score: found.score,
      });
    }
  }
  return matches;
}
