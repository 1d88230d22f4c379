import { describe, expect, it } from 'vitest';
import { clausesOf } from './clauses';
import { tokenize } from './tokenize';

describe('clausesOf', () => {
  it('ends negation scope at commas and clause words, topic scope only at contrasts', () => {
    const text = 'mdma, which is not addictive, eased ptsd but psilocybin did not';
    const tokens = tokenize(text);
    const { scope, topic } = clausesOf(text, tokens);
    const at = (word: string) => tokens.findIndex((t) => t.text === word);
    expect(scope[at('not')]).not.toBe(scope[at('eased')]);
    expect(topic[at('mdma')]).toBe(topic[at('eased')]);
    expect(topic[at('psilocybin')]).not.toBe(topic[at('eased')]);
  });
});

describe('clausesOf, fronted contrasts', () => {
  it('ends the topic of an opening "unlike"/"whereas" phrase at its comma', () => {
    const text = 'unlike mdma, psilocybin lifted depression, as did ketamine';
    const tokens = tokenize(text);
    const { topic } = clausesOf(text, tokens);
    const at = (word: string) => tokens.findIndex((t) => t.text === word);
    expect(topic[at('mdma')]).not.toBe(topic[at('psilocybin')]);
    expect(topic[at('psilocybin')]).toBe(topic[at('ketamine')]);
  });
});
