import { describe, expect, it } from 'vitest';
import type { ExtractionResult } from '@/lib/cpv/article';
import { PageSession } from '@/lib/page/session';

const URL_ = 'https://dangcongsan.vn/thoi-su/bai-656001.html';

function page(body: string): Document {
  return new DOMParser().parseFromString(`<!doctype html><html><body>${body}</body></html>`, 'text/html');
}

const noBody = (): ExtractionResult => ({
  ok: false,
  detection: { isArticle: false, template: null, reason: 'too little article text', bodyMissing: true },
  error: 'too little article text',
});

describe('the content script session', () => {
  it('extracts once and answers every later question from the cache', () => {
    let runs = 0;
    const session = new PageSession(page('<p>x</p>'), URL_, () => {
      runs++;
      return noBody();
    });
    session.pageState();
    session.pageState();
    expect(runs).toBe(1);
    expect(session.pageState()).toMatchObject({ kind: 'not-article', detection: { bodyMissing: true } });
  });

  it('turns an extractor that throws into an error state with a diagnostic, never into the page', () => {
    const session = new PageSession(page('<h1>Tiêu đề</h1>'), URL_, () => {
      throw new Error('boom');
    });
    expect(session.pageState()).toMatchObject({
      kind: 'error',
      error: 'boom',
      diagnostic: { h1: ['Tiêu đề'] },
    });
  });

  it('hands over the page markup for a reading elsewhere, but not past the size cap', () => {
    const session = new PageSession(page('<p>Đoạn văn</p>'), URL_, noBody);
    expect(session.html().html).toContain('Đoạn văn');
    expect(() => session.html(10)).toThrow(/too large/);
  });

  it('scrolls to a passage even when the article was read elsewhere', () => {
    const doc = page('<div><p>Năm 2023, Văn phòng Trung ương Đảng tiếp nhận 23.000 đơn.</p></div>');
    const session = new PageSession(doc, URL_, noBody);
    expect(session.reveal(0, 'Văn phòng Trung ương Đảng tiếp nhận 23.000 đơn')).toEqual({ ok: true });
    expect(session.reveal(0, 'Một câu không có trên trang')).toEqual({ ok: false });
  });
});
