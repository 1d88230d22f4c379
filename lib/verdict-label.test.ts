import { describe, expect, it } from 'vitest';
import { verdictLabel } from './verdict-label';
import { VERDICTS, VERDICT_LABELS } from './verdicts';

describe('verdictLabel', () => {
  it('says in English what the catalog says', () => {
    for (const verdict of VERDICTS) expect(verdictLabel(verdict)).toBe(VERDICT_LABELS[verdict]);
  });
});
