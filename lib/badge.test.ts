import { describe, expect, it } from 'vitest';
import { badgeFor } from './badge';
import type { TabClaim } from './messages';

const claim = (verdict: TabClaim['verdict']): TabClaim => ({
  claimId: 'x',
  verdict,
  exact: 'x',
  frameId: 0,
  index: 0,
});

describe('badgeFor', () => {
  it('counts the claims and takes the colour of the worst verdict', () => {
    const view = badgeFor({
      status: 'annotated',
      hostname: 'a.org',
      claims: [claim('supported'), claim('false'), claim('needs-context')],
    });
    expect(view.text).toBe('3');
    expect(view.color).toBe('#c4202c');
    expect(view.title).toContain('3 claims');
    expect(view.title).toContain('False');
  });

  it('is empty when nothing was found or annotations are off', () => {
    expect(badgeFor({ status: 'annotated', hostname: 'a.org', claims: [] }).text).toBe('');
    expect(badgeFor({ status: 'off', hostname: 'a.org', claims: [claim('false')] }).text).toBe('');
    expect(badgeFor({ status: 'site-off', hostname: 'a.org', claims: [] }).title).toContain(
      'a.org',
    );
  });

  it('caps long counts', () => {
    const claims = Array.from({ length: 1200 }, () => claim('supported'));
    expect(badgeFor({ status: 'annotated', hostname: 'a', claims }).text).toBe('999+');
  });
});
