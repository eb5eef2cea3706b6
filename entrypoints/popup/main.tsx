/**
 * The popup entry: wires the browser, the messaging client, settings and the local
 * analysis to the presentational `Popup`. No UI of its own.
 */
import '@/components/theme.css';
import '@/components/sections.css';
import '@/components/popup.css';
import { render } from 'preact';
import { useCallback, useEffect, useLayoutEffect, useMemo, useReducer, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { Popup, type PopupActions } from '@/components/Popup';
import type { AnalyzeOptions } from '@/lib/analysis';
import type { Article } from '@/lib/cpv/article';
import { ARCHIVE_MATCH_PATTERNS } from '@/lib/cpv/hosts';
import { resolveLanguage, translate } from '@/lib/i18n';
import { askBackground, askTab } from '@/lib/messaging/client';
import type { Request } from '@/lib/messaging/protocol';
import {
  copyDiagnostic,
  diagnosticJson,
  grantArchiveAccess,
  injectTab,
  loadPopup,
  type PopupDeps,
  reloadTab,
  revealBlock,
  saveArticle,
  saveNote,
  tabIdFromSearch,
} from '@/lib/popup/flow';
import { initialState, type PopupState, reduce } from '@/lib/popup/state';
import { DEFAULT_SETTINGS, loadSettings, type Settings, saveSettings, watchSettings } from '@/lib/settings';

const LIBRARY_PATH = '/library.html';

// Timeline marks for the bench (performance.getEntriesByType('mark')), so time-to-data
// can be broken down: module start → tab → page state → analysis → first data render.
performance.mark('popup:module');
// The analysis engine is the popup's largest module: it loads while the tab is asked for its article.
const engine = import('@/lib/analysis');
const analyze = async (article: Article, options: AnalyzeOptions) => (await engine).analyze(article, options);
const marked = <T,>(name: string, value: Promise<T> | T): Promise<T> =>
  Promise.resolve(value).then((v) => {
    performance.mark(name);
    return v;
  });

const deps: PopupDeps = {
  async getTab() {
    const fromQuery = tabIdFromSearch(location.search);
    if (fromQuery !== null) {
      const tab = await marked('popup:tab', browser.tabs.get(fromQuery));
      return { id: fromQuery, url: tab.url };
    }
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    return tab?.id === undefined ? null : { id: tab.id, url: tab.url };
  },
  // `Request<'page/state'>` is `{type} & Record<string, never>`, which no literal satisfies.
  pageState: (tabId) =>
    marked('popup:page-state', askTab(tabId, { type: 'page/state' } as Request<'page/state'>)),
  analyze: (article, summaryLength) => marked('popup:analysis', analyze(article, { summaryLength })),
  savedStatus: (url) => askBackground({ type: 'store/status', url }),
  save: (article, analysis, note) =>
    askBackground({ type: 'store/save', article, analysis, ...(note === undefined ? {} : { note }) }),
  setNote: (key, note) => askBackground({ type: 'store/set-note', key, note }),
  reveal: (tabId, blockIndex, text) =>
    askTab(tabId, { type: 'page/reveal', blockIndex, ...(text === undefined ? {} : { text }) }),
  async reloadTab(tabId) {
    await browser.tabs.reload(tabId);
  },
  copyText: (text) => navigator.clipboard.writeText(text),
  archiveStatus: async () =>
    (await askBackground({ type: 'archive/status' } as Request<'archive/status'>)).granted,
  inject: async (tabId, archive) => (await askBackground({ type: 'tab/inject', tabId, archive })).injected,
};

const settingsReady = loadSettings().catch(() => ({ ...DEFAULT_SETTINGS }));

function applyDocument(settings: Settings, lang: 'vi' | 'en') {
  const root = document.documentElement;
  root.lang = lang;
  if (settings.theme === 'auto') delete root.dataset.theme;
  else root.dataset.theme = settings.theme;
  document.title = translate(lang, 'extName');
}

function App() {
  const [state, dispatch] = useReducer<PopupState, Parameters<typeof reduce>[1]>(reduce, initialState);
  const [settings, setSettings] = useState<Settings>({ ...DEFAULT_SETTINGS });
  const [settingsError, setSettingsError] = useState<string | undefined>(undefined);
  const stateRef = useRef(state);
  stateRef.current = state;
  const settingsRef = useRef(settings);
  settingsRef.current = settings;
  const lang = resolveLanguage(settings.language);
  const now = useMemo(() => Date.now(), []);

  useLayoutEffect(() => applyDocument(settings, lang), [settings, lang]);

  // Load: settings and page in parallel; the analysis waits for the summary length.
  const loadPage = useCallback(
    () => loadPopup(deps, () => settingsReady.then((s) => s.summaryLength), dispatch),
    [],
  );
  useEffect(() => {
    settingsReady.then(setSettings);
    void loadPage();
    return watchSettings(setSettings);
  }, [loadPage]);

  // Time to data: the first render that shows something other than "loading".
  const recorded = useRef(false);
  useLayoutEffect(() => {
    const root = document.documentElement;
    root.dataset.popupState = state.page.kind;
    if (!recorded.current && state.page.kind !== 'loading') {
      recorded.current = true;
      performance.mark('popup:data');
      root.dataset.timeToData = performance.now().toFixed(1);
    }
  }, [state.page.kind]);

  // A new summary length re-runs the (local) analysis of the article on screen.
  const analyzedLength = useRef<number | null>(null);
  useEffect(() => {
    const page = stateRef.current.page;
    if (page.kind !== 'article') return;
    if (analyzedLength.current === null) {
      analyzedLength.current = settings.summaryLength;
      return;
    }
    if (analyzedLength.current === settings.summaryLength) return;
    analyzedLength.current = settings.summaryLength;
    Promise.resolve(analyze(page.article, { summaryLength: settings.summaryLength }))
      .then((analysis) => dispatch({ type: 'analysis/updated', analysis }))
      .catch(() => undefined);
  }, [settings.summaryLength, state.page.kind]);

  const onSettingsChange = useCallback(
    async (patch: Partial<Settings>) => {
      setSettings({ ...settingsRef.current, ...patch });
      try {
        setSettings(await saveSettings(patch));
        setSettingsError('');
      } catch (error) {
        setSettingsError(
          error instanceof Error && error.message ? error.message : translate(lang, 'unknownError'),
        );
      }
    },
    [lang],
  );

  const actions: PopupActions = useMemo(
    () => ({
      onReveal: (blockIndex, text) => void revealBlock(deps, stateRef.current, dispatch, blockIndex, text),
      onSave: () => void saveArticle(deps, stateRef.current, dispatch),
      onNoteInput: (text) => dispatch({ type: 'note/edit', text }),
      onNoteBlur: () => void saveNote(deps, stateRef.current, dispatch, false),
      onNoteSave: () => void saveNote(deps, stateRef.current, dispatch, true),
      onOpenLibrary: () => void browser.tabs.create({ url: browser.runtime.getURL(LIBRARY_PATH) }),
      onReload: () => void reloadTab(deps, stateRef.current, dispatch),
      onInject: () => void injectTab(deps, stateRef.current, dispatch, loadPage),
      onAllowArchive: () => {
        // First thing: the prompt needs the click's user gesture, which an await would lose.
        const requested = browser.permissions.request({ origins: [...ARCHIVE_MATCH_PATTERNS] });
        void grantArchiveAccess(deps, stateRef.current, dispatch, requested, loadPage);
      },
      onCopyDiagnostic: () =>
        void copyDiagnostic(
          deps,
          diagnosticJson(
            stateRef.current,
            browser.runtime.getManifest().version ?? null,
            navigator.userAgent,
          ),
          dispatch,
        ),
      onOpenSettings: () => {
        setSettingsError(undefined);
        dispatch({ type: 'view/settings' });
      },
      onCloseSettings: () => dispatch({ type: 'view/main' }),
      onSettingsChange: (patch) => void onSettingsChange(patch),
    }),
    [onSettingsChange, loadPage],
  );

  return (
    <Popup
      lang={lang}
      state={state}
      settings={settings}
      settingsError={settingsError}
      now={now}
      libraryUrl={browser.runtime.getURL(LIBRARY_PATH)}
      actions={actions}
    />
  );
}

render(<App />, document.getElementById('app')!);
