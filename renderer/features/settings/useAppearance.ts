import { useEffect, useState } from 'react';
import type { Settings } from '../../../common/settings';
import { resolveTheme, typographyVariables } from './appearance';

const darkQuery = '(prefers-color-scheme: dark)';

/**
 * Puts the settings on <html>: `data-theme-choice` (what the reader chose),
 * `data-theme` (what is drawn; "system" follows prefers-color-scheme live)
 * and the typography variables, so every change applies at once.
 */
export function useAppearance(settings: Settings): void {
  const [systemDark, setSystemDark] = useState(() => window.matchMedia(darkQuery).matches);

  useEffect(() => {
    const query = window.matchMedia(darkQuery);
    const onChange = () => setSystemDark(query.matches);
    onChange();
    query.addEventListener('change', onChange);
    return () => query.removeEventListener('change', onChange);
  }, []);

  const theme = resolveTheme(settings.theme, systemDark);
  useEffect(() => {
    const root = document.documentElement;
    root.setAttribute('data-theme-choice', settings.theme);
    root.setAttribute('data-theme', theme);
  }, [settings.theme, theme]);

  useEffect(() => {
    const variables = typographyVariables(settings);
    for (const [name, value] of Object.entries(variables)) document.documentElement.style.setProperty(name, value);
  }, [settings]);
}
