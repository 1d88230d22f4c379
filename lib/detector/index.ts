import { CLAIMS } from '../../data/claims/index';
import { buildEngine, type Engine } from './engine';
import { hasGateWord } from './gate';
import { analyseSentence, blockMayMatter, type SentenceResult } from './sentence';
import { blocksOf, segmentBlock, type Span } from './segment';
import type { Topic } from './topic';
import type { ClaimMatch, DetectOptions } from './types';

export type { ClaimMatch, DetectOptions } from './types';
export type { Topic } from './topic';
export { hasGateWord } from './gate';

/** Compiled on first use rather than at module load, so that importing the detector is cheap. */
let engine: Engine | null = null;
const theEngine = (): Engine => (engine ??= buildEngine(CLAIMS));

/**
 * The claims a text asserts about MDMA, one match per claim and sentence, in text order.
 * Offsets are UTF-16 indices into `text`; a match spans the sentence that asserts the claim.
 */
export function detectClaims(text: string, options: DetectOptions = {}): ClaimMatch[] {
  return detectWith(theEngine(), text, options).matches;
}

export interface Detection {
  matches: ClaimMatch[];
  topic: Topic | undefined;
}

/**
 * The claims of a text and the drug topic in force at its end, given the one in force before it
 * (`contextTopic`). A text that names neither MDMA nor (after MDMA) another drug hands the topic
 * on unchanged; off an MDMA topic, other drugs are not looked for, so "not MDMA" may come back
 * as `undefined`.
 */
export function detectClaimsAndTopic(text: string, options: DetectOptions = {}): Detection {
  return detectWith(theEngine(), text, options);
}

export function detectWith(engine: Engine, text: string, options: DetectOptions = {}): Detection {
  // Most text never names MDMA: stop before segmenting unless the context says it is MDMA.
  if (options.contextTopic !== 'mdma' && !hasGateWord(text)) {
    return { matches: [], topic: options.contextTopic };
  }
  const matches: ClaimMatch[] = [];
  const add = (span: Span, claims: SentenceResult['claims']) => {
    for (const found of claims) {
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
  };
  let topic: Topic | undefined = options.contextTopic;
  // Blocks are lines, or ~4 kB pieces of a long line. One that names no drug and where no rule
  // could fire is skipped without being segmented, which is most of an ordinary page.
  for (const block of blocksOf(text)) {
    if (!blockMayMatter(engine, text.slice(block.start, block.end), topic)) continue;
    // Sentences read while no topic was in force: if the block then names MDMA before any other
    // drug, they were about it too ("71% no longer met the criteria for PTSD. The drug, MDMA,
    // is better known as ecstasy.") and are read again as such.
    const unnamed: Span[] = [];
    for (const span of segmentBlock(text, block)) {
      const before = topic;
      const result = analyseSentence(engine, text.slice(span.start, span.end), before);
      topic = result.topic;
      if (before === undefined && topic === 'mdma') {
        for (const earlier of unnamed.splice(0)) {
          add(
            earlier,
            analyseSentence(engine, text.slice(earlier.start, earlier.end), 'mdma').claims,
          );
        }
      } else if (before === undefined && topic === undefined) {
        unnamed.push(span);
      } else {
        unnamed.length = 0;
      }
      add(span, result.claims);
    }
  }
  return { matches, topic };
}
