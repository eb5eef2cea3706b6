/**
 * The popup's state machine. Every state the popup can honestly be in is one `PageView`;
 * saving and the quick note are orthogonal to it. Pure: `reduce(state, action)` only.
 */
import type { Analysis } from '../analysis/types';
import type { Article } from '../cpv/article';
import { isCpvHost } from '../cpv/hosts';
import { parseWaybackUrl } from '../cpv/wayback';
import type { PageState, SavedStatus } from '../messaging/protocol';

export type PageView =
  | { kind: 'loading' }
  /**
   * Not a CPV page (or no tab at all): explain what the extension is for. `archiveOffer`
   * when the tab's address is hidden from us and web.archive.org access is not granted: it
   * may be a capture we cannot see, so the way to enable archive reading is offered too.
   */
  | { kind: 'not-cpv'; archiveOffer?: ArchiveOffer }
  /** A Wayback capture of a CPV page, and the optional web.archive.org permission is not granted. */
  | { kind: 'archive-permission'; tabId: number; url: string; offer: ArchiveOffer }
  /** A CPV tab without our content script: it was open before the install. */
  | { kind: 'needs-reload'; tabId: number; url: string; reloading: boolean; injecting?: boolean }
  | { kind: 'not-article'; url: string; reason: string }
  | { kind: 'error'; url: string | null; error: string; diagnostic: Record<string, unknown> }
  /** `analysis` is null for the moment between the article showing and its analysis. */
  | { kind: 'article'; tabId: number; article: Article; analysis: Analysis | null; extractMs: number };

export type PageKind = PageView['kind'];

/** Where asking for web.archive.org access stands. */
export interface ArchiveOffer {
  status: 'idle' | 'requesting' | 'denied' | 'failed';
  reason: string | null;
}

export const IDLE_OFFER: ArchiveOffer = { status: 'idle', reason: null };

export type SaveView =
  | { status: 'idle' }
  | { status: 'checking' }
  | { status: 'unsaved' }
  /** `store/status` failed: we do not know whether the article is saved. */
  | { status: 'unknown'; reason: string }
  | { status: 'saving'; previous: SavedStatus | null }
  | { status: 'saved'; saved: SavedStatus; result: 'created' | 'updated' | 'unchanged' | null }
  | { status: 'failed'; reason: string; previous: SavedStatus | null };

export interface NoteView {
  draft: string;
  /** `dirty` once the reader typed since the last save. */
  status: 'idle' | 'dirty' | 'saving' | 'saved' | 'failed';
  reason: string | null;
}

export interface PopupState {
  page: PageView;
  save: SaveView;
  note: NoteView;
  view: 'main' | 'settings';
  reveal: 'idle' | 'failed';
  copy: 'idle' | 'copied' | 'failed';
}

export type PopupAction =
  | { type: 'page/article'; tabId: number; article: Article; analysis: Analysis | null; extractMs: number }
  | { type: 'page/not-article'; url: string; reason: string }
  | { type: 'page/error'; url: string | null; error: string; diagnostic: Record<string, unknown> }
  | { type: 'page/not-cpv'; archiveOffer?: boolean }
  | { type: 'page/archive-permission'; tabId: number; url: string }
  | { type: 'page/needs-reload'; tabId: number; url: string }
  | { type: 'page/reloading' }
  | { type: 'page/injecting' }
  /** Back to "loading" while the popup reads the tab again (after an injection or a grant). */
  | { type: 'page/loading' }
  | { type: 'archive/requesting' }
  | { type: 'archive/denied' }
  | { type: 'archive/failed'; reason: string }
  | { type: 'analysis/updated'; analysis: Analysis }
  | { type: 'status/loaded'; saved: SavedStatus | null }
  | { type: 'status/failed'; reason: string }
  | { type: 'save/start' }
  | { type: 'save/done'; result: 'created' | 'updated' | 'unchanged'; saved: SavedStatus }
  | { type: 'save/failed'; reason: string }
  | { type: 'note/edit'; text: string }
  | { type: 'note/saving' }
  | { type: 'note/saved'; saved: SavedStatus }
  | { type: 'note/failed'; reason: string }
  | { type: 'view/settings' }
  | { type: 'view/main' }
  | { type: 'reveal/result'; ok: boolean }
  | { type: 'copy/result'; ok: boolean };

