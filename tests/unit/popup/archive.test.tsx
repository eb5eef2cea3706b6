/**
 * Wayback captures and tabs without a content script: the popup's archive-permission
 * state, the archive offer on a hidden tab, the automatic injection once access is granted,
 * and "Inject now" on a tab opened before the install.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Popup, type PopupActions } from '@/components/Popup';
import { type Lang, translate } from '@/lib/i18n';
import type { PageState } from '@/lib/messaging/protocol';
import { grantArchiveAccess, injectTab, loadPopup, type PopupDeps } from '@/lib/popup/flow';
import { IDLE_OFFER, initialState, type PopupState, tabPlace } from '@/lib/popup/state';
import { DEFAULT_SETTINGS } from '@/lib/settings';
import { makeArticle, NOW, recorder, fakeDeps as sharedDeps } from './fixtures';

const LIVE = 'https://dangcongsan.vn/thoi-su/a-656789.html';
const CAPTURE = `https://web.archive.org/web/20240105083012/${LIVE}`;
const NO_RECEIVER = new Error('Could not establish connection. Receiving end does not exist.');

const articleReply = (url: string): PageState => ({
  kind: 'article',
  url,
  detection: { isArticle: true, template: 'newspaper', reason: 'ok' },
  article: makeArticle({
    url,
    archive: { service: 'wayback', capturedAt: '2024-01-05T08:30:12Z', originalUrl: LIVE, url },
  }),
  extractMs: 5,
});

/** A capture tab whose page has no content script yet. */
function fakeDeps(overrides: Partial<PopupDeps> = {}): PopupDeps {
  return sharedDeps({
    getTab: async () => ({ id: 9, url: CAPTURE }),
    pageState: async () => Promise.reject(NO_RECEIVER),
    ...overrides,
  });
}

describe('tabPlace', () => {
  it('tells live CPV pages, CPV captures, other pages and hidden addresses apart', () => {
    expect(tabPlace(LIVE)).toBe('cpv');
    expect(tabPlace('http://www.dangcongsan.vn/a.html')).toBe('cpv');
    expect(tabPlace(CAPTURE)).toBe('cpv-capture');
    expect(tabPlace('https://web.archive.org/web/2023id_/http://www.dangcongsan.vn/a.html')).toBe(
      'cpv-capture',
    );
    expect(tabPlace('https://web.archive.org/web/2023/https://example.com/')).toBe('other');
    expect(tabPlace('https://web.archive.org/')).toBe('other');
    expect(tabPlace('https://example.com/')).toBe('other');
    expect(tabPlace(undefined)).toBe('hidden');
    expect(tabPlace('')).toBe('hidden');
  });
});

