/**
 * The popup's side effects, written against injected dependencies so they are testable
 * without a browser: the entry point supplies the real `browser`/messaging calls.
 */
import type { Analysis } from '../analysis/types';
import type { Article } from '../cpv/article';
import type { PageState, SavedStatus } from '../messaging/protocol';
import { DEFAULT_SETTINGS } from '../settings';
import {
  archiveOffer,
  errorMessage,
  isNoReceiver,
  type PopupAction,
  type PopupState,
  pageStateAction,
  savedRecord,
  tabFailureAction,
  tabPlace,
} from './state';

export interface PopupTab {
  id: number;
  /** Hidden by the browser for hosts we have no permission for. */
  url?: string;
}

export interface PopupDeps {
  /** The tab the popup is about (`?tabId=N`, else the active tab of the current window). */
  getTab(): Promise<PopupTab | null>;
  pageState(tabId: number): Promise<PageState>;
  analyze(article: Article, summaryLength: number): Analysis | Promise<Analysis>;
  savedStatus(url: string): Promise<SavedStatus | null>;
  save(
    article: Article,
    analysis: Analysis,
    note?: string,
  ): Promise<{ status: 'created' | 'updated' | 'unchanged'; saved: SavedStatus }>;
  setNote(key: string, note: string): Promise<SavedStatus>;
  reveal(tabId: number, blockIndex: number, text?: string): Promise<{ ok: boolean }>;
  reloadTab(tabId: number): Promise<void>;
  copyText(text: string): Promise<void>;
  /** Whether the optional web.archive.org permission is granted (`archive/status`). */
  archiveStatus(): Promise<boolean>;
  /** Runs the live (or archive) content script in an open tab (`tab/inject`). */
  inject(tabId: number, archive: boolean): Promise<boolean>;
  /** Waits a little (between attempts to reach a freshly injected script). */
  sleep?(ms: number): Promise<void>;
  /**
   * Reads the tab's page with Mozilla Readability as the last resort, when the extractor
   * found no body there. Null when that finds no article either.
   */
  fallback?(tabId: number): Promise<Article | null>;
}

export type Dispatch = (action: PopupAction) => void;

/** The tab id from the popup's own address (`popup.html?tabId=12`), if any. */
export function tabIdFromSearch(search: string): number | null {
  const raw = new URLSearchParams(search).get('tabId');
  if (raw === null || !/^\d+$/.test(raw)) return null;
  const id = Number(raw);
  return Number.isSafeInteger(id) ? id : null;
}

/** The address `store/status` is asked about. */
export function statusUrl(article: Article): string {
  return article.canonicalUrl || article.url;
}

type SummaryLength = () => number | Promise<number>;

/** Tab → page state → local analysis → saved status. Dispatches as soon as each is known. */
export async function loadPopup(deps: PopupDeps, summaryLength: SummaryLength, dispatch: Dispatch) {
  let tab: PopupTab | null;
  try {
    tab = await deps.getTab();
  } catch {
    tab = null;
  }
  if (!tab) {
    dispatch({ type: 'page/not-cpv' });
    return;
  }
  let reply: PageState;
  try {
    reply = await deps.pageState(tab.id);
  } catch (error) {
    const injected = await withoutScript(deps, tab, error, dispatch);
    if (!injected) return;
    reply = injected;
  }
  await showReply(deps, tab.id, reply, summaryLength, dispatch);
}

/**
 * The tab has no content script that answers. A capture of a CPV page gets the archive
 * script when access is granted (the tab was open before the grant), or the permission
 * offer when it is not; a hidden address may be a capture we cannot see. Returns the
 * page state when the archive script was injected and answered.
 */