export const initialState: PopupState = {
  page: { kind: 'loading' },
  save: { status: 'idle' },
  note: { draft: '', status: 'idle', reason: null },
  view: 'main',
  reveal: 'idle',
  copy: 'idle',
};

/** The saved record the popup knows of, whatever the save state. */
export function savedRecord(save: SaveView): SavedStatus | null {
  switch (save.status) {
    case 'saved':
      return save.saved;
    case 'saving':
    case 'failed':
      return save.previous;
    default:
      return null;
  }
}

function isChecking(save: SaveView): boolean {
  return save.status === 'checking' || save.status === 'idle';
}

/** The archive offer of the page on screen, if it has one. */
export function archiveOffer(page: PageView): ArchiveOffer | null {
  if (page.kind === 'archive-permission') return page.offer;
  if (page.kind === 'not-cpv') return page.archiveOffer ?? null;
  return null;
}

function withOffer(state: PopupState, offer: ArchiveOffer): PopupState {
  const { page } = state;
  if (page.kind === 'archive-permission') return { ...state, page: { ...page, offer } };
  if (page.kind === 'not-cpv' && page.archiveOffer)
    return { ...state, page: { ...page, archiveOffer: offer } };
  return state;
}

export function reduce(state: PopupState, action: PopupAction): PopupState {
  switch (action.type) {
    case 'page/article':
      return {
        ...state,
        page: {
          kind: 'article',
          tabId: action.tabId,
          article: action.article,
          analysis: action.analysis,
          extractMs: action.extractMs,
        },
        save: { status: 'checking' },
      };
    case 'page/not-article':
      return { ...state, page: { kind: 'not-article', url: action.url, reason: action.reason } };
    case 'page/error':
      return {
        ...state,
        page: { kind: 'error', url: action.url, error: action.error, diagnostic: action.diagnostic },
        copy: 'idle',
      };
    case 'page/not-cpv':
      return {
        ...state,
        page: action.archiveOffer ? { kind: 'not-cpv', archiveOffer: IDLE_OFFER } : { kind: 'not-cpv' },
      };
    case 'page/archive-permission':
      return {
        ...state,
        page: { kind: 'archive-permission', tabId: action.tabId, url: action.url, offer: IDLE_OFFER },
      };
    case 'page/loading':
      return { ...state, page: { kind: 'loading' }, save: { status: 'idle' } };
    case 'page/injecting':
      return state.page.kind === 'needs-reload'
        ? { ...state, page: { ...state.page, injecting: true } }
        : state;
    case 'archive/requesting':
      return withOffer(state, { status: 'requesting', reason: null });
    case 'archive/denied':
      return withOffer(state, { status: 'denied', reason: null });
    case 'archive/failed':
      return withOffer(state, { status: 'failed', reason: action.reason });
    case 'page/needs-reload':
      return {
        ...state,
        page: { kind: 'needs-reload', tabId: action.tabId, url: action.url, reloading: false },
      };
    case 'page/reloading':
      return state.page.kind === 'needs-reload'
        ? { ...state, page: { ...state.page, reloading: true } }
        : state;
    case 'analysis/updated':
      return state.page.kind === 'article'
        ? { ...state, page: { ...state.page, analysis: action.analysis } }
        : state;
    case 'status/loaded': {
      // A save started meanwhile knows better than this (older) answer.
      if (!isChecking(state.save)) return state;
      if (!action.saved) return { ...state, save: { status: 'unsaved' } };
      // Fill the note field from the saved record unless the reader already typed.
      const note =
        state.note.status === 'idle' && state.note.draft === ''
          ? { draft: action.saved.note, status: 'idle' as const, reason: null }
          : state.note;
      return { ...state, save: { status: 'saved', saved: action.saved, result: null }, note };
    }
    case 'status/failed':
      if (!isChecking(state.save)) return state;
      return { ...state, save: { status: 'unknown', reason: action.reason } };
    case 'save/start':
      return { ...state, save: { status: 'saving', previous: savedRecord(state.save) } };
    case 'save/done':
      return {
        ...state,
        save: { status: 'saved', saved: action.saved, result: action.result },
        note:
          state.note.status === 'saving' || state.note.draft === action.saved.note
            ? {
                draft: action.saved.note,
                status: state.note.status === 'saving' ? 'saved' : 'idle',
                reason: null,
              }
            : state.note,
      };
    case 'save/failed':
      return {
        ...state,
        save: { status: 'failed', reason: action.reason, previous: savedRecord(state.save) },
        note:
          state.note.status === 'saving'
            ? { ...state.note, status: 'failed', reason: action.reason }
            : state.note,
      };
    case 'note/edit':
      return { ...state, note: { draft: action.text, status: 'dirty', reason: null } };
    case 'note/saving':
      return { ...state, note: { ...state.note, status: 'saving', reason: null } };
    case 'note/saved':
      return {
        ...state,
        save: { status: 'saved', saved: action.saved, result: null },
        note:
          state.note.draft === action.saved.note
            ? { draft: action.saved.note, status: 'saved', reason: null }
            : { ...state.note, status: 'dirty' },
      };
    case 'note/failed':
      return { ...state, note: { ...state.note, status: 'failed', reason: action.reason } };
    case 'view/settings':
      return { ...state, view: 'settings' };
    case 'view/main':
      return { ...state, view: 'main' };
    case 'reveal/result':
      return { ...state, reveal: action.ok ? 'idle' : 'failed' };
    case 'copy/result':
      return { ...state, copy: action.ok ? 'copied' : 'failed' };
  }
}

