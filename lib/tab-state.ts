import type { PageState, TabState } from './messages';

/** The latest report of each frame of one tab, by frame id (0 is the top frame). */
export type FrameStates = Record<number, PageState>;

/** Records a frame's report; a `gone` report (the document unloaded) removes the frame. */
export function withFrameReport(
  frames: FrameStates,
  frameId: number,
  state: PageState,
): FrameStates {
  const others = Object.entries(frames).filter(([id]) => Number(id) !== frameId);
  return Object.fromEntries(state.status === 'gone' ? others : [...others, [frameId, state]]);
}

/**
 * One view of a tab for the popup and the badge: the top frame's status and hostname, and the
 * claims of every frame that was annotated, top frame first.
 */
export function tabStateOf(frames: FrameStates): TabState {
  const top = frames[0];
  const ids = Object.keys(frames)
    .map(Number)
    .sort((a, b) => a - b);
  const claims = ids.flatMap((frameId) => {
    const frame = frames[frameId] as PageState;
    if (frame.status !== 'annotated') return [];
    return frame.claims.map((claim, index) => ({ ...claim, frameId, index }));
  });
  if (!top) return { status: 'annotated', hostname: '', claims };
  return {
    status: top.status,
    hostname: top.hostname,
    claims: top.status === 'annotated' ? claims : [],
  };
}
