/**
 * The stateful popup (`PopupApp` + `usePopup`) against fake browser dependencies: the load
 * of the article, the re-analysis when the summary length changes, the time-to-data record
 * on <html>, settings persistence, and the archive permission click.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PopupApp, type PopupAppProps } from '@/components/PopupApp';
import type { Analysis } from '@/lib/analysis/types';
import type { Article } from '@/lib/cpv/article';
import { translate } from '@/lib/i18n';
import type { PageState } from '@/lib/messaging/protocol';
import type { PopupDeps } from '@/lib/popup/flow';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings';
import { makeAnalysis, makeArticle, makeSaved } from './fixtures';

const LIBRARY_URL = 'chrome-extension://abc/library.html';
/** The fixture article's address (the tab's). */
const URL_ = makeArticle().url;
const NO_RECEIVER = new Error('Could not establish connection. Receiving end does not exist.');

const articleReply = (article = makeArticle()): PageState => ({
  kind: 'article',
  url: article.url,
  detection: { isArticle: true, template: 'newspaper', reason: 'ok' },
  article,
  extractMs: 4,
});

/** An analysis with `summaryLength` summary sentences, as the real one would give. */
function analysisOf(article: Article, summaryLength: number): Analysis {
  return makeAnalysis({
    summary: article.blocks.slice(0, summaryLength).map((b, i) => ({
      text: 'text' in b ? String(b.text) : '',
      blockIndex: i,
    })),
  });
}

function fakeDeps(overrides: Partial<PopupDeps> = {}): PopupDeps {
  return {
    getTab: async () => ({ id: 7, url: URL_ }),
    pageState: async () => articleReply(),
    analyze: vi.fn(analysisOf),
    savedStatus: vi.fn(async () => null),
    save: async () => ({ status: 'created', saved: makeSaved() }),
    setNote: async (_key, note) => makeSaved({ note }),
    reveal: async () => ({ ok: true }),
    reloadTab: async () => undefined,
    copyText: async () => undefined,
    archiveStatus: async () => false,
    inject: async () => true,
    sleep: async () => undefined,
    ...overrides,
  };
}

