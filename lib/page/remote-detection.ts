import { browser } from 'wxt/browser';
import type { BlockResult, TopicState } from '../detector/block-types';
import { isDetectReply, type DetectReply, type DetectRun, type Message } from '../messages';

/**
 * The page's side of detection, which runs in the extension's background worker
 * (entrypoints/background.ts): runs of blocks go there in messages of at most
 * `MESSAGE_CHARS` characters, so that copying one costs the page a few milliseconds however
 * long the page is. A run cut between two messages goes on from the topic state the first
 * one ended with.
 */
export const MESSAGE_CHARS = 256_000;

/** Blocks `from` to `to` (exclusive) of run `run`. */
export interface Piece {
  run: number;
  from: number;
  to: number;
}

/** The results of one piece, as they arrive. */
export interface DetectedPiece extends Piece {
  results: BlockResult[];
}

/**
 * How runs are cut into messages of at most `limit` characters, in order. A block longer than
 * the limit still goes, alone (the page cuts its blocks at 16 kB). Runs without blocks need no
 * message.
 */
export function planMessages(runs: readonly DetectRun[], limit = MESSAGE_CHARS): Piece[][] {
  const messages: Piece[][] = [];
  let current: Piece[] = [];
  let chars = 0;
  runs.forEach((run, r) => {
    let from = 0;
    run.blocks.forEach((block, b) => {
      if (chars > 0 && chars + block.text.length > limit) {
        if (b > from) current.push({ run: r, from, to: b });
        messages.push(current);
        current = [];
        chars = 0;
        from = b;
      }
      chars += block.text.length;
    });
    if (run.blocks.length > from) current.push({ run: r, from, to: run.blocks.length });
  });
  if (current.length > 0) messages.push(current);
  return messages;
}

/** Sends one message's runs and checks that the reply answers them. */
async function detectInBackground(runs: DetectRun[]): Promise<DetectReply['runs']> {
  const message: Message = { type: 'detect', runs };
  const reply: unknown = await browser.runtime.sendMessage(message);
  if (!isDetectReply(reply, runs)) throw new Error('the detector sent no valid reply');
  return reply.runs;
}

/**
 * Detects the claims of runs of blocks in the background, message by message, yielding each
 * piece's results as they arrive. Sends nothing more once `signal` aborts.
 */
export async function* detectRuns(
  runs: readonly DetectRun[],
  signal?: AbortSignal,
): AsyncGenerator<DetectedPiece> {
  const states: TopicState[] = runs.map((run) => run.state);
  for (const pieces of planMessages(runs)) {
    if (signal?.aborted) return;
    const replies = await detectInBackground(
      pieces.map(({ run, from, to }) => ({
        state: states[run] as TopicState,
        blocks: (runs[run] as DetectRun).blocks.slice(from, to),
      })),
    );
    for (const [k, piece] of pieces.entries()) {
      const reply = replies[k] as DetectReply['runs'][number];
      states[piece.run] = reply.state; // where the run goes on, if the next message continues it
      yield { ...piece, results: reply.results };
    }
  }
}
