import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Popup, type PopupActions, type PopupProps } from '@/components/Popup';
import type { Lang } from '@/lib/i18n';
import { translate } from '@/lib/i18n';
import { initialState, type PopupState } from '@/lib/popup/state';
import { DEFAULT_SETTINGS } from '@/lib/settings';
import en from '../../../public/_locales/en/messages.json';
import { articleState, makeAnalysis, makeArticle, makeSaved, NOW } from './fixtures';

const LIBRARY_URL = 'chrome-extension://abc/library.html';

function makeActions(): PopupActions {
  return {
    onReveal: vi.fn(),
    onSave: vi.fn(),
    onNoteInput: vi.fn(),
    onNoteBlur: vi.fn(),
    onNoteSave: vi.fn(),
    onOpenLibrary: vi.fn(),
    onReload: vi.fn(),
    onInject: vi.fn(),
    onAllowArchive: vi.fn(),
    onCopyDiagnostic: vi.fn(),
    onOpenSettings: vi.fn(),
    onCloseSettings: vi.fn(),
    onSettingsChange: vi.fn(),
  };
}

let root: HTMLElement | null = null;

function mount(lang: Lang, state: PopupState, extra: Partial<PopupProps> = {}) {
  root = document.createElement('div');
  document.body.append(root);
  const actions = makeActions();
  const props: PopupProps = {
    lang,
    state,
    settings: { ...DEFAULT_SETTINGS },
    now: NOW,
    libraryUrl: LIBRARY_URL,
    actions,
    ...extra,
  };
  act(() => render(<Popup {...props} />, root as HTMLElement));
  const el = root;
  const q = (id: string) => el.querySelector<HTMLElement>(`[data-testid="${id}"]`);
  const all = (id: string) => [...el.querySelectorAll<HTMLElement>(`[data-testid="${id}"]`)];
  return {
    root: el,
    actions,
    q,
    all,
    rerender: (next: PopupProps) => act(() => render(<Popup {...next} />, el)),
    props,
  };
}

afterEach(() => {
  if (root) {
    render(null, root);
    root.remove();
    root = null;
  }
});

function click(el: Element | null) {
  expect(el).not.toBeNull();
  act(() => {
    (el as HTMLElement).click();
  });
}

