import { describe, expect, it } from 'vitest';
import type { PageState } from './messages';
import { tabStateOf, withFrameReport } from './tab-state';

const annotated = (hostname: string, ...ids: string[]): PageState => ({
  status: 'annotated',
  hostname,
  claims: ids.map((claimId) => ({ claimId, verdict: 'false', exact: claimId })),
});

describe('tab state', () => {
  it('joins the claims of all frames, top frame first, with where each lives', () => {
    let frames = withFrameReport({}, 5, annotated('frame.org', 'c'));
    frames = withFrameReport(frames, 0, annotated('top.org', 'a', 'b'));
    const tab = tabStateOf(frames);
    expect(tab.hostname).toBe('top.org');
    expect(tab.claims.map((c) => [c.claimId, c.frameId, c.index])).toEqual([
      ['a', 0, 0],
      ['b', 0, 1],
      ['c', 5, 0],
    ]);
  });

  it('forgets a frame that went away', () => {
    let frames = withFrameReport({}, 0, annotated('top.org', 'a'));
    frames = withFrameReport(frames, 3, annotated('f.org', 'b'));
    frames = withFrameReport(frames, 3, { status: 'gone', hostname: 'f.org', claims: [] });
    expect(tabStateOf(frames).claims).toHaveLength(1);
  });

  it('lists nothing when the top frame is off', () => {
    let frames = withFrameReport({}, 0, { status: 'site-off', hostname: 'top.org', claims: [] });
    frames = withFrameReport(frames, 2, annotated('f.org', 'b'));
    expect(tabStateOf(frames)).toEqual({ status: 'site-off', hostname: 'top.org', claims: [] });
  });
});
