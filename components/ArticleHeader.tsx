import type { Article } from '@/lib/cpv/article';
import { waybackCapturesListUrl } from '@/lib/cpv/wayback';
import { articleWords, formatPublished, readingMinutes, relativeTime } from '@/lib/popup/format';
import { useI18n } from './i18n';

interface ArticleHeaderProps {
  article: Article;
  /** The time "now" for relative dates (ms since the epoch). */
  now: number;
}

export function ArticleHeader({ article, now }: ArticleHeaderProps) {
  const { t, lang } = useI18n();
  const published = formatPublished(article.publishedAt, t);
  const relative = relativeTime(article.publishedAt, now, lang);
  const minutes = readingMinutes(articleWords(article));
  return (
    <header class="article-header">
      <h1 class="article-title" data-testid="popup-title">
        {article.title}
      </h1>
      <dl class="meta">
        <div class="meta-row">
          <dt class="visually-hidden">{t('publishedLabel')}</dt>
          <dd>
            {published && article.publishedAt ? (
              <>
                <time dateTime={article.publishedAt} data-testid="published-date">
                  {published}
                </time>
                {relative ? (
                  <span class="muted" data-testid="relative-time">
                    {' '}
                    · {relative}
                  </span>
                ) : null}
              </>
            ) : (
              <span class="muted" data-testid="published-date">
                {t('dateUnknown')}
              </span>
            )}
          </dd>
        </div>
        {article.category ? (
          <div class="meta-row">
            <dt class="meta-label">{t('categoryLabel')}</dt>
            <dd data-testid="category">{article.category}</dd>
          </div>
        ) : null}
        {article.author ? (
          <div class="meta-row">
            <dt class="meta-label">{t('authorLabel')}</dt>
            <dd data-testid="author">{article.author}</dd>
          </div>
        ) : null}
        <div class="meta-row">
          <dt class="visually-hidden">{t('readingTimeLabel')}</dt>
          <dd data-testid="reading-time">{t('readingTime', minutes)}</dd>
        </div>
      </dl>
      <ArchiveLine article={article} />
    </header>
  );
}

function ArchiveLine({ article }: { article: Article }) {
  const { t } = useI18n();
  if (article.archive) {
    const captured = formatPublished(article.archive.capturedAt, t) ?? article.archive.capturedAt;
    return (
      <p class="archive-note muted" data-testid="archive-note">
        {t('archivedCopy', captured)}
      </p>
    );
  }
  const url = article.canonicalUrl || article.url;
  if (!url) return null;
  return (
    <p class="archive-note">
      <a
        href={waybackCapturesListUrl(url)}
        target="_blank"
        rel="noopener noreferrer"
        data-testid="wayback-link"
      >
        {t('waybackLink')}
        <span class="visually-hidden"> {t('opensInNewTab')}</span>
      </a>
    </p>
  );
}
