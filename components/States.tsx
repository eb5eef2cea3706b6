import { useI18n } from './i18n';

export const CPV_HOME = 'https://dangcongsan.vn';

export function LoadingState() {
  const { t } = useI18n();
  return (
    <div class="state" data-testid="state-loading" role="status" aria-live="polite">
      <span class="spinner" aria-hidden="true" />
      <p>{t('loading')}</p>
    </div>
  );
}

export function NotArticleState({ reason }: { reason: string }) {
  const { t } = useI18n();
  return (
    <div class="state" data-testid="state-not-article">
      <h1 class="state-title">{t('notArticleTitle')}</h1>
      <p>{t('notArticleBody')}</p>
      {reason ? <p class="muted small">{t('notArticleReason', reason)}</p> : null}
    </div>
  );
}

export function NotCpvState() {
  const { t } = useI18n();
  return (
    <div class="state" data-testid="state-not-cpv">
      <h1 class="state-title">{t('notCpvTitle')}</h1>
      <p>{t('notCpvBody')}</p>
      <p>
        <a
          class="button primary"
          href={CPV_HOME}
          target="_blank"
          rel="noopener noreferrer"
          data-testid="dangcongsan-link"
        >
          {t('notCpvLink')}
          <span class="visually-hidden"> {t('opensInNewTab')}</span>
        </a>
      </p>
    </div>
  );
}

interface NeedsReloadStateProps {
  reloading: boolean;
  onReload: () => void;
}

export function NeedsReloadState({ reloading, onReload }: NeedsReloadStateProps) {
  const { t } = useI18n();
  return (
    <div class="state" data-testid="state-needs-reload">
      <h1 class="state-title">{t('needsReloadTitle')}</h1>
      <p>{t('needsReloadBody')}</p>
      <p>
        <button
          type="button"
          class="button primary"
          data-testid="reload-button"
          disabled={reloading}
          onClick={onReload}
        >
          {t('reloadButton')}
        </button>
      </p>
      <p class="muted small" role="status">
        {reloading ? t('reloading') : null}
      </p>
    </div>
  );
}

interface ErrorStateProps {
  error: string;
  url: string | null;
  copy: 'idle' | 'copied' | 'failed';
  onCopy: () => void;
}

export function ErrorState({ error, url, copy, onCopy }: ErrorStateProps) {
  const { t } = useI18n();
  return (
    <div class="state" data-testid="state-error">
      <h1 class="state-title">{t('errorTitle')}</h1>
      <p class="error-text" data-testid="error-reason">
        {t('errorReason', error || t('unknownError'))}
      </p>
      {url ? <p class="muted small url">{url}</p> : null}
      <p>{t('errorReport')}</p>
      <p>
        <button type="button" class="button" data-testid="copy-diagnostic" onClick={onCopy}>
          {t('copyDiagnostic')}
        </button>
      </p>
      <p
        class={copy === 'failed' ? 'error-text small' : 'muted small'}
        role="status"
        data-testid="copy-state"
      >
        {copy === 'copied' ? t('copied') : copy === 'failed' ? t('copyFailed') : null}
      </p>
    </div>
  );
}
