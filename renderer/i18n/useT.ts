import { useContext } from 'react';
import type { Language } from '../../common/settings';
import { I18nContext } from './context';
import type { Translate } from './translate';

/** The translator for the current UI language. */
export function useT(): Translate {
  return useContext(I18nContext).t;
}

/** The current UI language. */
export function useLanguage(): Language {
  return useContext(I18nContext).language;
}
