/**
 * The library page's one stateful component: it owns the route (the URL hash), the view
 * state reducer and the database, loads what the current view needs, and hands plain data
 * and callbacks down. Everything below it is presentational.
 */
import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'preact/hooks';
import { importCollection } from '@/lib/exchange/import';
import { ImportError } from '@/lib/exchange/read';
import {
  buildExport,
  type ExportFile,
  type ExportKind,
  type Facets,
  type ListData,
  loadFacets,
  loadList,
  loadReader,
  type ReaderData,
} from '@/lib/library/data';
import { formatHash, type ListRoute, parseHash, type Route } from '@/lib/library/route';
import { initialViewState, type Notice, reduceView } from '@/lib/library/state';
import { type LibraryLang, libraryText } from '@/lib/library/strings';
import { watchExternalChanges } from '@/lib/library/sync';
import {
  type AnnotationPatch,
  deleteAnnotation,
  restoreAnnotation,
  updateAnnotation,
} from '@/lib/store/annotations';
import { addTagsBulk, deleteArticles, restoreArticles, setTags, updateNote } from '@/lib/store/articles';
import { onChanged } from '@/lib/store/changes';
import type { CpvDatabase } from '@/lib/store/db';
import { type OfficialEntry, officialsIndex } from '@/lib/store/officials';
import { ListView } from './ListView';
import { NoticeBar } from './NoticeBar';
import { OfficialsView } from './OfficialsView';
import { ReaderView } from './ReaderView';
import { TextContext, useText } from './text';

export interface LibraryActions {
  navigate: (route: Route) => void;
  toggle: (key: string) => void;
  selectPage: (keys: readonly string[], selected: boolean) => void;
  clearSelection: () => void;
  bulkTag: (tags: string[]) => void;
  bulkDelete: () => void;
  exportFile: (kind: ExportKind, keys?: readonly string[]) => void;
  importFile: (file: File) => void;
  /** Resolves to whether the note was stored, so the editor keeps an unsaved draft. */
  saveNote: (key: string, note: string) => Promise<boolean>;
  setTags: (key: string, tags: string[]) => void;
  saveAnnotation: (id: string, patch: AnnotationPatch) => void;
  deleteAnnotation: (id: string) => void;
}

export interface LibraryAppProps {
  db: CpvDatabase;
  lang: LibraryLang;
  /** Saves an export; tests capture it instead. */
  download: (file: ExportFile) => void;
}

const NO_FACETS: Facets = { categories: [], tags: [] };

function readHash(): Route {
  return parseHash(typeof location === 'undefined' ? '' : location.hash);
}

/** Loads `load()` whenever `deps` change, keeping the previous value while the next one loads. */
function useLoad<T>(load: (() => Promise<T>) | null, deps: unknown[], onError: (error: unknown) => void) {
  const [value, setValue] = useState<T | null>(null);
  const [loadedFor, setLoadedFor] = useState<string>('');
  const depsKey = JSON.stringify(deps);
  useEffect(() => {
    if (!load) return;
    let live = true;
    load().then(
      (v) => {
        if (!live) return;
        setValue(v);
        setLoadedFor(depsKey);
      },
      (error) => live && onError(error),
    );
    return () => {
      live = false;
    };
  }, [depsKey]);
  return { value, loadedFor, depsKey };
}