describe('loadPopup on a tab without a content script', () => {
  it('a CPV capture without access ⇒ archive-permission, nothing injected', async () => {
    const inject = vi.fn(async () => true);
    const r = recorder();
    await loadPopup(fakeDeps({ inject }), () => 3, r.dispatch);
    expect(r.state.page).toEqual({ kind: 'archive-permission', tabId: 9, url: CAPTURE, offer: IDLE_OFFER });
    expect(inject).not.toHaveBeenCalled();
  });

  it('a CPV capture with access (tab open before the grant) ⇒ archive script injected, article shown', async () => {
    const inject = vi.fn(async (_tabId: number, _archive: boolean) => true);
    let injected = false;
    let asked = 0;
    const r = recorder();
    await loadPopup(
      fakeDeps({
        archiveStatus: async () => true,
        inject: async (tabId, archive) => {
          injected = true;
          return inject(tabId, archive);
        },
        pageState: async () => {
          asked++;
          // The freshly injected script misses the first question.
          if (!injected || asked === 2) throw NO_RECEIVER;
          return articleReply(CAPTURE);
        },
      }),
      () => 3,
      r.dispatch,
    );
    expect(inject).toHaveBeenCalledWith(9, true);
    expect(r.state.page.kind).toBe('article');
    expect(r.state.save.status).toBe('unsaved');
  });

  it('a failed injection is an error with the reason', async () => {
    const r = recorder();
    await loadPopup(
      fakeDeps({
        archiveStatus: async () => true,
        inject: async () => Promise.reject(new Error('Cannot access contents of the page')),
      }),
      () => 3,
      r.dispatch,
    );
    expect(r.state.page).toMatchObject({
      kind: 'error',
      url: CAPTURE,
      error: 'Cannot access contents of the page',
      diagnostic: { stage: 'tab/inject', archive: true },
    });
  });

  it('a hidden address: not CPV, with the archive offer only when access is not granted', async () => {
    let r = recorder();
    await loadPopup(fakeDeps({ getTab: async () => ({ id: 2 }) }), () => 3, r.dispatch);
    expect(r.state.page).toEqual({ kind: 'not-cpv', archiveOffer: IDLE_OFFER });

    r = recorder();
    await loadPopup(
      fakeDeps({ getTab: async () => ({ id: 2 }), archiveStatus: async () => true }),
      () => 3,
      r.dispatch,
    );
    expect(r.state.page).toEqual({ kind: 'not-cpv' });

    r = recorder();
    await loadPopup(
      fakeDeps({
        getTab: async () => ({ id: 2 }),
        archiveStatus: async () => Promise.reject(new Error('x')),
      }),
      () => 3,
      r.dispatch,
    );
    expect(r.state.page).toEqual({ kind: 'not-cpv', archiveOffer: IDLE_OFFER });
  });

  it('a visible non-CPV address (or a capture of another site) is plainly not CPV', async () => {
    const archiveStatus = vi.fn(async () => false);
    for (const url of ['https://example.com/', 'https://web.archive.org/web/2023/https://example.com/']) {
      const r = recorder();
      await loadPopup(fakeDeps({ getTab: async () => ({ id: 2, url }), archiveStatus }), () => 3, r.dispatch);
      expect(r.state.page).toEqual({ kind: 'not-cpv' });
    }
    expect(archiveStatus).not.toHaveBeenCalled();
  });

  it('a live CPV tab still needs a reload', async () => {
    const r = recorder();
    await loadPopup(fakeDeps({ getTab: async () => ({ id: 4, url: LIVE }) }), () => 3, r.dispatch);
    expect(r.state.page).toEqual({ kind: 'needs-reload', tabId: 4, url: LIVE, reloading: false });
  });
});

describe('grantArchiveAccess', () => {
  const permissionState = (): PopupState => ({
    ...initialState,
    page: { kind: 'archive-permission', tabId: 9, url: CAPTURE, offer: IDLE_OFFER },
  });

  it('granted ⇒ injects the archive script into the tab, then reads the tab again', async () => {
    const inject = vi.fn(async () => true);
    const reload = vi.fn(async () => undefined);
    const r = recorder(permissionState());
    await grantArchiveAccess(fakeDeps({ inject }), r.state, r.dispatch, Promise.resolve(true), reload);
    expect(inject).toHaveBeenCalledWith(9, true);
    expect(reload).toHaveBeenCalledOnce();
    expect(r.actions.map((a) => a.type)).toEqual(['archive/requesting', 'page/loading']);
    expect(r.state.page.kind).toBe('loading');
  });

  it('a failed first injection still reloads (the reload injects again and reports)', async () => {
    const reload = vi.fn(async () => undefined);
    const r = recorder(permissionState());
    await grantArchiveAccess(
      fakeDeps({ inject: async () => Promise.reject(new Error('Duplicate script ID')) }),
      r.state,
      r.dispatch,
      Promise.resolve(true),
      reload,
    );
    expect(reload).toHaveBeenCalledOnce();
  });

  it('declined ⇒ says so; a failing request ⇒ the reason', async () => {
    const reload = vi.fn(async () => undefined);
    let r = recorder(permissionState());
    await grantArchiveAccess(fakeDeps(), r.state, r.dispatch, Promise.resolve(false), reload);
    expect(r.state.page).toMatchObject({ offer: { status: 'denied' } });

    r = recorder(permissionState());
    await grantArchiveAccess(
      fakeDeps(),
      r.state,
      r.dispatch,
      Promise.reject(new Error('must be called during a user gesture')),
      reload,
    );
    expect(r.state.page).toMatchObject({
      offer: { status: 'failed', reason: 'must be called during a user gesture' },
    });
    expect(reload).not.toHaveBeenCalled();
  });

  it('from the offer on a hidden tab: nothing to inject into, the tab is read again', async () => {
    const inject = vi.fn(async () => true);
    const reload = vi.fn(async () => undefined);
    const r = recorder({ ...initialState, page: { kind: 'not-cpv', archiveOffer: IDLE_OFFER } });
    await grantArchiveAccess(fakeDeps({ inject }), r.state, r.dispatch, Promise.resolve(true), reload);
    expect(inject).not.toHaveBeenCalled();
    expect(reload).toHaveBeenCalledOnce();
  });

  it('does nothing on a page without an offer', async () => {
    const reload = vi.fn(async () => undefined);
    const r = recorder({ ...initialState, page: { kind: 'not-cpv' } });
    await grantArchiveAccess(fakeDeps(), r.state, r.dispatch, Promise.resolve(true), reload);
    expect(r.actions).toEqual([]);
    expect(reload).not.toHaveBeenCalled();
  });
});