async function withoutScript(
  deps: PopupDeps,
  tab: PopupTab,
  error: unknown,
  dispatch: Dispatch,
): Promise<PageState | null> {
  const place = tabPlace(tab.url);
  if (!isNoReceiver(error) || place === 'cpv' || place === 'other') {
    dispatch(tabFailureAction(tab.id, tab.url, error));
    return null;
  }
  let granted: boolean;
  try {
    granted = await deps.archiveStatus();
  } catch {
    granted = false;
  }
  if (place === 'hidden' || !tab.url) {
    // With access granted a capture's address would be visible: this is no capture.
    dispatch({ type: 'page/not-cpv', archiveOffer: !granted });
    return null;
  }
  if (!granted) {
    dispatch({ type: 'page/archive-permission', tabId: tab.id, url: tab.url });
    return null;
  }
  try {
    if (!(await deps.inject(tab.id, true)))
      throw new Error('The archive script could not be run in this tab.');
    return await stateAfterInjection(deps, tab.id);
  } catch (failure) {
    const message = errorMessage(failure);
    dispatch({
      type: 'page/error',
      url: tab.url,
      error: message,
      diagnostic: { stage: 'tab/inject', url: tab.url, archive: true, error: message },
    });
    return null;
  }
}

/** The page state of a script injected a moment ago (it may take a moment to listen). */
async function stateAfterInjection(deps: PopupDeps, tabId: number, attempts = 4): Promise<PageState> {
  const sleep = deps.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  for (let attempt = 1; ; attempt++) {
    try {
      return await deps.pageState(tabId);
    } catch (error) {
      if (!isNoReceiver(error) || attempt >= attempts) throw error;
      await sleep(100 * attempt);
    }
  }
}

async function showReply(
  deps: PopupDeps,
  tabId: number,
  answer: PageState,
  summaryLength: SummaryLength,
  dispatch: Dispatch,
) {
  const reply = await withFallback(deps, tabId, answer);
  if (reply.kind !== 'article') {
    const action = pageStateAction(tabId, reply, null);
    if (action) dispatch(action);
    return;
  }
  // The article's own facts (title, date, author…) are on screen at once; the analysis
  // follows a frame later, and the saved status arrives in parallel with it.
  dispatch({
    type: 'page/article',
    tabId,
    article: reply.article,
    analysis: null,
    extractMs: reply.extractMs,
  });
  const status = deps.savedStatus(statusUrl(reply.article)).then(
    (saved) => dispatch({ type: 'status/loaded', saved }),
    (error: unknown) => dispatch({ type: 'status/failed', reason: errorMessage(error) }),
  );
  try {
    await nextFrame();
    dispatch({
      type: 'analysis/updated',
      analysis: await deps.analyze(reply.article, await summaryLength()),
    });
  } catch (error) {
    dispatch({
      type: 'page/error',
      url: reply.url,
      error: errorMessage(error),
      diagnostic: {
        stage: 'analyze',
        url: reply.url,
        error: errorMessage(error),
        template: reply.article.template,
      },
    });
  }
  await status;
}

/** A page where the extractor found no body gets one more reading, by Readability. */
async function withFallback(deps: PopupDeps, tabId: number, reply: PageState): Promise<PageState> {
  if (reply.kind !== 'not-article' || !reply.detection.bodyMissing || !deps.fallback) return reply;
  const article = await deps.fallback(tabId).catch(() => null);
  if (!article) return reply;
  const detection = { ...reply.detection, isArticle: true, template: article.template, bodyMissing: false };
  return { kind: 'article', url: reply.url, detection, article, extractMs: 0 };
}

