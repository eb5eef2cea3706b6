import { describe, expect, it, vi } from 'vitest';
import {
  diagnosticJson,
  loadPopup,
  reloadTab,
  revealBlock,
  saveArticle,
  saveNote,
  tabIdFromSearch,
} from '@/lib/popup/flow';
import { initialState, isNoReceiver, type PopupState, reduce, tabFailureAction } from '@/lib/popup/state';
import { articleState, fakeDeps, makeAnalysis, makeArticle, makeSaved, recorder } from './fixtures';

const NO_RECEIVER = new Error('Could not establish connection. Receiving end does not exist.');

describe('tab failures', () => {
  it('no receiver on a CPV tab ⇒ needs reload; no URL ⇒ not CPV', () => {
    expect(tabFailureAction(3, 'https://dangcongsan.vn/x.html', NO_RECEIVER)).toEqual({
      type: 'page/needs-reload',
      tabId: 3,
      url: 'https://dangcongsan.vn/x.html',
    });
    expect(tabFailureAction(3, 'https://tulieuvankien.dangcongsan.vn/x', NO_RECEIVER).type).toBe(
      'page/needs-reload',
    );
    expect(tabFailureAction(3, undefined, NO_RECEIVER)).toEqual({ type: 'page/not-cpv' });
    expect(tabFailureAction(3, 'https://example.com/', NO_RECEIVER)).toEqual({ type: 'page/not-cpv' });
    expect(tabFailureAction(3, 'chrome://newtab/', NO_RECEIVER)).toEqual({ type: 'page/not-cpv' });
  });

  it('recognises the no-receiver code and message', () => {
    expect(isNoReceiver(Object.assign(new Error('No answer'), { code: 'no-receiver' }))).toBe(true);
    expect(isNoReceiver(NO_RECEIVER)).toBe(true);
    expect(isNoReceiver(new Error('boom'))).toBe(false);
  });

  it('any other failure is an error with a diagnostic', () => {
    const action = tabFailureAction(3, 'https://dangcongsan.vn/x.html', new Error('boom'));
    expect(action).toMatchObject({ type: 'page/error', error: 'boom', url: 'https://dangcongsan.vn/x.html' });
  });
});

describe('tabIdFromSearch', () => {
  it('reads ?tabId=N', () => {
    expect(tabIdFromSearch('?tabId=42')).toBe(42);
    expect(tabIdFromSearch('?tabId=x')).toBeNull();
    expect(tabIdFromSearch('')).toBeNull();
  });
});

