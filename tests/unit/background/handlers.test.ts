import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { Analysis } from '@/lib/analysis/types';
import { backgroundHandlers } from '@/lib/background/handlers';
import type { Article } from '@/lib/cpv/article';
import { createListener } from '@/lib/messaging/listener';
import type { BackgroundMessages } from '@/lib/messaging/protocol';
import { addAnnotation } from '@/lib/store/annotations';
import { CpvDatabase } from '@/lib/store/db';

const article: Article = {
  url: 'https://dangcongsan.vn/thoi-su/hoi-nghi-656789.html?utm_source=x',
  canonicalUrl: 'https://dangcongsan.vn/thoi-su/hoi-nghi-656789.html',
  articleId: '656789',
  template: 'newspaper',
  title: 'Hội nghị tổng kết',
  dateline: 'ĐCSVN',
  sapo: 'Văn phòng Trung ương Đảng tổng kết công tác năm.',
  publishedAt: '2023-12-28T22:34:00+07:00',
  category: 'Thời sự',
  author: 'Phạm Cường',
  tags: [],
  related: [],
  blocks: [
    { type: 'paragraph', text: 'Chiều 28/12, tại Hà Nội, Văn phòng Trung ương Đảng tổ chức Hội nghị.' },
  ],
  sources: {},
};
const analysis: Analysis = { summary: [], officials: [], figures: [], documents: [] };

const EXTENSION = 'chrome-extension://cpv-reader-test/';
const quote = {
  type: 'TextQuoteSelector',
  exact: 'Văn phòng Trung ương Đảng',
  prefix: 'Hà Nội, ',
  suffix: ' tổ chức',
};
const position = { type: 'TextPositionSelector', start: 22, end: 47 };
const opened: CpvDatabase[] = [];
function setup() {
  const db = new CpvDatabase(`bg-${Math.random()}`);
  opened.push(db);
  const listener = createListener<BackgroundMessages>(
    backgroundHandlers({ database: async () => db, extensionOrigin: EXTENSION }),
  );
  const ask = (message: object) => listener(message, { url: `${EXTENSION}popup.html` });
  /** As the content script of a tab showing `url` would ask. */
  const askFromPage = (url: string, message: object) => listener(message, { tab: { id: 3 }, url });
  return { db, ask, askFromPage };
}
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

describe('the background', () => {
  it('reports an empty library', async () => {
    const { ask } = setup();
    await expect(ask({ type: 'db/ping' })).resolves.toEqual({ ok: true, value: { ok: true, articles: 0 } });
  });

  it('saves an article once, whatever address variant it comes from', async () => {
    const { ask } = setup();
    const first = await ask({ type: 'store/save', article, analysis });
    const again = await ask({
      type: 'store/save',
      article: { ...article, url: 'http://www.dangcongsan.vn/thoi-su/hoi-nghi-656789.html' },
      analysis,
    });
    expect(first).toMatchObject({ ok: true, value: { status: 'created' } });
    expect(again).toMatchObject({ ok: true, value: { status: 'unchanged' } });
    await expect(ask({ type: 'db/ping' })).resolves.toMatchObject({ value: { articles: 1 } });
  });

  it('tells whether an address is saved, with its note and latest annotation notes', async () => {
    const { db, ask } = setup();
    expect(await ask({ type: 'store/status', url: article.canonicalUrl })).toEqual({ ok: true, value: null });
    const saved = await ask({ type: 'store/save', article, analysis, note: 'đọc lại' });
    const key = (saved as { value: { saved: { key: string } } }).value.saved.key;
    await addAnnotation(db, {
      articleKey: key,
      color: 'yellow',
      note: 'quan trọng',
      quote: {
        type: 'TextQuoteSelector',
        exact: 'Văn phòng Trung ương Đảng',
        prefix: 'tại Hà Nội, ',
        suffix: ' tổ chức',
      },
      position: { type: 'TextPositionSelector', start: 22, end: 47 },
    });
    const status = await ask({
      type: 'store/status',
      url: 'http://dangcongsan.vn/thoi-su/hoi-nghi-656789.html',
    });
    expect(status).toMatchObject({
      ok: true,
      value: {
        note: 'đọc lại',
        annotationCount: 1,
        recentNotes: [{ quote: 'Văn phòng Trung ương Đảng', note: 'quan trọng' }],
      },
    });
  });

  it('refuses a note for an article that is no longer saved, with a reason', async () => {
    const { ask } = setup();
    const reply = await ask({ type: 'store/set-note', key: 'dangcongsan.vn/nothing.html', note: 'x' });
    expect(reply).toMatchObject({ ok: false, error: expect.stringMatching(/not in the library/) });
  });

  it('saves an unsaved article when it is first highlighted, then lists the highlight for any address variant', async () => {
    const { ask } = setup();
    const quote = {
      type: 'TextQuoteSelector',
      exact: 'Văn phòng Trung ương Đảng',
      prefix: 'Hà Nội, ',
      suffix: ' tổ chức',
    };
    const added = await ask({
      type: 'annotations/add',
      article,
      color: 'green',
      note: '',
      quote,
      position: { type: 'TextPositionSelector', start: 22, end: 47 },
    });
    expect(added).toMatchObject({
      ok: true,
      value: { annotation: { color: 'green' }, saved: { annotationCount: 1 } },
    });
    await expect(ask({ type: 'db/ping' })).resolves.toMatchObject({ value: { articles: 1 } });
    const listed = await ask({
      type: 'annotations/for-page',
      url: 'http://www.dangcongsan.vn/thoi-su/hoi-nghi-656789.html',
    });
    expect(listed).toMatchObject({
      ok: true,
      value: { annotations: [{ quote: { exact: 'Văn phòng Trung ương Đảng' } }] },
    });
  });

  it('marks highlights that could not be placed as orphans, and keeps them', async () => {
    const { db, ask } = setup();
    const added = (await ask({
      type: 'annotations/add',
      article,
      color: 'yellow',
      note: 'ghi chú',
      quote: { type: 'TextQuoteSelector', exact: 'Hội nghị', prefix: '', suffix: '' },
      position: { type: 'TextPositionSelector', start: 0, end: 8 },
    })) as { value: { annotation: { id: string } } };
    const id = added.value.annotation.id;
    await expect(ask({ type: 'annotations/placement', anchoredIds: [], orphanIds: [id] })).resolves.toEqual({
      ok: true,
      value: { updated: 1 },
    });
    expect((await db.annotations.get(id))?.orphan).toBe(true);
    const status = await ask({ type: 'store/status', url: article.canonicalUrl });
    expect(status).toMatchObject({ value: { annotationCount: 1, orphanCount: 1 } });
  });

  it('changes only the colour, note and position of an annotation, whatever else the message carries', async () => {
    const { db, ask } = setup();
    const added = (await ask({
      type: 'annotations/add',
      article,
      color: 'yellow',
      note: '',
      quote,
      position,
    })) as {
      value: { annotation: { id: string; articleKey: string } };
    };
    const { id, articleKey } = added.value.annotation;
    await ask({ type: 'annotations/update', id, note: 'ghi chú', articleKey: 'elsewhere', createdAt: 'x' });
    const stored = await db.annotations.get(id);
    expect(stored).toMatchObject({ id, articleKey, note: 'ghi chú' });
    expect(stored).not.toHaveProperty('type');
    expect(stored?.createdAt).not.toBe('x');
  });
});

