import 'fake-indexeddb/auto';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LibraryApp } from '@/components/library/LibraryApp';
import type { ExportFile } from '@/lib/library/data';
import { articleHref } from '@/lib/library/route';
import type { LibraryLang } from '@/lib/library/strings';
import { addAnnotation, listForArticle } from '@/lib/store/annotations';
import { getArticle, saveArticle } from '@/lib/store/articles';
import type { CpvDatabase } from '@/lib/store/db';
import { freshDb, sampleInput } from '../store/sample';
import { sampleAnnotation } from '../store/sample-annotation';

const VPTW = 'newspaper-2023-van-phong-trung-uong';
const VPTW_TITLE = 'Tiếp tục đổi mới, linh hoạt, sáng tạo tham mưu phục vụ Bộ Chính trị, Ban Bí thư';
const HOSTILE = '<img src=x onerror="alert(1)"><script>alert(2)</script><b>đậm</b>';

let db: CpvDatabase;
let root: HTMLElement;
let downloads: ExportFile[];

beforeEach(() => {
  db = freshDb();
  downloads = [];
  root = document.createElement('div');
  document.body.append(root);
  location.hash = '';
});

afterEach(async () => {
  await act(() => render(null, root));
  root.remove();
  db.close();
  await db.delete();
});

async function seed() {
  const a = await saveArticle(db, sampleInput(VPTW));
  const b = await saveArticle(db, sampleInput('newspaper-2022-thien-tai'));
  const c = await saveArticle(db, sampleInput('portal-2025-ket-luan-126'));
  return [a.record, b.record, c.record] as const;
}

async function mount(hash = '', lang: LibraryLang = 'en') {
  location.hash = hash;
  await act(() => render(<LibraryApp db={db} lang={lang} download={(f) => downloads.push(f)} />, root));
}

/** Polls the DOM while letting IndexedDB and Preact settle. */
async function until<T>(
  probe: () => T | null | undefined | false | Promise<T | null | undefined | false>,
  timeout = 4000,
): Promise<T> {
  const start = Date.now();
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() - start > timeout)
      throw new Error(`Timed out; DOM: ${root.querySelector('main')?.textContent?.slice(0, 1500)}`);
    await act(() => new Promise((r) => setTimeout(r, 10)));
  }
}

const $ = (testId: string) => root.querySelector<HTMLElement>(`[data-testid="${testId}"]`);
const $$ = (testId: string) => [...root.querySelectorAll<HTMLElement>(`[data-testid="${testId}"]`)];
const rowTitles = () => $$('article-link').map((a) => a.textContent);

