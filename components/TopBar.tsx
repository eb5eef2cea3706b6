import { useI18n } from './i18n';

interface TopBarProps {
  settingsOpen: boolean;
  onToggleSettings: () => void;
}

export function TopBar({ settingsOpen, onToggleSettings }: TopBarProps) {
  const { t } = useI18n();
  return (
    <header class="topbar">
      <p class="brand">
        <span class="brand-mark" aria-hidden="true">
          ★
        </span>
        {t('extName')}
      </p>
      <button
        type="button"
        class="icon-button"
        aria-label={t('settingsButton')}
        title={t('settingsButton')}
        aria-pressed={settingsOpen}
        data-testid="settings-button"
        onClick={onToggleSettings}
      >
        <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
          <path
            fill="currentColor"
            d="M19.14 12.94a7.49 7.49 0 0 0 0-1.88l2.03-1.58a.5.5 0 0 0 .12-.64l-1.92-3.32a.5.5 0 0 0-.6-.22l-2.39.96a7.03 7.03 0 0 0-1.63-.94l-.36-2.54A.5.5 0 0 0 13.9 2.5h-3.84a.5.5 0 0 0-.49.42l-.36 2.54c-.59.24-1.13.56-1.63.94l-2.39-.96a.5.5 0 0 0-.6.22L2.67 8.98a.5.5 0 0 0 .12.64l2.03 1.58a7.49 7.49 0 0 0 0 1.88l-2.03 1.58a.5.5 0 0 0-.12.64l1.92 3.32c.13.22.39.3.6.22l2.39-.96c.5.38 1.04.7 1.63.94l.36 2.54c.04.24.25.42.49.42h3.84c.24 0 .45-.18.49-.42l.36-2.54c.59-.24 1.13-.56 1.63-.94l2.39.96c.22.08.47 0 .6-.22l1.92-3.32a.5.5 0 0 0-.12-.64l-2.03-1.58zM12 15.5A3.5 3.5 0 1 1 12 8.5a3.5 3.5 0 0 1 0 7z"
          />
        </svg>
      </button>
    </header>
  );
}
