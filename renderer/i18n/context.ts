import { createContext } from 'react';
import type { Language } from '../../common/settings';
import { th } from './th';
import { translator, type Translate } from './translate';

/** What the i18n provider shares: the UI language and its translator. */
export interface I18n {
  readonly language: Language;
  readonly t: Translate;
}

/** Thai until a provider says otherwise, so a stray component still renders words. */
export const I18nContext = createContext<I18n>({ language: 'th', t: translator(th) });
