import type { Notice } from '@/lib/library/state';
import { useText } from './text';

interface NoticeBarProps {
  notice: Notice | null;
  onUndo: () => void;
  onDismiss: () => void;
}

/** The single status area: polite for confirmations, assertive (alert) for failures. */
export function NoticeBar({ notice, onUndo, onDismiss }: NoticeBarProps) {
  const { t } = useText();
  const failed = notice?.kind === 'error' || notice?.kind === 'import-failed';
  return (
    <div
      class={`notice${notice ? ' shown' : ''}${failed ? ' failed' : ''}`}
      role={failed ? 'alert' : 'status'}
      data-testid="notice"
      data-kind={notice?.kind ?? ''}
    >
      {notice ? (
        <>
          <div class="notice-text">
            <NoticeText notice={notice} />
          </div>
          {notice.kind === 'deleted' || notice.kind === 'annotation-deleted' ? (
            <button type="button" class="button" data-testid="undo" onClick={onUndo}>
              {t('undo')}
            </button>
          ) : null}
          <button type="button" class="link-button" data-testid="dismiss" onClick={onDismiss}>
            {t('dismiss')}
          </button>
        </>
      ) : null}
    </div>
  );
}

function NoticeText({ notice }: { notice: Notice }) {
  const { t, plural } = useText();
  switch (notice.kind) {
    case 'deleted':
      return <p>{plural('deleted', notice.snapshot.articles.length)}</p>;
    case 'annotation-deleted':
      return <p>{t('annotationDeleted')}</p>;
    case 'info':
    case 'error':
      return <p>{notice.text}</p>;
    case 'imported': {
      const { articles, annotations } = notice.report;
      return (
        <div data-testid="import-report">
          <p>
            <strong>{t('importDone')}</strong>
          </p>
          <p data-testid="import-articles">
            {t('importArticles', articles.created, articles.updated, articles.unchanged)}
          </p>
          <p data-testid="import-annotations">
            {t('importAnnotations', annotations.added, annotations.updated, annotations.unchanged)}
          </p>
        </div>
      );
    }
    case 'import-failed':
      return (
        <div data-testid="import-error">
          <p>
            <strong>{t('importFailed')}</strong>
          </p>
          {notice.problems.length > 0 ? (
            <ul class="problems" data-testid="import-problems">
              {notice.problems.map((p, i) => (
                <li key={i}>
                  {p.index === null
                    ? t('importProblemFile', p.path, p.message)
                    : t('importProblemItem', p.index + 1, p.path, p.message)}
                </li>
              ))}
            </ul>
          ) : (
            <p>{notice.message}</p>
          )}
        </div>
      );
  }
}
