import { useEffect, useState } from 'preact/hooks';
import { fold } from '@/lib/analysis/normalize';
import { dateTimeAttribute, formatDate } from '@/lib/library/format';
import { articleHref, formatHash } from '@/lib/library/route';
import type { OfficialEntry } from '@/lib/store/officials';
import { useText } from './text';

const STEP = 40;

interface OfficialsViewProps {
  entries: readonly OfficialEntry[] | null;
  query: string;
  onQuery: (query: string) => void;
}

/** Each person across the collection, with the positions each article gives them, oldest first. */
export function OfficialsView({ entries, query, onQuery }: OfficialsViewProps) {
  const { t, number } = useText();
  const [draft, setDraft] = useState(query);
  const [shown, setShown] = useState(STEP);
  useEffect(() => setDraft(query), [query]);
  useEffect(() => setShown(STEP), [query]);
  const needle = fold(query.trim());
  const matching = entries?.filter((e) => !needle || fold(e.name).includes(needle)) ?? [];
  return (
    <div class="officials-view" data-testid="officials-view">
      <h1 id="view-heading" tabIndex={-1}>
        {t('officialsHeading')}
      </h1>
      <search>
        <form
          class="search-row"
          onSubmit={(e) => {
            e.preventDefault();
            onQuery(draft);
          }}
        >
          <label class="visually-hidden" for="officials-filter">
            {t('officialsFilter')}
          </label>
          <input
            id="officials-filter"
            type="search"
            class="input search-input"
            data-testid="officials-filter"
            placeholder={t('officialsFilter')}
            value={draft}
            onInput={(e) => setDraft(e.currentTarget.value)}
          />
          <button type="submit" class="button primary">
            {t('searchButton')}
          </button>
        </form>
      </search>
      <p role="status" class="results-count" data-testid="officials-count">
        {entries ? t('officialsCount', number(matching.length)) : t('loading')}
      </p>
      {entries && entries.length === 0 ? <p class="empty-state">{t('officialsEmpty')}</p> : null}
      {entries && entries.length > 0 && matching.length === 0 ? (
        <p class="empty-state">{t('officialsNoMatch')}</p>
      ) : null}
      <ul class="officials">
        {matching.slice(0, shown).map((entry) => (
          <OfficialCard key={entry.key} entry={entry} />
        ))}
      </ul>
      {matching.length > shown ? (
        <button
          type="button"
          class="button"
          data-testid="officials-more"
          onClick={() => setShown(shown + STEP)}
        >
          {t('showMore', number(matching.length - shown))}
        </button>
      ) : null}
    </div>
  );
}

function OfficialCard({ entry }: { entry: OfficialEntry }) {
  const { t, plural } = useText();
  const headingId = `official-${entry.key.replace(/\s+/g, '-')}`;
  return (
    <li class="official-card" data-testid="official-entry" aria-labelledby={headingId}>
      <div class="official-card-head">
        <h2 id={headingId} data-testid="official-entry-name">
          {entry.name}
        </h2>
        <span class="muted">{plural('appearances', entry.appearances.length)}</span>
        <a
          class="small-link"
          href={formatHash({ view: 'list', query: '', filters: { official: entry.name }, page: 1 })}
          data-testid="official-articles-link"
        >
          {t('filterByOfficial', entry.name)}
        </a>
      </div>
      <ol class="timeline" aria-label={t('positionsOverTime')}>
        {entry.appearances.map((a) => {
          const date = formatDate(a.publishedAt);
          return (
            <li key={a.articleKey} data-testid="official-appearance">
              <time class="muted" dateTime={dateTimeAttribute(a.publishedAt) ?? undefined}>
                {date ?? t('undated')}
              </time>{' '}
              <a href={articleHref(a.articleKey)}>{a.title}</a>
              {a.positions.length > 0 ? (
                <span class="timeline-positions">{a.positions.join('; ')}</span>
              ) : null}
            </li>
          );
        })}
      </ol>
    </li>
  );
}