/** Settings kept in memory; `external` plays another page changing them. */
function fakeSettings(start: Partial<Settings> = {}) {
  let stored: Settings = { ...DEFAULT_SETTINGS, ...start };
  const listeners = new Set<(s: Settings) => void>();
  return {
    port: {
      ready: Promise.resolve({ ...stored }),
      save: vi.fn(async (patch: Partial<Settings>) => {
        stored = { ...stored, ...patch };
        return { ...stored };
      }),
      watch: (listener: (s: Settings) => void) => {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
    },
    external(patch: Partial<Settings>) {
      stored = { ...stored, ...patch };
      for (const listener of listeners) listener({ ...stored });
    },
  };
}

let root: HTMLElement | null = null;

function mount(overrides: Partial<PopupAppProps> = {}) {
  const settings = fakeSettings();
  const props: PopupAppProps = {
    deps: fakeDeps(),
    settings: settings.port,
    requestArchiveAccess: vi.fn(async () => true),
    openLibrary: vi.fn(),
    libraryUrl: LIBRARY_URL,
    extensionVersion: () => '1.2.3',
    userAgent: 'test-agent',
    ...overrides,
  };
  root = document.createElement('div');
  document.body.append(root);
  const el = root;
  act(() => render(<PopupApp {...props} />, el));
  return {
    props,
    settings,
    q: (id: string) => el.querySelector<HTMLElement>(`[data-testid="${id}"]`),
    all: (id: string) => [...el.querySelectorAll<HTMLElement>(`[data-testid="${id}"]`)],
  };
}

/** Lets the load (which waits a frame before the analysis) and the renders finish. */
async function settle() {
  await act(async () => {
    for (let i = 0; i < 5; i++) await new Promise((resolve) => setTimeout(resolve, 0));
  });
}

function click(el: Element | null) {
  expect(el).not.toBeNull();
  act(() => {
    (el as HTMLElement).click();
  });
}

function clearDocument() {
  const html = document.documentElement;
  delete html.dataset.timeToData;
  delete html.dataset.popupState;
  delete html.dataset.theme;
}

beforeEach(clearDocument);

afterEach(() => {
  if (root) {
    render(null, root);
    root.remove();
    root = null;
  }
  clearDocument();
  vi.restoreAllMocks();
});

describe('PopupApp', () => {
  it('loads the article of the tab: facts, analysis, saved status', async () => {
    const { props, q, all } = mount({ settings: fakeSettings({ language: 'en' }).port });
    expect(q('state-loading')).not.toBeNull();
    await settle();
    expect(q('popup-title')?.textContent).toBe(makeArticle().title);
    expect(all('summary-item')).toHaveLength(3);
    expect(props.deps.analyze).toHaveBeenCalledOnce();
    expect(props.deps.analyze).toHaveBeenCalledWith(expect.objectContaining({ url: URL_ }), 3);
    expect(props.deps.savedStatus).toHaveBeenCalledWith(URL_);
    expect(document.documentElement.dataset.popupState).toBe('article');
    expect(document.documentElement.lang).toBe('en');
    expect(document.title).toBe(translate('en', 'extName'));
    const library = q('library-link') as HTMLAnchorElement;
    expect(library.getAttribute('href')).toBe(LIBRARY_URL);
    click(library);
    expect(props.openLibrary).toHaveBeenCalledOnce();
  });

  it('analyses with the stored summary length', async () => {
    const { props, all } = mount({ settings: fakeSettings({ summaryLength: 2 }).port });
    await settle();
    expect(props.deps.analyze).toHaveBeenCalledOnce();
    expect(props.deps.analyze).toHaveBeenCalledWith(expect.anything(), 2);
    expect(all('summary-item')).toHaveLength(2);
  });

  it('re-analyses when the summary length setting changes, here or in another page', async () => {
    const settings = fakeSettings();
    const { props, q, all } = mount({ settings: settings.port });
    await settle();
    const analyze = vi.mocked(props.deps.analyze);
    expect(analyze).toHaveBeenCalledTimes(1);

    click(q('settings-button'));
    const select = q('settings-summary-length') as HTMLSelectElement;
    act(() => {
      select.value = '5';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await settle();
    expect(settings.port.save).toHaveBeenCalledWith({ summaryLength: 5 });
    expect(analyze).toHaveBeenCalledTimes(2);
    expect(analyze).toHaveBeenLastCalledWith(expect.anything(), 5);
    click(q('settings-button'));
    expect(all('summary-item')).toHaveLength(5);

    // Another setting leaves the analysis alone.
    click(q('settings-button'));
    click(q('settings-language-en'));
    await settle();
    expect(settings.port.save).toHaveBeenLastCalledWith({ language: 'en' });
    expect(analyze).toHaveBeenCalledTimes(2);

    act(() => settings.external({ summaryLength: 2 }));
    await settle();
    expect(analyze).toHaveBeenCalledTimes(3);
    expect(analyze).toHaveBeenLastCalledWith(expect.anything(), 2);
    click(q('settings-button'));
    expect(all('summary-item')).toHaveLength(2);
  });

  it('shows why a setting could not be saved', async () => {
    const settings = fakeSettings();
    settings.port.save.mockRejectedValueOnce(new Error('quota exceeded'));
    const { q } = mount({ settings: settings.port });
    await settle();
    click(q('settings-button'));
    click(q('settings-language-en'));
    await settle();
    expect(q('settings-view')?.textContent).toContain('quota exceeded');
  });

  it('records data-time-to-data once, on the first render with data', async () => {
    const mark = vi.spyOn(performance, 'mark');
    let answer: (reply: PageState) => void = () => undefined;
    const pageState = () => new Promise<PageState>((resolve) => (answer = resolve));
    const { q } = mount({ deps: fakeDeps({ pageState }) });
    await settle();
    const html = document.documentElement;
    expect(html.dataset.popupState).toBe('loading');
    expect(html.dataset.timeToData).toBeUndefined();
    expect(mark).not.toHaveBeenCalledWith('popup:data');

    act(() => answer(articleReply()));
    await settle();
    expect(html.dataset.popupState).toBe('article');
    const recorded = html.dataset.timeToData;
    expect(recorded).toMatch(/^\d+\.\d$/);
    expect(mark.mock.calls.filter(([name]) => name === 'popup:data')).toHaveLength(1);

    // Later renders (the settings view, back) do not record it again.
    click(q('settings-button'));
    click(q('settings-button'));
    await settle();
    expect(html.dataset.timeToData).toBe(recorded);
    expect(mark.mock.calls.filter(([name]) => name === 'popup:data')).toHaveLength(1);
  });

  it('a tab without a script records the state it shows', async () => {
    mount({ deps: fakeDeps({ getTab: async () => null }) });
    await settle();
    expect(document.documentElement.dataset.popupState).toBe('not-cpv');
    expect(document.documentElement.dataset.timeToData).toBeDefined();
  });

  it('asks for archive access synchronously in the click, then injects and reloads', async () => {
    const capture = `https://web.archive.org/web/20240105083012/${URL_}`;
    let granted = false;
    let callsInClick = -1;
    const inject = vi.fn(async () => true);
    const pageState = vi.fn(async () => {
      if (!granted) throw NO_RECEIVER;
      return articleReply(makeArticle({ url: capture }));
    });
    const requestArchiveAccess = vi.fn(async () => {
      granted = true;
      return true;
    });
    const { q } = mount({
      deps: fakeDeps({
        getTab: async () => ({ id: 9, url: capture }),
        pageState,
        archiveStatus: async () => granted,
        inject,
      }),
      requestArchiveAccess,
    });
    await settle();
    expect(q('state-archive-permission')).not.toBeNull();
    const allow = q('archive-allow');
    act(() => {
      allow?.click();
      callsInClick = requestArchiveAccess.mock.calls.length;
    });
    expect(callsInClick).toBe(1);
    await settle();
    expect(inject).toHaveBeenCalledWith(9, true);
    expect(q('popup-title')?.textContent).toBe(makeArticle().title);
  });

  it('copies the diagnostic with the extension version and user agent', async () => {
    const copyText = vi.fn(async (_text: string) => undefined);
    const { q } = mount({
      deps: fakeDeps({ pageState: async () => Promise.reject(new Error('boom')), copyText }),
    });
    await settle();
    expect(q('state-error')).not.toBeNull();
    click(q('copy-diagnostic'));
    await settle();
    const json = JSON.parse(copyText.mock.calls[0]?.[0] ?? '{}');
    expect(json).toMatchObject({ extensionVersion: '1.2.3', userAgent: 'test-agent', error: 'boom' });
  });
});