describe('who may ask the background', () => {
  const page = article.url;

  it('does not let a page save articles, change notes, or reach other tabs', async () => {
    const { askFromPage } = setup();
    for (const message of [
      { type: 'store/save', article, analysis },
      { type: 'store/status', url: page },
      { type: 'store/set-note', key: 'k', note: 'x' },
      { type: 'tab/inject', tabId: 9, archive: false },
      { type: 'db/ping' },
    ])
      await expect(askFromPage(page, message)).resolves.toMatchObject({ ok: false, code: 'forbidden' });
  });

  it('lets a page highlight its own article, and read and change its own highlights', async () => {
    const { askFromPage } = setup();
    const added = (await askFromPage(page, {
      type: 'annotations/add',
      article,
      color: 'blue',
      note: '',
      quote,
      position,
    })) as {
      ok: boolean;
      value: { annotation: { id: string } };
    };
    expect(added.ok).toBe(true);
    const listed = await askFromPage(`http://www.dangcongsan.vn/thoi-su/hoi-nghi-656789.html`, {
      type: 'annotations/for-page',
      url: article.canonicalUrl,
    });
    expect(listed).toMatchObject({ ok: true, value: { annotations: [{ color: 'blue' }] } });
    await expect(
      askFromPage(page, { type: 'annotations/update', id: added.value.annotation.id, note: 'được' }),
    ).resolves.toMatchObject({ ok: true });
  });

  it('does not let a page read, highlight or delete for another article', async () => {
    const { ask, askFromPage } = setup();
    const added = (await ask({
      type: 'annotations/add',
      article,
      color: 'pink',
      note: '',
      quote,
      position,
    })) as {
      value: { annotation: { id: string } };
    };
    const other = 'https://dangcongsan.vn/xa-hoi/bai-khac-600001.html';
    await expect(
      askFromPage(other, { type: 'annotations/for-page', url: article.canonicalUrl }),
    ).resolves.toMatchObject({
      ok: false,
      code: 'forbidden',
    });
    await expect(
      askFromPage(other, { type: 'annotations/add', article, color: 'pink', note: '', quote, position }),
    ).resolves.toMatchObject({ ok: false, code: 'forbidden' });
    await expect(
      askFromPage(other, { type: 'annotations/delete', id: added.value.annotation.id }),
    ).resolves.toMatchObject({ ok: false, code: 'forbidden' });
  });

  it('refuses a malformed save in plain words, writing nothing', async () => {
    const { ask } = setup();
    const reply = await ask({ type: 'store/save', article: { ...article, blocks: 'not a list' }, analysis });
    expect(reply).toMatchObject({
      ok: false,
      error: expect.stringMatching(/Invalid request \(article\.blocks\)/),
    });
    await expect(ask({ type: 'db/ping' })).resolves.toMatchObject({ value: { articles: 0 } });
  });
});