describe('loadPopup', () => {
  it('article: shows the article at once, then its analysis (with the summary length) and saved status', async () => {
    const analyze = vi.fn(() => makeAnalysis());
    const savedStatus = vi.fn(async () => makeSaved({ note: 'đã đọc' }));
    const r = recorder();
    await loadPopup(fakeDeps({ analyze, savedStatus }), () => 5, r.dispatch);
    expect(analyze).toHaveBeenCalledWith(expect.objectContaining({ title: makeArticle().title }), 5);
    expect(savedStatus).toHaveBeenCalledWith(makeArticle().canonicalUrl);
    expect(r.actions[0]).toMatchObject({ type: 'page/article', analysis: null });
    expect(r.actions.map((a) => a.type).sort()).toEqual([
      'analysis/updated',
      'page/article',
      'status/loaded',
    ]);
    expect(r.state.page).toMatchObject({ kind: 'article', analysis: makeAnalysis() });
    expect(r.state.save.status).toBe('saved');
    expect(r.state.note.draft).toBe('đã đọc');
  });

  it('a page with no body found gets one more reading by Readability, and shows that article', async () => {
    const fallback = vi.fn(async () => makeArticle({ title: 'Đọc bằng Readability' }));
    const r = recorder();
    await loadPopup(
      fakeDeps({
        fallback,
        pageState: async () => ({
          kind: 'not-article',
          url: 'https://dangcongsan.vn/thoi-su/a-1.html',
          detection: {
            isArticle: false,
            template: null,
            reason: 'too little article text',
            bodyMissing: true,
          },
        }),
      }),
      () => 3,
      r.dispatch,
    );
    expect(fallback).toHaveBeenCalledWith(7);
    expect(r.state.page).toMatchObject({ kind: 'article', article: { title: 'Đọc bằng Readability' } });
  });

  it('a page that is plainly not an article is not read again', async () => {
    const fallback = vi.fn(async () => makeArticle());
    const r = recorder();
    await loadPopup(
      fakeDeps({
        fallback,
        pageState: async () => ({
          kind: 'not-article',
          url: 'https://dangcongsan.vn/thoi-su',
          detection: { isArticle: false, template: null, reason: 'a category page' },
        }),
      }),
      () => 3,
      r.dispatch,
    );
    expect(fallback).not.toHaveBeenCalled();
    expect(r.state.page.kind).toBe('not-article');
  });

  it('not an article', async () => {
    const r = recorder();
    await loadPopup(
      fakeDeps({
        pageState: async () => ({
          kind: 'not-article',
          url: 'https://dangcongsan.vn/thoi-su',
          detection: { isArticle: false, template: null, reason: 'a category page' },
        }),
      }),
      () => 3,
      r.dispatch,
    );
    expect(r.state.page).toEqual({
      kind: 'not-article',
      url: 'https://dangcongsan.vn/thoi-su',
      reason: 'a category page',
    });
  });

  it('extraction error', async () => {
    const r = recorder();
    await loadPopup(
      fakeDeps({
        pageState: async () => ({
          kind: 'error',
          url: 'https://dangcongsan.vn/a.html',
          error: 'no body',
          diagnostic: { a: 1 },
        }),
      }),
      () => 3,
      r.dispatch,
    );
    expect(r.state.page).toMatchObject({ kind: 'error', error: 'no body', diagnostic: { a: 1 } });
  });

  it('tab without content script, no tab, analysis failure, status failure', async () => {
    let r = recorder();
    await loadPopup(fakeDeps({ pageState: async () => Promise.reject(NO_RECEIVER) }), () => 3, r.dispatch);
    expect(r.state.page.kind).toBe('needs-reload');

    r = recorder();
    await loadPopup(fakeDeps({ getTab: async () => null }), () => 3, r.dispatch);
    expect(r.state.page.kind).toBe('not-cpv');

    r = recorder();
    await loadPopup(
      fakeDeps({
        analyze: () => {
          throw new Error('analyzer broke');
        },
      }),
      () => 3,
      r.dispatch,
    );
    expect(r.state.page).toMatchObject({ kind: 'error', error: 'analyzer broke' });

    r = recorder();
    await loadPopup(
      fakeDeps({ savedStatus: async () => Promise.reject(new Error('db closed')) }),
      () => 3,
      r.dispatch,
    );
    expect(r.state.save).toEqual({ status: 'unknown', reason: 'db closed' });
  });
});