describe('injectTab ("Inject now")', () => {
  const reloadState = (): PopupState => ({
    ...initialState,
    page: { kind: 'needs-reload', tabId: 4, url: LIVE, reloading: false },
  });

  it('runs the live content script, then reads the tab again', async () => {
    const inject = vi.fn(async () => true);
    const reload = vi.fn(async () => undefined);
    const r = recorder(reloadState());
    await injectTab(fakeDeps({ inject }), r.state, r.dispatch, reload);
    expect(inject).toHaveBeenCalledWith(4, false);
    expect(r.actions.map((a) => a.type)).toEqual(['page/injecting', 'page/loading']);
    expect(reload).toHaveBeenCalledOnce();
  });

  it('a failure is an error with the reason; not injected is a failure too', async () => {
    const reload = vi.fn(async () => undefined);
    let r = recorder(reloadState());
    await injectTab(
      fakeDeps({ inject: async () => Promise.reject(new Error('showing error page')) }),
      r.state,
      r.dispatch,
      reload,
    );
    expect(r.state.page).toMatchObject({ kind: 'error', error: 'showing error page', url: LIVE });

    r = recorder(reloadState());
    await injectTab(fakeDeps({ inject: async () => false }), r.state, r.dispatch, reload);
    expect(r.state.page.kind).toBe('error');
    expect(reload).not.toHaveBeenCalled();
  });

  it('does nothing while reloading', async () => {
    const inject = vi.fn(async () => true);
    const start: PopupState = {
      ...initialState,
      page: { kind: 'needs-reload', tabId: 4, url: LIVE, reloading: true },
    };
    const r = recorder(start);
    await injectTab(fakeDeps({ inject }), r.state, r.dispatch, async () => undefined);
    expect(inject).not.toHaveBeenCalled();
  });
});

// ── components ───────────────────────────────────────────────────────────────

let root: HTMLElement | null = null;

afterEach(() => {
  if (root) {
    render(null, root);
    root.remove();
    root = null;
  }
});

function mount(lang: Lang, state: PopupState) {
  root = document.createElement('div');
  document.body.append(root);
  const noop = () => undefined;
  const actions: PopupActions = {
    onReveal: noop,
    onSave: noop,
    onNoteInput: noop,
    onNoteBlur: noop,
    onNoteSave: noop,
    onOpenLibrary: noop,
    onReload: vi.fn(),
    onInject: vi.fn(),
    onAllowArchive: vi.fn(),
    onCopyDiagnostic: noop,
    onOpenSettings: noop,
    onCloseSettings: noop,
    onSettingsChange: noop,
  };
  const el = root;
  act(() =>
    render(
      <Popup
        lang={lang}
        state={state}
        settings={{ ...DEFAULT_SETTINGS }}
        now={NOW}
        libraryUrl="chrome-extension://abc/library.html"
        actions={actions}
      />,
      el,
    ),
  );
  const q = (id: string) => el.querySelector<HTMLElement>(`[data-testid="${id}"]`);
  return { q, actions, el };
}