/** Lets the browser paint what was just dispatched before a longer computation. */
function nextFrame(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * After the reader answered the permission prompt. `requested` is the promise of
 * `permissions.request`, which the click handler must call before anything else (the user
 * gesture does not survive an await). Granted: run the archive script in the tab and read
 * it again (`reload`); the reload injects again if this first attempt lost a race.
 */
export async function grantArchiveAccess(
  deps: PopupDeps,
  state: PopupState,
  dispatch: Dispatch,
  requested: Promise<boolean>,
  reload: () => Promise<void>,
) {
  if (!archiveOffer(state.page)) return;
  dispatch({ type: 'archive/requesting' });
  let granted: boolean;
  try {
    granted = await requested;
  } catch (error) {
    dispatch({ type: 'archive/failed', reason: errorMessage(error) });
    return;
  }
  if (!granted) {
    dispatch({ type: 'archive/denied' });
    return;
  }
  if (state.page.kind === 'archive-permission') {
    try {
      await deps.inject(state.page.tabId, true);
    } catch {
      // The reload below tries again and reports a lasting failure.
    }
  }
  dispatch({ type: 'page/loading' });
  await reload();
}

/** "Inject now" on a tab opened before the install: run the content script, then read the tab again. */
export async function injectTab(
  deps: PopupDeps,
  state: PopupState,
  dispatch: Dispatch,
  reload: () => Promise<void>,
) {
  const { page } = state;
  if (page.kind !== 'needs-reload' || page.reloading || page.injecting) return;
  dispatch({ type: 'page/injecting' });
  try {
    if (!(await deps.inject(page.tabId, false)))
      throw new Error('The content script could not be run in this tab.');
  } catch (error) {
    dispatch({
      type: 'page/error',
      url: page.url,
      error: errorMessage(error),
      diagnostic: { stage: 'tab/inject', url: page.url, archive: false, error: errorMessage(error) },
    });
    return;
  }
  dispatch({ type: 'page/loading' });
  await reload();
}

/** Saves the article (with the note draft when there is one). */
export async function saveArticle(deps: PopupDeps, state: PopupState, dispatch: Dispatch, withNote = false) {
  if (state.page.kind !== 'article' || state.save.status === 'saving') return;
  const draft = state.note.draft;
  const includeNote = withNote || (state.note.status === 'dirty' && draft.trim() !== '');
  const { article } = state.page;
  dispatch({ type: 'save/start' });
  if (withNote) dispatch({ type: 'note/saving' });
  try {
    // Saved before the analysis finished: the record still gets one.
    const analysis = state.page.analysis ?? (await deps.analyze(article, DEFAULT_SETTINGS.summaryLength));
    const { status, saved } = await deps.save(article, analysis, includeNote ? draft : undefined);
    dispatch({ type: 'save/done', result: status, saved });
  } catch (error) {
    dispatch({ type: 'save/failed', reason: errorMessage(error) });
  }
}

/**
 * Saves the note draft: through `store/set-note` when the article is saved, else by saving
 * the article with it (only when `force`: leaving the field must not save an article).
 */
export async function saveNote(deps: PopupDeps, state: PopupState, dispatch: Dispatch, force: boolean) {
  if (state.page.kind !== 'article' || state.note.status === 'saving') return;
  const record = savedRecord(state.save);
  if (!record || state.save.status !== 'saved') {
    if (force) await saveArticle(deps, state, dispatch, true);
    return;
  }
  if (state.note.draft === record.note) return;
  dispatch({ type: 'note/saving' });
  try {
    dispatch({ type: 'note/saved', saved: await deps.setNote(record.key, state.note.draft) });
  } catch (error) {
    dispatch({ type: 'note/failed', reason: errorMessage(error) });
  }
}

export async function revealBlock(
  deps: PopupDeps,
  state: PopupState,
  dispatch: Dispatch,
  blockIndex: number,
  text?: string,
) {
  if (state.page.kind !== 'article') return;
  try {
    const { ok } = await deps.reveal(state.page.tabId, blockIndex, text);
    dispatch({ type: 'reveal/result', ok });
  } catch {
    dispatch({ type: 'reveal/result', ok: false });
  }
}

export async function reloadTab(deps: PopupDeps, state: PopupState, dispatch: Dispatch) {
  if (state.page.kind !== 'needs-reload' || state.page.injecting) return;
  dispatch({ type: 'page/reloading' });
  try {
    await deps.reloadTab(state.page.tabId);
  } catch (error) {
    dispatch({
      type: 'page/error',
      url: state.page.url,
      error: errorMessage(error),
      diagnostic: { stage: 'reload', url: state.page.url, error: errorMessage(error) },
    });
  }
}

/** The diagnostic JSON of an error state, as it is copied. */
export function diagnosticJson(
  state: PopupState,
  extensionVersion: string | null,
  userAgent: string,
): string | null {
  if (state.page.kind !== 'error') return null;
  const { url, error, diagnostic } = state.page;
  return JSON.stringify({ url, error, extensionVersion, userAgent, diagnostic }, null, 2);
}

export async function copyDiagnostic(deps: PopupDeps, json: string | null, dispatch: Dispatch) {
  if (json === null) return;
  try {
    await deps.copyText(json);
    dispatch({ type: 'copy/result', ok: true });
  } catch {
    dispatch({ type: 'copy/result', ok: false });
  }
}