describe('saving', () => {
  it('save: saving → saved', async () => {
    const r = recorder(articleState());
    const save = vi.fn(async () => ({ status: 'created' as const, saved: makeSaved() }));
    const pending = saveArticle(fakeDeps({ save }), r.state, r.dispatch);
    expect(r.state.save.status).toBe('saving');
    await pending;
    expect(r.state.save).toMatchObject({ status: 'saved', result: 'created' });
    expect(save).toHaveBeenCalledWith(expect.anything(), expect.anything(), undefined);
  });

  it('saving before the analysis is ready still stores one', async () => {
    const state = articleState();
    const r = recorder({
      ...state,
      page: { ...(state.page as Extract<typeof state.page, { kind: 'article' }>), analysis: null },
    });
    const analyze = vi.fn(() => makeAnalysis());
    const save = vi.fn(async () => ({ status: 'created' as const, saved: makeSaved() }));
    await saveArticle(fakeDeps({ save, analyze }), r.state, r.dispatch);
    expect(analyze).toHaveBeenCalledTimes(1);
    expect(save).toHaveBeenCalledWith(expect.anything(), makeAnalysis(), undefined);
    expect(r.state.save.status).toBe('saved');
  });

  it('a late store/status answer does not overwrite a save in progress or done', () => {
    let state = articleState({ save: { status: 'checking' } });
    state = reduce(state, { type: 'save/start' });
    state = reduce(state, { type: 'save/done', result: 'created', saved: makeSaved() });
    expect(reduce(state, { type: 'status/loaded', saved: null }).save.status).toBe('saved');
    expect(reduce(state, { type: 'status/failed', reason: 'x' }).save.status).toBe('saved');
  });

  it('save failure keeps the reason and the previous record', async () => {
    const r = recorder(articleState({ save: { status: 'saved', saved: makeSaved(), result: null } }));
    await saveArticle(
      fakeDeps({ save: async () => Promise.reject(new Error('QuotaExceededError')) }),
      r.state,
      r.dispatch,
    );
    expect(r.state.save).toMatchObject({
      status: 'failed',
      reason: 'QuotaExceededError',
      previous: makeSaved(),
    });
  });

  it('the note of an unsaved article: blur does nothing, the button saves the article with it', async () => {
    const r = recorder(articleState());
    r.dispatch({ type: 'note/edit', text: 'Đọc lại' });
    const save = vi.fn(async (_a: unknown, _b: unknown, note?: string) => ({
      status: 'created' as const,
      saved: makeSaved({ note: note ?? '' }),
    }));
    await saveNote(fakeDeps({ save }), r.state, r.dispatch, false);
    expect(save).not.toHaveBeenCalled();
    await saveNote(fakeDeps({ save }), r.state, r.dispatch, true);
    expect(save).toHaveBeenCalledWith(expect.anything(), expect.anything(), 'Đọc lại');
    expect(r.state.note).toEqual({ draft: 'Đọc lại', status: 'saved', reason: null });
    expect(r.state.save.status).toBe('saved');
  });

  it('the note of a saved article goes through store/set-note', async () => {
    const r = recorder(articleState({ save: { status: 'saved', saved: makeSaved(), result: null } }));
    r.dispatch({ type: 'note/edit', text: 'Ghi chú' });
    const setNote = vi.fn(async (_key: string, note: string) => makeSaved({ note }));
    await saveNote(fakeDeps({ setNote }), r.state, r.dispatch, false);
    expect(setNote).toHaveBeenCalledWith(makeSaved().key, 'Ghi chú');
    expect(r.state.note.status).toBe('saved');
    // Unchanged: nothing sent.
    await saveNote(fakeDeps({ setNote }), r.state, r.dispatch, false);
    expect(setNote).toHaveBeenCalledTimes(1);
  });

  it('a failed note keeps the draft and the reason', async () => {
    const r = recorder(articleState({ save: { status: 'saved', saved: makeSaved(), result: null } }));
    r.dispatch({ type: 'note/edit', text: 'x' });
    await saveNote(
      fakeDeps({ setNote: async () => Promise.reject(new Error('gone')) }),
      r.state,
      r.dispatch,
      true,
    );
    expect(r.state.note).toEqual({ draft: 'x', status: 'failed', reason: 'gone' });
  });
});

describe('reveal, reload, diagnostic', () => {
  it('reveal sends the block and the text to the tab', async () => {
    const reveal = vi.fn(async () => ({ ok: true }));
    const r = recorder(articleState());
    await revealBlock(fakeDeps({ reveal }), r.state, r.dispatch, 4, 'câu');
    expect(reveal).toHaveBeenCalledWith(7, 4, 'câu');
    await revealBlock(fakeDeps({ reveal: async () => ({ ok: false }) }), r.state, r.dispatch, 4);
    expect(r.state.reveal).toBe('failed');
  });

  it('reload', async () => {
    const reload = vi.fn(async () => undefined);
    const r = recorder({
      ...initialState,
      page: { kind: 'needs-reload', tabId: 3, url: 'u', reloading: false },
    });
    await reloadTab(fakeDeps({ reloadTab: reload }), r.state, r.dispatch);
    expect(reload).toHaveBeenCalledWith(3);
    expect(r.state.page).toMatchObject({ reloading: true });
  });

  it('diagnostic JSON', () => {
    const state: PopupState = {
      ...initialState,
      page: { kind: 'error', url: 'u', error: 'e', diagnostic: { n: 1 } },
    };
    expect(JSON.parse(diagnosticJson(state, '0.1.0', 'UA') ?? '')).toEqual({
      url: 'u',
      error: 'e',
      extensionVersion: '0.1.0',
      userAgent: 'UA',
      diagnostic: { n: 1 },
    });
    expect(diagnosticJson(initialState, null, '')).toBeNull();
  });
});
