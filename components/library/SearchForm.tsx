import { useEffect, useState } from 'preact/hooks';
import type { Facets } from '@/lib/library/data';
import { HOME, hasCriteria, type ListRoute } from '@/lib/library/route';
import type { ListFilters } from '@/lib/store/types';
import { useText } from './text';

interface SearchFormProps {
  route: ListRoute;
  facets: Facets;
  onSearch: (route: ListRoute) => void;
}

/** Search box and filters. Drafts live here until submitted; the URL hash holds what is applied. */
export function SearchForm({ route, facets, onSearch }: SearchFormProps) {
  const { t } = useText();
  const [query, setQuery] = useState(route.query);
  const [filters, setFilters] = useState<ListFilters>(route.filters);
  // Back/forward or a link changes the applied search: show it.
  useEffect(() => {
    setQuery(route.query);
    setFilters(route.filters);
  }, [route]);

  const apply = (next: ListFilters = filters) => onSearch({ view: 'list', query, filters: next, page: 1 });
  const set = (name: keyof ListFilters, value: string, submit = false) => {
    const next = { ...filters, [name]: value };
    setFilters(next);
    if (submit) apply(next);
  };
  const filtersActive = Object.keys(route.filters).length > 0;

  return (
    <search>
      <form
        class="search"
        data-testid="search-form"
        onSubmit={(e) => {
          e.preventDefault();
          apply();
        }}
      >
        <label class="visually-hidden" for="search-query">
          {t('searchLabel')}
        </label>
        <div class="search-row">
          <input
            id="search-query"
            class="input search-input"
            type="search"
            data-testid="search-input"
            placeholder={t('searchPlaceholder')}
            value={query}
            onInput={(e) => setQuery(e.currentTarget.value)}
          />
          <button type="submit" class="button primary" data-testid="search-button">
            {t('searchButton')}
          </button>
          {hasCriteria(route) ? (
            <button
              type="button"
              class="button"
              data-testid="clear-search"
              onClick={() => {
                setQuery('');
                setFilters({});
                onSearch(HOME);
              }}
            >
              {t('clearFilters')}
            </button>
          ) : null}
        </div>
        <details class="filters" open={filtersActive}>
          <summary>{t('filtersHeading')}</summary>
          <div class="filter-grid">
            <TextFilter
              id="filter-official"
              label={t('filterOfficial')}
              value={filters.official ?? ''}
              onInput={(v) => set('official', v)}
            />
            <TextFilter
              id="filter-code"
              label={t('filterDocument')}
              value={filters.documentCode ?? ''}
              onInput={(v) => set('documentCode', v)}
            />
            <SelectFilter
              id="filter-category"
              label={t('filterCategory')}
              value={filters.category ?? ''}
              options={facets.categories}
              onChange={(v) => set('category', v, true)}
            />
            <SelectFilter
              id="filter-tag"
              label={t('filterTag')}
              value={filters.tag ?? ''}
              options={facets.tags}
              onChange={(v) => set('tag', v, true)}
            />
            <div class="field">
              <label for="filter-from">{t('filterFrom')}</label>
              <input
                id="filter-from"
                class="input"
                type="date"
                data-testid="filter-from"
                value={filters.from ?? ''}
                onChange={(e) => set('from', e.currentTarget.value, true)}
              />
            </div>
            <div class="field">
              <label for="filter-to">{t('filterTo')}</label>
              <input
                id="filter-to"
                class="input"
                type="date"
                data-testid="filter-to"
                value={filters.to ?? ''}
                onChange={(e) => set('to', e.currentTarget.value, true)}
              />
            </div>
          </div>
        </details>
      </form>
    </search>
  );
}

interface TextFilterProps {
  id: string;
  label: string;
  value: string;
  onInput: (value: string) => void;
}

function TextFilter({ id, label, value, onInput }: TextFilterProps) {
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <input
        id={id}
        class="input"
        type="text"
        data-testid={id}
        value={value}
        onInput={(e) => onInput(e.currentTarget.value)}
      />
    </div>
  );
}

interface SelectFilterProps {
  id: string;
  label: string;
  value: string;
  options: readonly string[];
  onChange: (value: string) => void;
}

function SelectFilter({ id, label, value, options, onChange }: SelectFilterProps) {
  const { t } = useText();
  // A filter from a link may name a value no longer in the collection: keep it selectable.
  const shown = value && !options.includes(value) ? [value, ...options] : options;
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <select
        id={id}
        class="input"
        data-testid={id}
        value={value}
        onChange={(e) => onChange(e.currentTarget.value)}
      >
        <option value="">{t('filterAny')}</option>
        {shown.map((o) => (
          <option key={o} value={o}>
            {o}
          </option>
        ))}
      </select>
    </div>
  );
}