describe.each(['vi', 'en'] as const)('popup in %s', (lang) => {
  const t = (key: Parameters<typeof translate>[1], ...subs: (string | number)[]) =>
    translate(lang, key, ...subs);

  it('loading', () => {
    const { q } = mount(lang, initialState);
    expect(q('state-loading')?.textContent).toContain(t('loading'));
    expect(q('state-loading')?.getAttribute('role')).toBe('status');
  });

  it('a CPV page that is not an article', () => {
    const { q, root } = mount(lang, {
      ...initialState,
      page: { kind: 'not-article', url: 'https://dangcongsan.vn/thoi-su', reason: 'category listing' },
    });
    const state = q('state-not-article');
    expect(state?.querySelector('h1')?.textContent).toBe(t('notArticleTitle'));
    expect(state?.textContent).toContain(t('notArticleBody'));
    expect(state?.textContent).toContain('category listing');
    expect(root.querySelectorAll('h1')).toHaveLength(1);
  });

  it('a tab that is not on the CPV site', () => {
    const { q } = mount(lang, { ...initialState, page: { kind: 'not-cpv' } });
    expect(q('state-not-cpv')?.textContent).toContain(t('notCpvBody'));
    const link = q('dangcongsan-link') as HTMLAnchorElement;
    expect(link.getAttribute('href')).toBe('https://dangcongsan.vn');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toContain('noopener');
    expect(link.textContent).toContain(t('notCpvLink'));
  });

  it('a tab opened before the install offers a reload', () => {
    const page = {
      kind: 'needs-reload' as const,
      tabId: 4,
      url: 'https://dangcongsan.vn/a.html',
      reloading: false,
    };
    const { q, actions, rerender, props } = mount(lang, { ...initialState, page });
    expect(q('state-needs-reload')?.textContent).toContain(t('needsReloadBody'));
    click(q('reload-button'));
    expect(actions.onReload).toHaveBeenCalledOnce();
    rerender({ ...props, state: { ...initialState, page: { ...page, reloading: true } } });
    expect((q('reload-button') as HTMLButtonElement).disabled).toBe(true);
    expect(q('state-needs-reload')?.textContent).toContain(t('reloading'));
  });

  it('an extraction error shows the reason and copies the diagnostic', () => {
    const state: PopupState = {
      ...initialState,
      page: { kind: 'error', url: 'https://dangcongsan.vn/a.html', error: 'no body found', diagnostic: {} },
    };
    const { q, actions, rerender, props } = mount(lang, state);
    expect(q('error-reason')?.textContent).toBe(t('errorReason', 'no body found'));
    expect(q('copy-diagnostic')?.textContent).toBe(t('copyDiagnostic'));
    click(q('copy-diagnostic'));
    expect(actions.onCopyDiagnostic).toHaveBeenCalledOnce();
    expect(q('copy-state')?.textContent).toBe('');
    rerender({ ...props, state: { ...state, copy: 'copied' } });
    expect(q('copy-state')?.textContent).toBe(t('copied'));
    rerender({ ...props, state: { ...state, copy: 'failed' } });
    expect(q('copy-state')?.textContent).toBe(t('copyFailed'));
  });

  it('article header: title, date, relative time, category, author, reading time, Wayback link', () => {
    const { q, root } = mount(lang, articleState());
    const title = q('popup-title');
    expect(title?.tagName).toBe('H1');
    expect(title?.textContent).toBe(makeArticle().title);
    expect(root.querySelectorAll('h1')).toHaveLength(1);
    expect(q('published-date')?.textContent).toBe(
      lang === 'vi' ? 'Thứ Năm, 28/12/2023 22:34' : 'Thursday, 28/12/2023 22:34',
    );
    expect(q('published-date')?.getAttribute('datetime')).toBe('2023-12-28T22:34:00+07:00');
    expect(q('relative-time')?.textContent).toContain(lang === 'vi' ? '3 năm trước' : '3 years ago');
    expect(q('category')?.textContent).toBe('Thời sự');
    expect(q('author')?.textContent).toBe('Phạm Cường');
    expect(q('reading-time')?.textContent).toMatch(lang === 'vi' ? /^\d+ phút đọc$/ : /^\d+ min read$/);
    expect(q('wayback-link')?.getAttribute('href')).toBe(
      `https://web.archive.org/web/*/${makeArticle().canonicalUrl}`,
    );
    expect(q('wayback-link')?.textContent).toContain(t('waybackLink'));
    expect(q('archive-note')).toBeNull();
  });

  it('an article without date, category or author says so honestly', () => {
    const { q } = mount(
      lang,
      articleState({}, makeArticle({ publishedAt: null, category: null, author: null })),
    );
    expect(q('published-date')?.textContent).toBe(t('dateUnknown'));
    expect(q('relative-time')).toBeNull();
    expect(q('category')).toBeNull();
    expect(q('author')).toBeNull();
  });

  it('an archived copy shows its capture date instead of the Wayback link', () => {
    const article = makeArticle({
      archive: {
        service: 'wayback',
        capturedAt: '2024-01-02T03:04:05Z',
        originalUrl: makeArticle().canonicalUrl,
        url: `https://web.archive.org/web/20240102030405/${makeArticle().canonicalUrl}`,
      },
    });
    const { q } = mount(lang, articleState({}, article));
    // 03:04 UTC is 10:04 in Hanoi.
    expect(q('archive-note')?.textContent).toBe(
      t('archivedCopy', `${lang === 'vi' ? 'Thứ Ba' : 'Tuesday'}, 02/01/2024 10:04`),
    );
    expect(q('wayback-link')).toBeNull();
  });

  it('sections are collapsible, open, with h2 headings', () => {
    const { root } = mount(lang, articleState());
    const sections = [...root.querySelectorAll('details')];
    expect(sections.map((d) => d.dataset.testid)).toEqual([
      'section-summary',
      'section-officials',
      'section-figures',
      'section-documents',
    ]);
    for (const d of sections) {
      expect(d.open).toBe(true);
      expect(d.querySelector(':scope > summary > h2')).not.toBeNull();
    }
    const headings = [...root.querySelectorAll('h2')].map((h) => h.textContent ?? '');
    expect(headings.some((h) => h.startsWith(t('summaryHeading')))).toBe(true);
    expect(headings.some((h) => h.startsWith(t('officialsHeading')))).toBe(true);
    expect(headings.some((h) => h.startsWith(t('figuresHeading')))).toBe(true);
    expect(headings.some((h) => h.startsWith(t('documentsHeading')))).toBe(true);
  });

  it('summary sentences are buttons that reveal their block', () => {
    const { all, actions } = mount(lang, articleState());
    const items = all('summary-item');
    expect(items).toHaveLength(3);
    expect(items[1]?.tagName).toBe('BUTTON');
    expect(items[1]?.getAttribute('type')).toBe('button');
    expect(items[1]?.getAttribute('title')).toBe(t('revealHint'));
    expect(items[1]?.closest('ol')).not.toBeNull();
    click(items[1] ?? null);
    expect(actions.onReveal).toHaveBeenCalledWith(1, makeAnalysis().summary[1]?.text);
  });

  it('officials: name, every position, mention count, badge; click reveals', () => {
    const { all, actions } = mount(lang, articleState());
    const items = all('official-item');
    expect(items).toHaveLength(4);
    const first = items[0] as HTMLElement;
    expect(first.querySelector('[data-testid="official-name"]')?.textContent).toBe('Lê Minh Hưng');
    expect(
      [...first.querySelectorAll('[data-testid="official-position"]')].map((p) => p.textContent),
    ).toEqual(['Bí thư Trung ương Đảng', 'Chánh Văn phòng Trung ương Đảng']);
    expect(first.querySelector('[data-testid="official-mentions"]')?.textContent).toBe(
      lang === 'vi' ? '3 lần nhắc đến' : '3 mentions',
    );
    expect(items[1]?.querySelector('[data-testid="official-mentions"]')?.textContent).toBe(
      lang === 'vi' ? '1 lần nhắc đến' : '1 mention',
    );
    expect(items[1]?.querySelector('[data-testid="official-badge"]')?.textContent).toBe('PGS.TS');
    expect(first.querySelector('[data-testid="official-badge"]')).toBeNull();
    click(items[2] ?? null);
    expect(actions.onReveal).toHaveBeenCalledWith(3, 'Lâm Thị Phương Thanh');
  });

  it('figures: value and unit prominent, context beneath; click reveals', () => {
    const { all, actions } = mount(lang, articleState());
    const items = all('figure-item');
    expect(items).toHaveLength(4);
    expect(items[0]?.querySelector('[data-testid="figure-value"]')?.textContent).toBe(
      lang === 'vi' ? '23.000' : '23,000',
    );
    expect(items[0]?.textContent).toContain('gần');
    expect(items[0]?.textContent).toContain('đơn');
    expect(items[0]?.querySelector('.figure-sentence')?.textContent).toBe(
      'Câu có 23.000 đơn, thư khiếu nại, tố cáo.',
    );
    click(items[3] ?? null);
    expect(actions.onReveal).toHaveBeenCalledWith(8, '2 cá nhân');
  });

  it('documents: code, type, date', () => {
    const { all } = mount(lang, articleState());
    const items = all('document-item');
    expect(items).toHaveLength(1);
    expect(items[0]?.textContent).toContain('82-KL/TW');
    expect(items[0]?.textContent).toContain('Kết luận');
    expect(items[0]?.textContent).toContain(t('documentDated', '22/07/2020'));
  });

  it('empty sections say so', () => {
    const analysis = makeAnalysis({ summary: [], officials: [], figures: [], documents: [] });
    const { q, root } = mount(lang, articleState({}, makeArticle(), analysis));
    expect(q('summary-empty')?.textContent).toBe(t('summaryEmpty'));
    expect(q('officials-empty')?.textContent).toBe(t('officialsEmpty'));
    expect(q('figures-empty')?.textContent).toBe(t('figuresEmpty'));
    expect(q('documents-empty')?.textContent).toBe(t('documentsEmpty'));
    expect(root.querySelector('li')).toBeNull();
  });

  it('long lists show the first 5 and "show all"', () => {
    const base = makeAnalysis().officials[0];
    const officials = Array.from({ length: 8 }, (_, i) => ({ ...base!, name: `Người ${i}`, blockIndex: i }));
    const { all, root } = mount(lang, articleState({}, makeArticle(), makeAnalysis({ officials })));
    expect(all('official-item')).toHaveLength(5);
    const toggle = root.querySelector<HTMLButtonElement>(
      '[data-testid="section-officials"] [data-testid="show-all"]',
    );
    expect(toggle?.textContent).toBe(t('showAll', 8));
    expect(toggle?.getAttribute('aria-expanded')).toBe('false');
    click(toggle);
    expect(all('official-item')).toHaveLength(8);
    expect(toggle?.getAttribute('aria-expanded')).toBe('true');
    expect(toggle?.textContent).toBe(t('showFewer'));
    // Short lists have no toggle.
    expect(root.querySelector('[data-testid="section-figures"] [data-testid="show-all"]')).toBeNull();
  });

  it('save: unsaved → button; saving → disabled; saved; failed with the reason; unknown', () => {
    const { q, actions, rerender, props } = mount(lang, articleState());
    expect(q('save-button')?.textContent).toBe(t('saveButton'));
    expect(q('save-state')?.textContent).toBe(t('saveStateUnsaved'));
    expect(q('save-state')?.dataset.status).toBe('unsaved');
    click(q('save-button'));
    expect(actions.onSave).toHaveBeenCalledOnce();

    rerender({ ...props, state: articleState({ save: { status: 'checking' } }) });
    expect(q('save-state')?.textContent).toBe(t('saveStateChecking'));

    rerender({ ...props, state: articleState({ save: { status: 'saving', previous: null } }) });
    expect((q('save-button') as HTMLButtonElement).disabled).toBe(true);
    expect(q('save-state')?.textContent).toBe(t('saveStateSaving'));

    rerender({
      ...props,
      state: articleState({ save: { status: 'saved', saved: makeSaved(), result: null } }),
    });
    expect(q('save-button')?.textContent).toBe(t('saveAgainButton'));
    expect(q('save-state')?.textContent).toBe(
      t('saveStateSaved', lang === 'vi' ? '2 phút trước' : '2 minutes ago'),
    );

    rerender({
      ...props,
      state: articleState({ save: { status: 'saved', saved: makeSaved(), result: 'unchanged' } }),
    });
    expect(q('save-state')?.textContent).toBe(t('saveStateUnchanged'));

    rerender({
      ...props,
      state: articleState({ save: { status: 'failed', reason: 'QuotaExceededError', previous: null } }),
    });
    expect(q('save-state')?.textContent).toBe(t('saveStateFailed', 'QuotaExceededError'));
    expect(q('save-state')?.dataset.status).toBe('failed');
    expect((q('save-button') as HTMLButtonElement).disabled).toBe(false);

    rerender({ ...props, state: articleState({ save: { status: 'unknown', reason: 'db closed' } }) });
    expect(q('save-state')?.textContent).toBe(t('saveStateUnknown', 'db closed'));
  });

  it('quick note: typing, leaving the field and the button reach the callbacks', () => {
    const state = articleState({ note: { draft: 'abc', status: 'dirty', reason: null } });
    const { q, actions, root } = mount(lang, state);
    const input = q('note-input') as HTMLTextAreaElement;
    expect(input.tagName).toBe('TEXTAREA');
    expect(input.value).toBe('abc');
    expect(root.querySelector(`label[for="${input.id}"]`)?.textContent).toBe(t('noteLabel'));
    expect(root.querySelector('#note-hint')?.textContent).toBe(t('noteHintUnsaved'));
    act(() => {
      input.value = 'abcd';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    expect(actions.onNoteInput).toHaveBeenCalledWith('abcd');
    act(() => {
      input.dispatchEvent(new FocusEvent('blur'));
    });
    expect(actions.onNoteBlur).toHaveBeenCalledOnce();
    click(q('note-save'));
    expect(actions.onNoteSave).toHaveBeenCalledOnce();
  });

  it('note states', () => {
    const saved = { status: 'saved' as const, saved: makeSaved(), result: null };
    const { q, rerender, props, root } = mount(lang, articleState({ save: saved }));
    expect((q('note-save') as HTMLButtonElement).disabled).toBe(true);
    expect(root.querySelector('#note-hint')?.textContent).toBe(t('noteHintSaved'));
    rerender({
      ...props,
      state: articleState({ save: saved, note: { draft: 'x', status: 'saving', reason: null } }),
    });
    expect(q('note-state')?.textContent).toBe(t('noteSaving'));
    expect((q('note-save') as HTMLButtonElement).disabled).toBe(true);
    rerender({
      ...props,
      state: articleState({ save: saved, note: { draft: 'x', status: 'saved', reason: null } }),
    });
    expect(q('note-state')?.textContent).toBe(t('noteSaved'));
    rerender({
      ...props,
      state: articleState({ save: saved, note: { draft: 'x', status: 'failed', reason: 'gone' } }),
    });
    expect(q('note-state')?.textContent).toBe(t('noteFailed', 'gone'));
  });

  it('annotation count, orphans and recent notes of a saved article', () => {
    const saved = makeSaved({ annotationCount: 5, orphanCount: 1 });
    const { q, all } = mount(lang, articleState({ save: { status: 'saved', saved, result: null } }));
    expect(q('annotation-count')?.textContent).toBe(lang === 'vi' ? '5 đánh dấu' : '5 highlights');
    expect(q('annotation-count')?.dataset.count).toBe('5');
    expect(q('orphan-count')?.textContent).toContain(t('orphans', 1));
    const notes = all('recent-note');
    expect(notes).toHaveLength(2);
    expect(notes[0]?.textContent).toContain('tham mưu, phục vụ');
    expect(notes[0]?.textContent).toContain('Ý chính');
  });

  it('no annotation count before the article is saved', () => {
    const { q } = mount(lang, articleState());
    expect(q('annotation-count')).toBeNull();
  });

  it('the library link opens the library page', () => {
    const { q, actions } = mount(lang, articleState());
    const link = q('library-link') as HTMLAnchorElement;
    expect(link.getAttribute('href')).toBe(LIBRARY_URL);
    expect(link.textContent).toBe(t('libraryLink'));
    const event = new MouseEvent('click', { bubbles: true, cancelable: true });
    act(() => {
      link.dispatchEvent(event);
    });
    expect(event.defaultPrevented).toBe(true);
    expect(actions.onOpenLibrary).toHaveBeenCalledOnce();
  });

  it('a failed reveal is reported', () => {
    const { q } = mount(lang, articleState({ reveal: 'failed' }));
    expect(q('reveal-error')?.textContent).toBe(t('revealFailed'));
  });

  it('the gear button opens the settings view', () => {
    const { q, actions } = mount(lang, articleState());
    const gear = q('settings-button') as HTMLButtonElement;
    expect(gear.getAttribute('aria-label')).toBe(t('settingsButton'));
    expect(gear.getAttribute('aria-pressed')).toBe('false');
    click(gear);
    expect(actions.onOpenSettings).toHaveBeenCalledOnce();
  });

  it('settings view: summary length, language, theme', () => {
    const settings = { summaryLength: 4, language: 'en' as const, theme: 'dark' as const };
    const { q, actions, root, rerender, props } = mount(lang, articleState({ view: 'settings' }), {
      settings,
    });
    expect(q('settings-view')?.querySelector('h1')?.textContent).toBe(t('settingsHeading'));
    expect(q('article-view')).toBeNull();
    expect(q('settings-button')?.getAttribute('aria-pressed')).toBe('true');
    const select = q('settings-summary-length') as HTMLSelectElement;
    expect(select.value).toBe('4');
    expect([...select.options].map((o) => o.value)).toEqual(['1', '2', '3', '4', '5', '6', '7']);
    expect(root.querySelector(`label[for="${select.id}"]`)?.textContent).toBe(t('summaryLengthLabel'));
    expect((q('settings-language-en') as HTMLInputElement).checked).toBe(true);
    expect((q('settings-theme-dark') as HTMLInputElement).checked).toBe(true);
    expect(root.querySelectorAll('legend')[0]?.textContent).toBe(t('languageLabel'));
    expect(root.querySelectorAll('legend')[1]?.textContent).toBe(t('themeLabel'));

    act(() => {
      select.value = '6';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(actions.onSettingsChange).toHaveBeenCalledWith({ summaryLength: 6 });
    click(q('settings-language-vi'));
    expect(actions.onSettingsChange).toHaveBeenCalledWith({ language: 'vi' });
    click(q('settings-theme-light'));
    expect(actions.onSettingsChange).toHaveBeenCalledWith({ theme: 'light' });
    click(q('settings-back'));
    expect(actions.onCloseSettings).toHaveBeenCalledOnce();

    expect(q('settings-state')?.textContent).toBe(t('settingsNote'));
    rerender({ ...props, settingsError: '' });
    expect(q('settings-state')?.textContent).toBe(t('settingsSaved'));
    rerender({ ...props, settingsError: 'quota' });
    expect(q('settings-state')?.textContent).toBe(t('settingsFailed', 'quota'));
  });
});

describe('every string is translated', () => {
  const other = (lang: Lang): Lang => (lang === 'vi' ? 'en' : 'vi');
  const states: PopupState[] = [
    initialState,
    { ...initialState, page: { kind: 'not-cpv' } },
    { ...initialState, page: { kind: 'not-article', url: 'u', reason: '' } },
    { ...initialState, page: { kind: 'needs-reload', tabId: 1, url: 'u', reloading: true } },
    {
      ...initialState,
      page: { kind: 'needs-reload', tabId: 1, url: 'u', reloading: false, injecting: true },
    },
    { ...initialState, page: { kind: 'not-cpv', archiveOffer: { status: 'denied', reason: null } } },
    {
      ...initialState,
      page: { kind: 'archive-permission', tabId: 1, url: 'u', offer: { status: 'requesting', reason: null } },
    },
    { ...initialState, page: { kind: 'error', url: 'u', error: 'x', diagnostic: {} }, copy: 'copied' },
    articleState({ save: { status: 'saved', saved: makeSaved({ orphanCount: 1 }), result: null } }),
    articleState({ view: 'settings' }),
  ];

  it.each(['vi', 'en'] as const)('no %s screen shows a message of the other language', (lang) => {
    const foreign = Object.keys(en)
      .map((key) => key as keyof typeof en)
      .filter((key) => !/\$/.test(en[key].message) && translate('vi', key) !== translate('en', key))
      .map((key) => translate(other(lang), key))
      .filter((message) => message.length > 4);
    for (const state of states) {
      const { root } = mount(lang, state);
      const text = root.textContent ?? '';
      const attrs = [...root.querySelectorAll('[title],[aria-label],[placeholder]')]
        .flatMap((el) => ['title', 'aria-label', 'placeholder'].map((a) => el.getAttribute(a) ?? ''))
        .join(' ');
      for (const message of foreign) {
        expect(text.includes(message) || attrs.includes(message), `${state.page.kind}: ${message}`).toBe(
          false,
        );
      }
      render(null, root);
    }
  });
});

describe('page text is rendered as text only', () => {
  const EVIL = '<img src=x onerror=alert(1)>';

  it('no element is created from article, analysis or saved texts', () => {
    const article = makeArticle({ title: `Tiêu đề ${EVIL}`, category: EVIL, author: EVIL });
    const analysis = makeAnalysis({
      summary: [{ text: `Câu ${EVIL}`, blockIndex: 0 }],
      officials: [
        {
          name: EVIL,
          positions: [EVIL],
          mentions: 1,
          firstSentence: EVIL,
          attributes: [EVIL],
          blockIndex: 1,
        },
      ],
      figures: [
        { text: EVIL, value: 1, unit: EVIL, kind: 'count', qualifier: EVIL, sentence: EVIL, blockIndex: 2 },
      ],
      documents: [{ code: EVIL, type: EVIL, text: EVIL, date: null, blockIndex: 3 }],
    });
    const saved = makeSaved({
      note: EVIL,
      recentNotes: [{ quote: EVIL, note: EVIL, updatedAt: '2026-01-01T00:00:00Z' }],
    });
    const state = articleState(
      { save: { status: 'saved', saved, result: null }, note: { draft: EVIL, status: 'idle', reason: null } },
      article,
      analysis,
    );
    const { root, q } = mount('vi', state);
    expect(root.querySelector('img')).toBeNull();
    expect(q('popup-title')?.textContent).toBe(`Tiêu đề ${EVIL}`);
    expect(q('summary-item')?.textContent).toContain(EVIL);
  });

  it('nor from error and not-article reasons', () => {
    let view = mount('en', {
      ...initialState,
      page: { kind: 'error', url: EVIL, error: EVIL, diagnostic: {} },
    });
    expect(view.root.querySelector('img')).toBeNull();
    expect(view.q('error-reason')?.textContent).toContain(EVIL);
    render(null, view.root);
    view = mount('en', { ...initialState, page: { kind: 'not-article', url: EVIL, reason: EVIL } });
    expect(view.root.querySelector('img')).toBeNull();
  });
});
