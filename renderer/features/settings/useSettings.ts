import { useCallback, useEffect, useRef, useState } from 'react';
import type { Language } from '../../../main/contract';
import { useApi } from '../../useApi';

/** The settings the UI needs, and the one action that changes them. */
export interface SettingsState {
  readonly language: Language;
  /** True when the last change could not be saved (the previous value is back in force). */
  readonly saveFailed: boolean;
  setLanguage(language: Language): void;
}

/** Loads settings from the main process and saves changes there; nothing is kept in the renderer. */
export function useSettings(): SettingsState {
  const api = useApi();
  // Thai until the stored value arrives: reading need not wait for settings.
  const [language, setLanguageState] = useState<Language>('th');
  const [saveFailed, setSaveFailed] = useState(false);
  // Counts changes so a late answer (the initial load or an older save) never overrides a newer choice.
  const generation = useRef(0);
  const languageRef = useRef<Language>('th');

  useEffect(() => {
    const started = generation.current;
    api.getSettings().then(
      (settings) => {
        if (generation.current !== started) return;
        languageRef.current = settings.language;
        setLanguageState(settings.language);
      },
      () => {
        // Keep the default: an unreadable settings store must not block reading.
      },
    );
  }, [api]);

  const setLanguage = useCallback(
    (next: Language) => {
      const mine = ++generation.current;
      const previous = languageRef.current;
      languageRef.current = next;
      setLanguageState(next);
      setSaveFailed(false);
      api.updateSettings({ language: next }).then(
        (saved) => {
          if (generation.current !== mine) return;
          languageRef.current = saved.language;
          setLanguageState(saved.language);
        },
        () => {
          if (generation.current !== mine) return;
          languageRef.current = previous;
          setLanguageState(previous);
          setSaveFailed(true);
        },
      );
    },
    [api],
  );

  return { language, saveFailed, setLanguage };
}
