import { useCallback, useEffect, useRef, useState } from 'react';
import {
  loadSettings,
  normalizeSettings,
  updateSettings,
  watchSettings,
  type Settings,
} from '../lib/settings';

export type SettingsChange = (current: Settings) => Settings;

/**
 * The settings for a page of controls: null until loaded, then the value with the user's
 * latest changes shown at once (optimistic), while the writes go to storage one after another.
 *
 * Writes are queued because `updateSettings` reads, changes and stores: two overlapping calls
 * (ticking two boxes quickly) would both read the old value and the second would undo the first.
 * Values from the watcher are ignored while our own writes are pending, so an echo of an older
 * write cannot flip a control back for a moment; changes made elsewhere (the popup, a card's
 * "don't annotate this site") arrive through the watcher.
 */
export function useSettings(): [Settings | null, (change: SettingsChange) => void] {
  const [settings, setSettings] = useState<Settings | null>(null);
  const writes = useRef({ queue: Promise.resolve(), pending: 0 });

  useEffect(() => {
    let live = true;
    void loadSettings().then((loaded) => {
      if (live) setSettings((current) => current ?? loaded);
    });
    const unwatch = watchSettings((stored) => {
      if (writes.current.pending === 0) setSettings(stored);
    });
    return () => {
      live = false;
      unwatch();
    };
  }, []);

  const change = useCallback((apply: SettingsChange) => {
    setSettings((current) => (current ? normalizeSettings(apply(current)) : current));
    const state = writes.current;
    state.pending += 1;
    const settle = (stored: Settings | null) => {
      state.pending -= 1;
      if (state.pending > 0) return;
      // The last write's result holds every change, ours and any made elsewhere meanwhile.
      if (stored) setSettings(stored);
      else void loadSettings().then(setSettings);
    };
    state.queue = state.queue.then(() => updateSettings(apply).then(settle, () => settle(null)));
  }, []);

  return [settings, change];
}
