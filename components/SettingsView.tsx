import type { MessageKey } from '@/lib/i18n';
import {
  LANGUAGE_SETTINGS,
  type LanguageSetting,
  type Settings,
  SUMMARY_LENGTH_MAX,
  SUMMARY_LENGTH_MIN,
  THEME_SETTINGS,
  type ThemeSetting,
} from '@/lib/settings';
import { useI18n } from './i18n';

interface SettingsViewProps {
  settings: Settings;
  /** null: nothing changed yet; '' saved; otherwise the failure reason. */
  saveError: string | null | undefined;
  onChange: (patch: Partial<Settings>) => void;
  onClose: () => void;
}

const LANGUAGE_LABELS: Record<LanguageSetting, MessageKey> = {
  auto: 'languageAuto',
  vi: 'languageVi',
  en: 'languageEn',
};
const THEME_LABELS: Record<ThemeSetting, MessageKey> = {
  auto: 'themeAuto',
  light: 'themeLight',
  dark: 'themeDark',
};

export function SettingsView({ settings, saveError, onChange, onClose }: SettingsViewProps) {
  const { t } = useI18n();
  const lengths: number[] = [];
  for (let n = SUMMARY_LENGTH_MIN; n <= SUMMARY_LENGTH_MAX; n++) lengths.push(n);
  return (
    <section class="settings" data-testid="settings-view" aria-labelledby="settings-heading">
      <h1 id="settings-heading" class="state-title">
        {t('settingsHeading')}
      </h1>
      <div class="field">
        <label for="setting-summary-length">{t('summaryLengthLabel')}</label>
        <select
          id="setting-summary-length"
          data-testid="settings-summary-length"
          value={String(settings.summaryLength)}
          onChange={(e) => onChange({ summaryLength: Number(e.currentTarget.value) })}
        >
          {lengths.map((n) => (
            <option key={n} value={String(n)}>
              {n}
            </option>
          ))}
        </select>
      </div>
      <fieldset class="field">
        <legend>{t('languageLabel')}</legend>
        {LANGUAGE_SETTINGS.map((value) => (
          <label key={value} class="choice">
            <input
              type="radio"
              name="language"
              value={value}
              checked={settings.language === value}
              data-testid={`settings-language-${value}`}
              onChange={() => onChange({ language: value })}
            />{' '}
            <span lang={value === 'auto' ? undefined : value}>{t(LANGUAGE_LABELS[value])}</span>
          </label>
        ))}
      </fieldset>
      <fieldset class="field">
        <legend>{t('themeLabel')}</legend>
        {THEME_SETTINGS.map((value) => (
          <label key={value} class="choice">
            <input
              type="radio"
              name="theme"
              value={value}
              checked={settings.theme === value}
              data-testid={`settings-theme-${value}`}
              onChange={() => onChange({ theme: value })}
            />{' '}
            {t(THEME_LABELS[value])}
          </label>
        ))}
      </fieldset>
      <p class={saveError ? 'error-text small' : 'muted small'} role="status" data-testid="settings-state">
        {saveError
          ? t('settingsFailed', saveError)
          : saveError === ''
            ? t('settingsSaved')
            : t('settingsNote')}
      </p>
      <p>
        <button type="button" class="button" data-testid="settings-back" onClick={onClose}>
          {t('backButton')}
        </button>
      </p>
    </section>
  );
}
