import { describe, expect, it } from 'vitest';
import { hasGateWord } from './gate';

describe('hasGateWord', () => {
  it.each([
    'MDMA therapy',
    'the mdma-assisted arm',
    'MDMA-AT was tolerated',
    "MDMA's effects",
    'a pill of Ecstasy',
    'popped a molly',
    'midomafetamine capsules',
    '3,4-methylenedioxymethamphetamine',
  ])('finds a gate word in %j', (text) => {
    expect(hasGateWord(text)).toBe(true);
  });

  it.each(['psilocybin and ketamine', 'MDMAX is a brand', 'mollycoddle', 'ecstasyland', ''])(
    'ignores %j',
    (text) => {
      expect(hasGateWord(text)).toBe(false);
    },
  );
});
