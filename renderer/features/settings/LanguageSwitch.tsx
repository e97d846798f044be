import { languages, type Language } from '../../../common/settings';
import type { MessageKey } from '../../i18n/th';
import { useT } from '../../i18n/useT';
import '../../components/segmented.css';
import './settings.css';

const names: { readonly [L in Language]: MessageKey } = { th: 'languageThai', en: 'languageEnglish' };

/** The Thai / English switch: a pair of toggle buttons, the current one pressed. */
export function LanguageSwitch({
  language,
  saveFailed,
  onChange,
}: {
  language: Language;
  saveFailed: boolean;
  onChange: (language: Language) => void;
}) {
  const t = useT();
  return (
    <div className="language-switch">
      <div className="segmented" role="group" aria-label={t('languageLabel')}>
        {languages.map((option) => (
          <button
            key={option}
            type="button"
            lang={option}
            className="segmented__button"
            aria-pressed={option === language}
            onClick={() => option !== language && onChange(option)}
          >
            {t(names[option])}
          </button>
        ))}
      </div>
      {saveFailed && (
        <p className="language-switch__error" role="alert">
          {t('languageSaveFailed')}
        </p>
      )}
    </div>
  );
}
