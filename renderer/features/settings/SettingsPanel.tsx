import { useEffect, useId, useRef } from 'react';
import { fontFamilies, themeChoices, typographyLimits, type FontFamily, type Settings, type ThemeChoice } from '../../../common/settings';
import { PanelHeader } from '../../components/PanelHeader';
import type { MessageKey } from '../../i18n/th';
import { useT } from '../../i18n/useT';
import { RangeSetting } from './RangeSetting';
import './settings.css';

const themeNames: { readonly [T in ThemeChoice]: MessageKey } = {
  system: 'themeSystem',
  light: 'themeLight',
  sepia: 'themeSepia',
  dark: 'themeDark',
};

const fontNames: { readonly [F in FontFamily]: MessageKey } = {
  sarabun: 'fontSarabun',
  'noto-serif-thai': 'fontNotoSerifThai',
};

/**
 * The reading settings: a non-modal dialog under the banner with the theme,
 * the Thai font and the typography sliders. Every change applies at once;
 * opening it focuses the chosen theme.
 */
export function SettingsPanel({
  id,
  settings,
  saveFailed,
  onChange,
  onClose,
}: {
  id: string;
  settings: Settings;
  saveFailed: boolean;
  onChange: (patch: Partial<Settings>, options?: { readonly debounce?: boolean }) => void;
  onClose: () => void;
}) {
  const t = useT();
  const titleId = useId();
  const panel = useRef<HTMLElement>(null);

  useEffect(() => {
    panel.current?.querySelector<HTMLInputElement>('input:checked')?.focus();
  }, []);

  return (
    <section ref={panel} id={id} className="panel-surface settings-panel" role="dialog" aria-labelledby={titleId}>
      <PanelHeader titleId={titleId} title={t('settingsPanel')} closeLabel={t('settingsClose')} onClose={onClose} />
      <fieldset className="settings-panel__group">
        <legend className="settings-panel__legend">{t('settingsTheme')}</legend>
        {themeChoices.map((choice) => (
          <label key={choice} className="settings-panel__choice" data-theme-sample={choice}>
            <input
              type="radio"
              name={`${id}-theme`}
              value={choice}
              checked={settings.theme === choice}
              onChange={() => onChange({ theme: choice })}
            />
            {t(themeNames[choice])}
          </label>
        ))}
      </fieldset>
      <fieldset className="settings-panel__group">
        <legend className="settings-panel__legend">{t('settingsFontFamily')}</legend>
        {fontFamilies.map((family) => (
          <label key={family} className="settings-panel__choice" data-font={family}>
            <input
              type="radio"
              name={`${id}-font`}
              value={family}
              checked={settings.fontFamily === family}
              onChange={() => onChange({ fontFamily: family })}
            />
            {t(fontNames[family])}
          </label>
        ))}
      </fieldset>
      <RangeSetting
        label={t('settingsFontSize')}
        value={settings.fontSize}
        limits={typographyLimits.fontSize}
        step={1}
        format={(value) => t('fontSizeValue', { value })}
        onChange={(fontSize) => onChange({ fontSize }, { debounce: true })}
      />
      <RangeSetting
        label={t('settingsLineHeight')}
        value={settings.lineHeight}
        limits={typographyLimits.lineHeight}
        step={0.1}
        format={(value) => t('lineHeightValue', { value: value.toFixed(1) })}
        onChange={(lineHeight) => onChange({ lineHeight }, { debounce: true })}
      />
      <RangeSetting
        label={t('settingsPageWidth')}
        value={settings.pageWidth}
        limits={typographyLimits.pageWidth}
        step={1}
        format={(value) => t('pageWidthValue', { value })}
        onChange={(pageWidth) => onChange({ pageWidth }, { debounce: true })}
      />
      {saveFailed && (
        <p className="settings-panel__error" role="alert">
          {t('settingsSaveFailed')}
        </p>
      )}
    </section>
  );
}
