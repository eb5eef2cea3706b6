import { dateTimeAttribute, formatDate, leadingOfficials } from '@/lib/library/format';
import { articleHref } from '@/lib/library/route';
import type { ArticleRecord } from '@/lib/store/types';
import { useText } from './text';

interface ArticleRowProps {
  record: ArticleRecord;
  selected: boolean;
  onToggle: (key: string) => void;
}

export function ArticleRow({ record, selected, onToggle }: ArticleRowProps) {
  const { t } = useText();
  const { article } = record;
  const date = formatDate(article.publishedAt);
  const officials = leadingOfficials(record.analysis.officials);
  const checkboxId = `select-${record.key}`;
  return (
    <li class={`row${selected ? ' selected' : ''}`} data-testid="article-row" data-key={record.key}>
      <input
        id={checkboxId}
        type="checkbox"
        class="row-check"
        data-testid="row-select"
        checked={selected}
        aria-label={t('selectArticle', article.title)}
        onChange={() => onToggle(record.key)}
      />
      <div class="row-main">
        <a class="row-title" href={articleHref(record.key)} data-testid="article-link">
          {article.title}
        </a>
        <div class="row-meta muted">
          {date ? (
            <time dateTime={dateTimeAttribute(article.publishedAt) ?? undefined} data-testid="row-date">
              {date}
            </time>
          ) : null}
          {article.category ? (
            <span class="row-category" data-testid="row-category">
              {article.category}
            </span>
          ) : null}
          {officials.names.length > 0 ? (
            <span class="row-officials" data-testid="row-officials">
              {officials.names.join(', ')}
              {officials.more > 0 ? ` +${officials.more}` : ''}
            </span>
          ) : null}
        </div>
        {record.tags.length > 0 ? (
          <ul class="tags inline" aria-label={t('tagsHeading')}>
            {record.tags.map((tag) => (
              <li key={tag} class="tag">
                {tag}
              </li>
            ))}
          </ul>
        ) : null}
      </div>
    </li>
  );
}