export function LibraryApp({ db, lang, download }: LibraryAppProps) {
  const text = useMemo(() => libraryText(lang), [lang]);
  const [route, setRoute] = useState<Route>(readHash);
  const [view, dispatch] = useReducer(reduceView, initialViewState);
  const [version, setVersion] = useState(0);
  const viewRef = useRef(view);
  viewRef.current = view;

  const notify = useCallback((notice: Notice | null) => dispatch({ type: 'notice', notice }), []);
  const fail = useCallback(
    (error: unknown) =>
      notify({ kind: 'error', text: error instanceof Error ? error.message : String(error) }),
    [notify],
  );

  useEffect(() => {
    const onHash = () => setRoute(readHash());
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);

  // Every committed change, ours or (through the bridge) another connection's, reloads the view.
  useEffect(() => {
    let pending = false;
    const stop = onChanged(db, () => {
      if (pending) return;
      pending = true;
      queueMicrotask(() => {
        pending = false;
        setVersion((v) => v + 1);
      });
    });
    const stopExternal = watchExternalChanges(db, () => {});
    return () => {
      stop();
      stopExternal();
    };
  }, [db]);

  const list = useLoad<ListData>(
    route.view === 'list' ? () => loadList(db, route) : null,
    [route, version],
    fail,
  );
  const facets = useLoad<Facets>(
    route.view === 'list' ? () => loadFacets(db) : null,
    [route.view, version],
    fail,
  );
  const reader = useLoad<ReaderData | null>(
    route.view === 'article' ? () => loadReader(db, route.key) : null,
    [route, version],
    fail,
  );
  const officials = useLoad<OfficialEntry[]>(
    route.view === 'officials' ? () => officialsIndex(db) : null,
    [route.view, version],
    fail,
  );

  // A reload after an edit keeps showing the article (and the reader's drafts) meanwhile.
  const readerData = route.view === 'article' && reader.value?.record.key === route.key ? reader.value : null;
  const readerLoading = readerData === null && reader.loadedFor !== reader.depsKey;

  // Moving to another view moves focus to its heading, as a page load would for a screen reader.
  const viewId = route.view === 'article' ? `article:${route.key}` : route.view;
  const focusedView = useRef<string | null>(null);
  useEffect(() => {
    const heading = document.getElementById('view-heading');
    if (!heading || focusedView.current === viewId || readerLoading) return;
    const first = focusedView.current === null;
    focusedView.current = viewId;
    if (!first) heading.focus();
  });

  useEffect(() => {
    document.title = readerData ? `${readerData.record.article.title} — CPV Reader` : text.t('pageTitle');
  }, [readerData, text]);

  const actions = useMemo<LibraryActions>(() => {
    /** Runs a change; a failure is shown to the reader, and the caller learns it did not land. */
    const run = async (work: () => Promise<void>): Promise<boolean> => {
      dispatch({ type: 'busy', busy: true });
      try {
        await work();
        return true;
      } catch (error) {
        fail(error);
        return false;
      } finally {
        dispatch({ type: 'busy', busy: false });
      }
    };
    return {
      navigate(next) {
        const hash = formatHash(next);
        if (location.hash !== hash) location.hash = hash;
        setRoute(parseHash(hash));
      },
      toggle: (key) => dispatch({ type: 'toggle', key }),
      selectPage: (keys, selected) => dispatch({ type: 'select-page', keys, selected }),
      clearSelection: () => dispatch({ type: 'clear-selection' }),
      bulkTag: (tags) =>
        run(async () => {
          const count = await addTagsBulk(db, viewRef.current.selected, tags);
          notify({ kind: 'info', text: text.plural('tagged', count) });
        }),
      bulkDelete: () =>
        run(async () => {
          const keys = viewRef.current.selected;
          const snapshot = await deleteArticles(db, keys);
          dispatch({ type: 'forget', keys });
          notify({ kind: 'deleted', snapshot });
        }),
      exportFile: (kind, keys) =>
        run(async () => {
          const file = await buildExport(db, kind, keys);
          download(file);
          notify({ kind: 'info', text: text.t('exported', file.name) });
        }),
      importFile: (file) =>
        run(async () => {
          try {
            const report = await importCollection(db, file);
            notify({ kind: 'imported', report });
          } catch (error) {
            if (!(error instanceof ImportError)) throw error;
            notify({ kind: 'import-failed', message: error.message, problems: error.problems });
          }
        }),
      saveNote: (key, note) =>
        run(async () => {
          await updateNote(db, key, note);
          notify({ kind: 'info', text: text.t('noteSaved') });
        }),
      setTags: (key, tags) =>
        run(async () => {
          await setTags(db, key, tags);
        }),
      saveAnnotation: (id, patch) =>
        run(async () => {
          await updateAnnotation(db, id, patch);
          notify({ kind: 'info', text: text.t('annotationSaved') });
        }),
      deleteAnnotation: (id) =>
        run(async () => {
          const removed = await deleteAnnotation(db, id);
          if (removed) notify({ kind: 'annotation-deleted', annotation: removed });
        }),
    };
  }, [db, download, fail, notify, text]);

  const undo = useCallback(async () => {
    const notice = viewRef.current.notice;
    try {
      if (notice?.kind === 'deleted') await restoreArticles(db, notice.snapshot);
      else if (notice?.kind === 'annotation-deleted') await restoreAnnotation(db, notice.annotation);
      else return;
      notify({ kind: 'info', text: text.t('restored') });
    } catch (error) {
      fail(error);
    }
  }, [db, fail, notify, text]);

  return (
    <TextContext.Provider value={text}>
      <a class="skip-link" href="#main">
        {text.t('skipToContent')}
      </a>
      <header class="site-head">
        <a class="brand" href={formatHash({ view: 'list', query: '', filters: {}, page: 1 })}>
          <span class="brand-mark" aria-hidden="true">
            CPV
          </span>
          <span>Reader</span>
        </a>
        <nav aria-label={text.t('mainNav')}>
          <ul class="nav">
            <li>
              <a
                href="#/"
                data-testid="nav-articles"
                aria-current={route.view === 'list' ? 'page' : undefined}
              >
                {text.t('navArticles')}
              </a>
            </li>
            <li>
              <a
                href="#/officials"
                data-testid="nav-officials"
                aria-current={route.view === 'officials' ? 'page' : undefined}
              >
                {text.t('navOfficials')}
              </a>
            </li>
          </ul>
        </nav>
      </header>
      <NoticeBar notice={view.notice} onUndo={undo} onDismiss={() => notify(null)} />
      <main id="main" class="main" data-view={route.view}>
        {route.view === 'list' ? (
          <ListView
            route={route as ListRoute}
            data={list.value}
            facets={facets.value ?? NO_FACETS}
            selected={view.selected}
            busy={view.busy}
            actions={actions}
          />
        ) : route.view === 'article' ? (
          <ArticleRoute data={readerData} loading={readerLoading} actions={actions} />
        ) : (
          <OfficialsView
            entries={officials.value}
            query={route.query}
            onQuery={(query) => actions.navigate({ view: 'officials', query })}
          />
        )}
      </main>
    </TextContext.Provider>
  );
}

function ArticleRoute({
  data,
  loading,
  actions,
}: {
  data: ReaderData | null;
  loading: boolean;
  actions: LibraryActions;
}) {
  const text = useText();
  if (data) return <ReaderView data={data} actions={actions} />;
  return (
    <div class="reader" data-testid={loading ? 'reader-loading' : 'reader-missing'}>
      <h1 id="view-heading" tabIndex={-1}>
        {loading ? text.t('loading') : text.t('notFound')}
      </h1>
      <p>
        <a href="#/">← {text.t('back')}</a>
      </p>
    </div>
  );
}
