/**
 * The popup entry: wires the browser, the messaging client, settings and the local
 * analysis to `PopupApp`. No UI or state of its own.
 */
import '@/components/theme.css';
import '@/components/sections.css';
import '@/components/popup.css';
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { PopupApp } from '@/components/PopupApp';
import type { AnalyzeOptions } from '@/lib/analysis';
import type { Article } from '@/lib/cpv/article';
import { ARCHIVE_MATCH_PATTERNS } from '@/lib/cpv/hosts';
import { askBackground, askTab } from '@/lib/messaging/client';
import { type PopupDeps, tabIdFromSearch } from '@/lib/popup/flow';
import { DEFAULT_SETTINGS, loadSettings, saveSettings, watchSettings } from '@/lib/settings';

const LIBRARY_URL = browser.runtime.getURL('/library.html');

// Timeline marks for the bench (performance.getEntriesByType('mark')), so time-to-data
// can be broken down: module start → tab → page state → analysis → first data render
// (`popup:data`, marked by lib/popup/document.ts with <html data-time-to-data>).
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
  pageState: (tabId) => marked('popup:page-state', askTab(tabId, { type: 'page/state' })),
  fallback: async (tabId) => {
    const [{ url, html }, { readMarkup }] = await Promise.all([
      askTab(tabId, { type: 'page/html' }),
      import('@/lib/popup/fallback'),
    ]);
    return readMarkup(html, url);
  },
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
  archiveStatus: async () => (await askBackground({ type: 'archive/status' })).granted,
  inject: async (tabId, archive) => (await askBackground({ type: 'tab/inject', tabId, archive })).injected,
};

render(
  <PopupApp
    deps={deps}
    settings={{
      // Read from the start, in parallel with the tab and the analysis engine.
      ready: loadSettings().catch(() => ({ ...DEFAULT_SETTINGS })),
      save: saveSettings,
      watch: watchSettings,
    }}
    // Called synchronously by the click handler: the prompt needs the user gesture.
    requestArchiveAccess={() => browser.permissions.request({ origins: [...ARCHIVE_MATCH_PATTERNS] })}
    openLibrary={() => void browser.tabs.create({ url: LIBRARY_URL })}
    libraryUrl={LIBRARY_URL}
    extensionVersion={() => browser.runtime.getManifest().version ?? null}
    userAgent={navigator.userAgent}
  />,
  document.getElementById('app')!,
);