describe.each(['vi', 'en'] as const)('archive states in %s', (lang) => {
  const t = (key: Parameters<typeof translate>[1], ...subs: (string | number)[]) =>
    translate(lang, key, ...subs);

  it('archive-permission explains what access does and asks on click', () => {
    const { q, actions } = mount(lang, {
      ...initialState,
      page: { kind: 'archive-permission', tabId: 9, url: CAPTURE, offer: IDLE_OFFER },
    });
    const text = q('state-archive-permission')?.textContent ?? '';
    for (const key of [
      'archivePermissionTitle',
      'archivePermissionBody',
      'archivePointRead',
      'archivePointOnly',
      'archivePointRevoke',
    ] as const) {
      expect(text).toContain(t(key));
    }
    expect(q('archive-url')?.textContent).toBe(CAPTURE);
    const button = q('archive-allow') as HTMLButtonElement;
    expect(button.textContent).toBe(t('archiveAllowButton'));
    act(() => button.click());
    expect(actions.onAllowArchive).toHaveBeenCalledOnce();
    expect(q('archive-status')?.textContent).toBe('');
  });

  it('requesting, denied and failed', () => {
    let { q } = mount(lang, {
      ...initialState,
      page: {
        kind: 'archive-permission',
        tabId: 9,
        url: CAPTURE,
        offer: { status: 'requesting', reason: null },
      },
    });
    expect((q('archive-allow') as HTMLButtonElement).disabled).toBe(true);
    expect(q('archive-status')?.textContent).toBe(t('archiveRequesting'));
    render(null, root as HTMLElement);

    ({ q } = mount(lang, {
      ...initialState,
      page: { kind: 'archive-permission', tabId: 9, url: CAPTURE, offer: { status: 'denied', reason: null } },
    }));
    expect(q('archive-status')?.textContent).toBe(t('archiveDenied'));
    expect((q('archive-allow') as HTMLButtonElement).disabled).toBe(false);
    render(null, root as HTMLElement);

    ({ q } = mount(lang, {
      ...initialState,
      page: {
        kind: 'archive-permission',
        tabId: 9,
        url: CAPTURE,
        offer: { status: 'failed', reason: 'no gesture' },
      },
    }));
    expect(q('archive-status')?.textContent).toBe(t('archiveFailed', 'no gesture'));
  });

  it('not-cpv with the offer on a hidden tab, and without it', () => {
    let { q, actions } = mount(lang, {
      ...initialState,
      page: { kind: 'not-cpv', archiveOffer: IDLE_OFFER },
    });
    expect(q('state-not-cpv')).not.toBeNull();
    expect(q('archive-offer')?.textContent).toContain(t('archiveOfferBody'));
    expect(q('archive-explanation')?.textContent).toContain(t('archivePointOnly'));
    act(() => q('archive-allow')?.click());
    expect(actions.onAllowArchive).toHaveBeenCalledOnce();
    render(null, root as HTMLElement);

    ({ q, actions } = mount(lang, { ...initialState, page: { kind: 'not-cpv' } }));
    expect(q('archive-offer')).toBeNull();
  });

  it('needs-reload offers "Inject now" next to "Reload"', () => {
    const page = { kind: 'needs-reload' as const, tabId: 4, url: LIVE, reloading: false };
    let { q, actions } = mount(lang, { ...initialState, page });
    expect(q('inject-button')?.textContent).toBe(t('injectButton'));
    act(() => q('inject-button')?.click());
    expect(actions.onInject).toHaveBeenCalledOnce();
    expect(actions.onReload).not.toHaveBeenCalled();
    render(null, root as HTMLElement);

    ({ q, actions } = mount(lang, { ...initialState, page: { ...page, injecting: true } }));
    expect((q('inject-button') as HTMLButtonElement).disabled).toBe(true);
    expect((q('reload-button') as HTMLButtonElement).disabled).toBe(true);
    expect(q('needs-reload-status')?.textContent).toBe(t('injecting'));
  });

  it('the URL of the capture is shown as text only', () => {
    const evil = 'https://web.archive.org/web/2024/https://dangcongsan.vn/<img src=x onerror=alert(1)>';
    const { el } = mount(lang, {
      ...initialState,
      page: { kind: 'archive-permission', tabId: 9, url: evil, offer: IDLE_OFFER },
    });
    expect(el.querySelector('img')).toBeNull();
  });
});
