/** How the reader's settings look on the page: the theme attributes and the CSS variables on <html>. */
import type { FontFamily, Settings, ThemeChoice } from '../../../common/settings';

/** A theme as drawn: "system" resolved to light or dark. */
export type Theme = Exclude<ThemeChoice, 'system'>;

const fontStacks: { readonly [F in FontFamily]: string } = {
  sarabun: 'var(--font-sans)',
  'noto-serif-thai': 'var(--font-serif)',
};

/** The theme to draw for a choice, given whether the system prefers dark. */
export function resolveTheme(choice: ThemeChoice, systemDark: boolean): Theme {
  if (choice !== 'system') return choice;
  return systemDark ? 'dark' : 'light';
}

/** The CSS custom properties that carry the typography settings (read by theme.css). */
export function typographyVariables(settings: Settings): Readonly<Record<string, string>> {
  return {
    '--reading-font-size': `${settings.fontSize}px`,
    '--reading-line-height': String(settings.lineHeight),
    '--reading-page-width': `${settings.pageWidth}em`,
    '--reading-font-family': fontStacks[settings.fontFamily],
  };
}
