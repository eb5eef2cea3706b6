import type { ArchiveCapture } from '@/lib/cpv/article';
import { waybackCapturesListUrl } from '@/lib/cpv/wayback';
import { formatDateTime, webUrl } from '@/lib/library/format';
import { useText } from './text';

interface CapturesPanelProps {
  captures: readonly ArchiveCapture[];
  originalUrl: string;
}

export function CapturesPanel({ captures, originalUrl }: CapturesPanelProps) {
  const { t } = useText();
  const listUrl = webUrl(waybackCapturesListUrl(originalUrl));
  return (
    <section class="panel" aria-labelledby="captures-heading" data-testid="captures">
      <h2 id="captures-heading">{t('capturesHeading')}</h2>
      {captures.length > 0 ? (
        <ul class="plain-list">
          {captures.map((c) => {
            const href = webUrl(c.url);
            const label = t('captureOf', formatDateTime(c.capturedAt) ?? c.capturedAt);
            return (
              <li key={c.url} data-testid="capture">
                {href ? (
                  <a href={href} target="_blank" rel="noopener noreferrer">
                    {label}
                  </a>
                ) : (
                  label
                )}
              </li>
            );
          })}
        </ul>
      ) : (
        <p class="muted">{t('capturesEmpty')}</p>
      )}
      {listUrl ? (
        <p>
          <a href={listUrl} target="_blank" rel="noopener noreferrer" data-testid="wayback-list">
            {t('waybackList')}
          </a>
        </p>
      ) : null}
    </section>
  );
}
