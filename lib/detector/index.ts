import { CLAIMS } from '../../data/claims/index';
import { buildEngine, type Engine } from './engine';
import { hasGateWord } from './gate';
import { analyseSentence, blockMayMatter } from './sentence';
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
  let topic: Topic | undefined = options.contextTopic ?? firstNamedTopic(engine, text);
  for (const span of sentencesThatMayMatter(engine, text, () => topic)) {
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
  return { matches, topic };
}

/**
 * 'mdma' when the first drug a text names is MDMA, for a text with no topic from its
 * surroundings: a paragraph that names the drug only after its first sentence ("71% no longer
 * met the criteria for PTSD. The drug, MDMA, is better known as ecstasy.") is about MDMA from
 * its start. A text that names another drug first keeps no topic.
 */
function firstNamedTopic(engine: Engine, text: string): Topic | undefined {
  for (const span of sentencesThatMayMatter(engine, text, () => undefined)) {
    const named = analyseSentence(engine, text.slice(span.start, span.end), undefined).topic;
    if (named) return named === 'mdma' ? 'mdma' : undefined;
  }
  return undefined;
}

/**
 * The sentences worth analysing, block by block (lines, or ~4 kB pieces of a long line): a block
 * that names no drug and where no rule could fire is skipped without being segmented, which is
 * most of an ordinary page. `topic` is read lazily because the caller updates it as it goes.
 */
function* sentencesThatMayMatter(
  engine: Engine,
  text: string,
  topic: () => Topic | undefined,
): Generator<Span> {
  for (const block of blocksOf(text)) {
    if (!blockMayMatter(engine, text.slice(block.start, block.end), topic())) continue;
    yield* segmentBlock(text, block);
  }
}
