import { useCallback, useEffect, useRef, useState } from 'react';
import { defaultSettings, type Settings } from '../../../common/settings';
import { useApi } from '../../useApi';

/** The settings in force, and the one action that changes them. */
export interface SettingsState {
  readonly settings: Settings;
  /** True when the last change could not be saved (the saved values are back in force). */
  readonly saveFailed: boolean;
  /**
   * Applies a change at once and saves it in the main process; `debounce`
   * delays the save (for sliders, which change many times a second).
   */
  update(patch: Partial<Settings>, options?: { readonly debounce?: boolean }): void;
}

// A slider sends a change per step while dragged: one save after it rests is enough.
const saveDelay = 300;

/** Loads settings from the main process and saves changes there; nothing is kept in the renderer. */
export function useSettings(): SettingsState {
  const api = useApi();
  // The defaults until the stored values arrive: reading need not wait for settings.
  const [settings, setSettings] = useState<Settings>(defaultSettings);
  const [saveFailed, setSaveFailed] = useState(false);
  // Counts changes so a late answer (the initial load or an older save) never overrides a newer choice.
  const generation = useRef(0);
  // What the main process last confirmed, to fall back to when a save fails.
  const saved = useRef<Settings>(defaultSettings);
  const pending = useRef<Partial<Settings>>({});
  const timer = useRef<number | undefined>(undefined);

  useEffect(() => {
    const started = generation.current;
    api.getSettings().then(
      (stored) => {
        saved.current = stored;
        if (generation.current !== started) return;
        setSettings(stored);
      },
      () => {
        // Keep the defaults: an unreadable settings store must not block reading.
      },
    );
  }, [api]);

  const save = useCallback(() => {
    window.clearTimeout(timer.current);
    timer.current = undefined;
    const patch = pending.current;
    pending.current = {};
    if (Object.keys(patch).length === 0) return;
    const mine = ++generation.current;
    api.updateSettings(patch).then(
      (answer) => {
        saved.current = answer;
        if (generation.current !== mine) return;
        setSettings(answer);
      },
      () => {
        if (generation.current !== mine) return;
        setSettings(saved.current);
        setSaveFailed(true);
      },
    );
  }, [api]);

  // A change still waiting when the page goes is saved rather than lost.
  useEffect(() => {
    window.addEventListener('pagehide', save);
    return () => {
      window.removeEventListener('pagehide', save);
      save();
    };
  }, [save]);

  const update = useCallback(
    (patch: Partial<Settings>, options?: { readonly debounce?: boolean }) => {
      ++generation.current;
      setSettings((current) => ({ ...current, ...patch }));
      setSaveFailed(false);
      pending.current = { ...pending.current, ...patch };
      if (!options?.debounce) return save();
      window.clearTimeout(timer.current);
      timer.current = window.setTimeout(save, saveDelay);
    },
    [save],
  );

  return { settings, saveFailed, update };
}
