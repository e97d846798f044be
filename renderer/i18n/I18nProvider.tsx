import { useEffect, useMemo, type ReactNode } from 'react';
import type { Language } from '../../common/settings';
import { I18nContext } from './context';
import { en } from './en';
import { th, type Messages } from './th';
import { translator } from './translate';

const tables: { readonly [L in Language]: Messages } = { th, en };

/** Provides the UI language to `useT()` and mirrors it on `<html lang>`. */
export function I18nProvider({ language, children }: { language: Language; children: ReactNode }) {
  const value = useMemo(() => ({ language, t: translator(tables[language]) }), [language]);

  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  return <I18nContext value={value}>{children}</I18nContext>;
}
