import type { ArchiveOffer } from '@/lib/popup/state';
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

export function NotCpvState({ archiveOffer, onAllowArchive }: NotCpvStateProps) {
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
      {archiveOffer ? (
        <section class="archive-offer" data-testid="archive-offer" aria-labelledby="archive-offer-heading">
          <h2 id="archive-offer-heading" class="section-title">
            {t('archiveOfferTitle')}
          </h2>
          <p class="small">{t('archiveOfferBody')}</p>
          <ArchiveAccess offer={archiveOffer} onAllow={onAllowArchive} />
        </section>
      ) : null}
    </div>
  );
}

interface NotCpvStateProps {
  /** Set when the tab may be a capture we cannot see (its address is hidden, access not granted). */
  archiveOffer?: ArchiveOffer | undefined;
  onAllowArchive: () => void;
}

interface ArchivePermissionStateProps {
  url: string;
  offer: ArchiveOffer;
  onAllow: () => void;
}

/** A CPV capture on web.archive.org, which the extension may not read yet. */
export function ArchivePermissionState({ url, offer, onAllow }: ArchivePermissionStateProps) {
  const { t } = useI18n();
  return (
    <div class="state" data-testid="state-archive-permission">
      <h1 class="state-title">{t('archivePermissionTitle')}</h1>
      <p>{t('archivePermissionBody')}</p>
      <p class="muted small url" data-testid="archive-url">
        {url}
      </p>
      <ArchiveAccess offer={offer} onAllow={onAllow} />
    </div>
  );
}

/** What granting web.archive.org access does, the button that asks, and how it went. */
function ArchiveAccess({ offer, onAllow }: { offer: ArchiveOffer; onAllow: () => void }) {
  const { t } = useI18n();
  const requesting = offer.status === 'requesting';
  let statusText: string | null = null;
  if (requesting) statusText = t('archiveRequesting');
  else if (offer.status === 'denied') statusText = t('archiveDenied');
  else if (offer.status === 'failed') statusText = t('archiveFailed', offer.reason || t('unknownError'));
  return (
    <>
      <ul class="archive-points" data-testid="archive-explanation">
        <li>{t('archivePointRead')}</li>
        <li>{t('archivePointOnly')}</li>
        <li>{t('archivePointRevoke')}</li>
      </ul>
      <p>
        <button
          type="button"
          class="button primary"
          data-testid="archive-allow"
          disabled={requesting}
          aria-busy={requesting}
          onClick={onAllow}
        >
          {t('archiveAllowButton')}
        </button>
      </p>
      <p
        class={`small ${offer.status === 'failed' || offer.status === 'denied' ? 'error-text' : 'muted'}`}
        role="status"
        data-testid="archive-status"
        data-status={offer.status}
      >
        {statusText}
      </p>
    </>
  );
}

interface NeedsReloadStateProps {
  reloading: boolean;
  injecting: boolean;
  onReload: () => void;
  onInject: () => void;
}

export function NeedsReloadState({ reloading, injecting, onReload, onInject }: NeedsReloadStateProps) {
  const { t } = useI18n();
  const busy = reloading || injecting;
  return (
    <div class="state" data-testid="state-needs-reload">
      <h1 class="state-title">{t('needsReloadTitle')}</h1>
      <p>{t('needsReloadBody')}</p>
      <p class="button-row">
        <button
          type="button"
          class="button primary"
          data-testid="reload-button"
          disabled={busy}
          onClick={onReload}
        >
          {t('reloadButton')}
        </button>
        <button type="button" class="button" data-testid="inject-button" disabled={busy} onClick={onInject}>
          {t('injectButton')}
        </button>
      </p>
      <p class="muted small">{t('injectHint')}</p>
      <p class="muted small" role="status" data-testid="needs-reload-status">
        {reloading ? t('reloading') : injecting ? t('injecting') : null}
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