/** The action for the content script's reply (analysis computed by the caller). */
export function pageStateAction(
  tabId: number,
  reply: PageState,
  analysis: Analysis | null,
): PopupAction | null {
  switch (reply.kind) {
    case 'article':
      return analysis
        ? { type: 'page/article', tabId, article: reply.article, analysis, extractMs: reply.extractMs }
        : null;
    case 'not-article':
      return { type: 'page/not-article', url: reply.url, reason: reply.detection.reason };
    case 'error':
      return { type: 'page/error', url: reply.url, error: reply.error, diagnostic: reply.diagnostic };
  }
}

const NO_RECEIVER = /Receiving end does not exist|Could not establish connection|no-receiver/i;

export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === 'string') return error;
  return '';
}

/** True when the tab has no content script to answer (and so no page state). */
export function isNoReceiver(error: unknown): boolean {
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  return code === 'no-receiver' || NO_RECEIVER.test(errorMessage(error));
}

function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname;
  } catch {
    return null;
  }
}

/**
 * What the tab's address says about it: a live CPV page, a Wayback capture of one,
 * any other page, or nothing (the browser hides the address of hosts we may not read).
 */
export type TabPlace = 'cpv' | 'cpv-capture' | 'other' | 'hidden';

export function tabPlace(tabUrl: string | undefined): TabPlace {
  if (!tabUrl) return 'hidden';
  const host = hostOf(tabUrl);
  if (host !== null && isCpvHost(host)) return 'cpv';
  const capture = parseWaybackUrl(tabUrl);
  const original = capture ? hostOf(capture.originalUrl) : null;
  return original !== null && isCpvHost(original) ? 'cpv-capture' : 'other';
}

/**
 * Why asking the tab failed. Without the `tabs` permission a tab's URL is visible only on
 * hosts we have permission for: no URL ⇒ not a CPV page; a CPV URL without a content script
 * ⇒ the tab was open before the install and needs a reload.
 */
export function tabFailureAction(tabId: number, tabUrl: string | undefined, error: unknown): PopupAction {
  const host = tabUrl ? hostOf(tabUrl) : null;
  const onCpv = host !== null && isCpvHost(host);
  if (isNoReceiver(error)) {
    return onCpv && tabUrl ? { type: 'page/needs-reload', tabId, url: tabUrl } : { type: 'page/not-cpv' };
  }
  // Something answered and failed: a real error, whatever the host.
  const message = errorMessage(error);
  return {
    type: 'page/error',
    url: tabUrl ?? null,
    error: message,
    diagnostic: {
      stage: 'page/state',
      url: tabUrl ?? null,
      error: message,
      name: (error as Error)?.name ?? null,
    },
  };
}
