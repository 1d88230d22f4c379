import { describe, expect, it } from 'vitest';
import { stateFrom } from '../detector/block-types';
import { planMessages } from './remote-detection';

const run = (...lengths: number[]) => ({
  state: stateFrom(undefined),
  blocks: lengths.map((n) => ({ text: 'x'.repeat(n), heading: false })),
});

describe('planMessages', () => {
  it('sends small runs together in one message', () => {
    expect(planMessages([run(3, 4), run(2)], 10)).toEqual([
      [
        { run: 0, from: 0, to: 2 },
        { run: 1, from: 0, to: 1 },
      ],
    ]);
  });

  it('cuts runs between blocks so that no message passes the limit', () => {
    expect(planMessages([run(4, 4, 4), run(4, 4)], 10)).toEqual([
      [{ run: 0, from: 0, to: 2 }],
      [
        { run: 0, from: 2, to: 3 },
        { run: 1, from: 0, to: 1 },
      ],
      [{ run: 1, from: 1, to: 2 }],
    ]);
  });

  it('sends a block longer than the limit alone, and nothing for runs without blocks', () => {
    expect(planMessages([run(), run(3, 25, 3)], 10)).toEqual([
      [{ run: 1, from: 0, to: 1 }],
      [{ run: 1, from: 1, to: 2 }],
      [{ run: 1, from: 2, to: 3 }],
    ]);
    expect(planMessages([run()], 10)).toEqual([]);
  });
});
