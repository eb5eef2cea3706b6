import { useEffect, useRef } from 'preact/hooks';
import type { Facets, ListData } from '@/lib/library/data';
import { hasCriteria, type ListRoute } from '@/lib/library/route';
import { pageSelection } from '@/lib/library/state';
import { ArticleRow } from './ArticleRow';
import { BulkBar } from './BulkBar';
import { ExchangePanel } from './ExchangePanel';
import type { LibraryActions } from './LibraryApp';
import { Pager } from './Pager';
import { SearchForm } from './SearchForm';
import { useText } from './text';

interface ListViewProps {
  route: ListRoute;
  data: ListData | null;
  facets: Facets;
  selected: readonly string[];
  busy: boolean;
  actions: LibraryActions;
}

export function ListView({ route, data, facets, selected, busy, actions }: ListViewProps) {
  const { t, plural, number } = useText();
  const keys = data?.items.map((r) => r.key) ?? [];
  const pageState = pageSelection(selected, keys);
  const selectedSet = new Set(selected);
  return (
    <div class="list-view" data-testid="list-view">
      <div class="view-head">
        <h1 id="view-heading" tabIndex={-1}>
          {t('libraryHeading')}
        </h1>
        <ExchangePanel
          busy={busy}
          onExport={(kind) => actions.exportFile(kind)}
          onImport={actions.importFile}
        />
      </div>
      <SearchForm route={route} facets={facets} onSearch={actions.navigate} />
      <p class="results-count" role="status" data-testid="results-count" data-total={data?.total ?? ''}>
        {data
          ? data.total > 0
            ? `${plural('resultsCount', data.total)} · ${t('resultsOf', number(data.info.first), number(data.info.last), number(data.total))}`
            : ''
          : t('loading')}
      </p>
      {selected.length > 0 ? (
        <BulkBar
          count={selected.length}
          busy={busy}
          onTag={actions.bulkTag}
          onDelete={actions.bulkDelete}
          onExport={() => actions.exportFile('json', [...selected])}
          onClear={actions.clearSelection}
        />
      ) : null}
      {data && data.items.length > 0 ? (
        <>
          <div class="select-page">
            <PageCheckbox
              state={pageState}
              onChange={(checked) => actions.selectPage(keys, checked)}
              label={t('selectPage')}
            />
          </div>
          <ul class="rows" aria-label={t('listLabel')} data-testid="article-list">
            {data.items.map((record) => (
              <ArticleRow
                key={record.key}
                record={record}
                selected={selectedSet.has(record.key)}
                onToggle={actions.toggle}
              />
            ))}
          </ul>
          <Pager info={data.info} onPage={(page) => actions.navigate({ ...route, page })} />
        </>
      ) : data ? (
        <p class="empty-state" data-testid={hasCriteria(route) ? 'no-results' : 'empty-library'}>
          {hasCriteria(route) ? t('noResults') : t('emptyLibrary')}
        </p>
      ) : null}
    </div>
  );
}

interface PageCheckboxProps {
  state: 'all' | 'some' | 'none';
  label: string;
  onChange: (checked: boolean) => void;
}

function PageCheckbox({ state, label, onChange }: PageCheckboxProps) {
  const ref = useRef<HTMLInputElement>(null);
  // `indeterminate` is a property only, not an attribute.
  useEffect(() => {
    if (ref.current) ref.current.indeterminate = state === 'some';
  }, [state]);
  return (
    <label class="check-label">
      <input
        ref={ref}
        type="checkbox"
        data-testid="select-page"
        checked={state === 'all'}
        onChange={(e) => onChange(e.currentTarget.checked)}
      />
      {label}
    </label>
  );
}