async function type(input: HTMLInputElement | HTMLTextAreaElement, value: string) {
  await act(() => {
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

async function click(el: HTMLElement | null) {
  if (!el) throw new Error('nothing to click');
  await act(() => el.click());
}

describe('the list', () => {
  it('lists saved articles newest first with date, category and officials', async () => {
    const [a, , c] = await seed();
    await mount();
    await until(() => $$('article-row').length === 3);
    expect($$('article-row').map((r) => r.dataset.key)).toEqual([c.key, expect.any(String), a.key]);
    const row = $$('article-row')[2]!;
    expect(row.querySelector('[data-testid="row-date"]')?.textContent).toBe('28/12/2023');
    expect(row.querySelector('[data-testid="row-category"]')?.textContent).toBe('Thời sự');
    expect(row.querySelector('[data-testid="row-officials"]')?.textContent).toContain('Lê Minh Hưng');
    expect($('results-count')?.dataset.total).toBe('3');
    expect(root.querySelector('h1')?.textContent).toBe('Library');
  });

  it('says so when the library is empty', async () => {
    await mount('', 'vi');
    await until(() => $('empty-library'));
    expect($('empty-library')?.textContent).toContain('Chưa lưu bài nào');
  });

  it('searches without diacritics and puts the search in the URL', async () => {
    await seed();
    await mount();
    await until(() => $$('article-row').length === 3);
    await type($('search-input') as HTMLInputElement, 'van phong trung uong');
    await click($('search-button'));
    await until(() => $$('article-row').length === 1);
    expect(rowTitles()).toEqual([VPTW_TITLE]);
    expect(location.hash).toBe('#/?q=van+phong+trung+uong');
  });

  it('opens filtered by hash, and shows “no results” for a filter that matches nothing', async () => {
    await seed();
    await mount('#/?official=le%20minh%20hung');
    await until(() => $$('article-row').length === 1);
    expect(rowTitles()).toEqual([VPTW_TITLE]);
    await act(() => {
      location.hash = '#/?tag=none';
    });
    await until(() => $('no-results'));
  });

  it('tags and deletes a selection, and undoes the deletion', async () => {
    const [a, b] = await seed();
    await mount();
    await until(() => $$('article-row').length === 3);
    const checkbox = (key: string) =>
      root.querySelector<HTMLInputElement>(`[data-key="${key}"] [data-testid="row-select"]`)!;
    await click(checkbox(a.key));
    await click(checkbox(b.key));
    expect($('selected-count')?.textContent).toBe('2 selected');
    await type($('bulk-tag-input') as HTMLInputElement, 'nhân sự');
    await click($('bulk-tag-button'));
    await until(async () => (await getArticle(db, a.key))?.tags.length);
    await until(() => $$('article-row').filter((r) => r.textContent?.includes('nhân sự')).length === 2);

    await click($('bulk-delete'));
    await until(() => $$('article-row').length === 1);
    expect($('notice')?.dataset.kind).toBe('deleted');
    expect($('selected-count')).toBeNull();
    await click($('undo'));
    await until(() => $$('article-row').length === 3);
    expect((await getArticle(db, b.key))?.tags).toEqual(['nhân sự']);
  });

  it('exports all articles as JSON, figures as CSV and annotations as JSON-LD', async () => {
    const [a] = await seed();
    await addAnnotation(db, sampleAnnotation(a.key));
    await mount();
    await until(() => $$('article-row').length === 3);
    await click($('export-json'));
    await until(() => downloads.length === 1);
    await click($('export-csv'));
    await until(() => downloads.length === 2);
    await click($('export-jsonld'));
    await until(() => downloads.length === 3);
    const [json, csv, jsonld] = downloads;
    expect(JSON.parse(json!.text).articles).toHaveLength(3);
    expect(json!.name).toMatch(/^cpv-reader-\d{4}-\d{2}-\d{2}\.json$/);
    expect(csv!.text.startsWith('\uFEFFtitle,url,')).toBe(true);
    expect(JSON.parse(jsonld!.text)).toMatchObject({ type: 'AnnotationCollection', total: 1 });
  });
});

describe('import', () => {
  const fileOf = (text: string) => new File([text], 'export.json', { type: 'application/json' });

  async function importText(text: string) {
    const input = $('import-input') as HTMLInputElement;
    Object.defineProperty(input, 'files', { value: [fileOf(text)], configurable: true });
    await act(() => {
      void input.dispatchEvent(new Event('change', { bubbles: true }));
    });
  }

  it('reports what was imported', async () => {
    const source = freshDb();
    await saveArticle(source, sampleInput(VPTW));
    const { exportJson } = await import('@/lib/exchange/export');
    const text = await exportJson(source);
    source.close();
    await source.delete();

    await mount();
    await until(() => $('empty-library'));
    await importText(text);
    await until(() => $('import-report'));
    expect($('import-articles')?.textContent).toBe('Articles: 1 new, 0 updated, 0 unchanged.');
    await until(() => $$('article-row').length === 1);
  });

  it('lists the problems of an invalid file in plain words and writes nothing', async () => {
    await mount();
    await until(() => $('empty-library'));
    const bad = {
      format: 'cpv-reader-export',
      version: 1,
      exportedAt: '2025-01-01T00:00:00.000Z',
      articles: [{ key: 'x', note: 5 }],
    };
    await importText(JSON.stringify(bad));
    await until(() => $('import-error'));
    expect($('notice')?.getAttribute('role')).toBe('alert');
    const problems = $$('import-problems')[0]?.querySelectorAll('li') ?? [];
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0]?.textContent).toMatch(/^Article 1, field /);
    expect(await db.articles.count()).toBe(0);
  });

  it('explains a file that is not an export', async () => {
    await mount();
    await until(() => $('empty-library'));
    await importText('{"hello": "world"}');
    await until(() => $('import-error'));
    expect($('import-error')?.textContent).toContain('not a CPV Reader export');
  });
});

describe('the reader view', () => {
  it('shows the snapshot with its analysis, note, tags, captures and annotations in reading order', async () => {
    const [a] = await seed();
    await addAnnotation(
      db,
      sampleAnnotation(a.key, {
        position: { type: 'TextPositionSelector', start: 400, end: 420 },
        note: 'sau',
      }),
    );
    await addAnnotation(db, sampleAnnotation(a.key, { note: 'trước', orphan: true }));
    await mount(articleHref(a.key));
    await until(() => $('reader-view'));
    expect($('reader-title')?.textContent).toBe(VPTW_TITLE);
    expect($('article-body')?.querySelectorAll('p').length).toBeGreaterThan(5);
    expect($('section-officials')?.textContent).toContain('Lê Minh Hưng');
    expect($('wayback-list')?.getAttribute('href')).toBe(
      'https://web.archive.org/web/*/https://dangcongsan.vn/thoi-su/tiep-tuc-doi-moi-linh-hoat-sang-tao-tham-muu-phuc-vu-bo-chinh-tri-ban-bi-thu-656789.html',
    );
    const notes = $$('annotation-note').map((t) => (t as HTMLTextAreaElement).value);
    expect(notes).toEqual(['trước', 'sau']);
    expect($$('annotation')[0]?.dataset.orphan).toBe('true');
    expect($('orphan-badge')?.textContent).toContain('Not found on the page');
  });

  it('edits the note and the tags', async () => {
    const [a] = await seed();
    await mount(articleHref(a.key));
    await until(() => $('reader-view'));
    await type($('note-input') as HTMLTextAreaElement, 'Đọc lại phần nhân sự');
    await click($('note-save'));
    await until(async () => (await getArticle(db, a.key))?.note === 'Đọc lại phần nhân sự');
    await type($('tag-input') as HTMLInputElement, 'Văn phòng TW, 2023');
    await act(() => $('tag-input')!.closest('form')!.requestSubmit());
    await until(() => $$('tag').length === 2);
    await click($$('tag-remove')[0]!);
    await until(() => $$('tag').length === 1);
    expect((await getArticle(db, a.key))?.tags).toHaveLength(1);
  });

  it('edits an annotation, deletes it and brings it back', async () => {
    const [a] = await seed();
    const annotation = await addAnnotation(db, sampleAnnotation(a.key));
    await mount(articleHref(a.key));
    await until(() => $$('annotation').length === 1);
    await type($('annotation-note') as HTMLTextAreaElement, 'ghi chú mới');
    const color = $('annotation-color') as HTMLSelectElement;
    await act(() => {
      color.value = 'blue';
      color.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await click($('annotation-save'));
    await until(async () => (await listForArticle(db, a.key))[0]?.color === 'blue');
    expect((await listForArticle(db, a.key))[0]?.note).toBe('ghi chú mới');

    await click($('annotation-delete'));
    await until(() => $('annotations-empty'));
    await click($('undo'));
    await until(() => $$('annotation').length === 1);
    expect((await listForArticle(db, a.key))[0]?.id).toBe(annotation.id);
  });

  it('shows HTML stored in any field as text, never as elements', async () => {
    const input = sampleInput(VPTW, {
      title: HOSTILE,
      sapo: HOSTILE,
      category: HOSTILE,
      blocks: [
        { type: 'paragraph', text: HOSTILE },
        { type: 'heading', text: HOSTILE, level: 2 },
        { type: 'quote', text: HOSTILE },
        { type: 'list', text: HOSTILE, items: [HOSTILE], ordered: false },
        { type: 'table', text: HOSTILE, rows: [[HOSTILE]] },
        { type: 'image', text: '', src: 'javascript:alert(3)', caption: HOSTILE, credit: null, alt: HOSTILE },
      ],
    });
    input.analysis.officials[0]!.name = HOSTILE;
    const { record } = await saveArticle(db, { ...input, note: HOSTILE, tags: [HOSTILE] });
    await addAnnotation(
      db,
      sampleAnnotation(record.key, {
        note: HOSTILE,
        quote: { type: 'TextQuoteSelector', exact: HOSTILE, prefix: '', suffix: '' },
      }),
    );

    await mount();
    await until(() => $$('article-row').length === 1);
    expect(root.querySelector('script, b, img')).toBeNull();
    expect($('article-link')?.textContent).toBe(HOSTILE);

    await mount(articleHref(record.key));
    await until(() => $('reader-view'));
    expect(root.querySelector('script, b, img')).toBeNull();
    expect(root.querySelector('[onerror]')).toBeNull();
    expect($('reader-title')?.textContent).toBe(HOSTILE);
    expect($('article-body')?.textContent).toContain(HOSTILE);
    expect(($('note-input') as HTMLTextAreaElement).value).toBe(HOSTILE);
    expect($('annotation-quote')?.textContent).toBe(HOSTILE);
    expect(root.querySelector('a[href^="javascript:"]')).toBeNull();
  });

  it('says when the article is not in the library', async () => {
    await mount(articleHref('dangcongsan.vn/khong-co.html'));
    await until(() => $('reader-missing'));
  });
});

describe('the officials index', () => {
  it('lists each person with the positions each article gives them and links to the articles', async () => {
    const [a] = await seed();
    await mount('#/officials');
    await until(() => $$('official-entry').length > 0);
    const entry = $$('official-entry').find((e) => e.textContent?.includes('Lê Minh Hưng'))!;
    expect(entry).toBeTruthy();
    const link = entry.querySelector<HTMLAnchorElement>('[data-testid="official-appearance"] a')!;
    expect(link.getAttribute('href')).toBe(articleHref(a.key));
    expect(entry.textContent).toContain('Chánh Văn phòng Trung ương');

    await type($('officials-filter') as HTMLInputElement, 'le minh hung');
    await act(() => $('officials-filter')!.closest('form')!.requestSubmit());
    await until(() => $$('official-entry').length === 1);
    expect(location.hash).toBe('#/officials?q=le+minh+hung');
  });
});

describe('language', () => {
  it('speaks Vietnamese when asked', async () => {
    await seed();
    await mount('', 'vi');
    await until(() => $$('article-row').length === 3);
    expect(root.querySelector('h1')?.textContent).toBe('Thư viện');
    expect($('results-count')?.textContent).toContain('3 bài');
  });
});

vi.setConfig({ testTimeout: 20_000 });
