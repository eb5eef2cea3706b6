import { describe, expect, it } from 'vitest';
import {
  extract,
  extractWithFallback,
  parseVietnameseDate,
  splitCaptionCredit,
  splitDateline,
} from '../../../lib/cpv/index.ts';
import { fixtureHtml, parse } from './helpers.ts';

const URL_ = 'https://dangcongsan.vn/thoi-su/bai-viet-thu-nghiem-656789.html';

describe('bad input never throws and never executes', () => {
  it('an empty document is a clear not-an-article', () => {
    const r = extract(parse(''), URL_);
    expect(r.ok).toBe(false);
    expect(r.detection.reason).toMatch(/text|headline|body/);
  });

  it('malformed HTML still yields the article', () => {
    const html = fixtureHtml('newspaper-2023-van-phong-trung-uong.html')
      .replace(/<\/p>/g, '')
      .replace(/<\/td>|<\/tr>/g, '')
      .replace('</body>', '<div><span><b><table><tr><td></body>');
    const r = extract(parse(html), URL_);
    expect(r.ok).toBe(true);
  });

  it('a non-document argument gives a reason, not an exception', () => {
    const r = extract(null as unknown as Document, URL_);
    expect(r.ok).toBe(false);
    expect(r.detection.reason).toMatch(/failed|body|document/);
  });

  it('thousands of nested tables are read without exhausting the stack', () => {
    const depth = 3000;
    const html = `<h1>Tiêu đề bài viết thử nghiệm dài</h1><div class="post-content">${'<table><tr><td>'.repeat(depth)}<p>${'Nội dung bài viết. '.repeat(30)}</p>${'</td></tr></table>'.repeat(depth)}</div>`;
    const t = performance.now();
    const r = extract(parse(html), URL_);
    expect(performance.now() - t).toBeLessThan(5_000);
    expect(r.detection.reason).toBeTruthy();
  });

  it('a 5 MB page is handled in linear time', () => {
    const para = `<p>${'Văn phòng Trung ương Đảng tổ chức hội nghị tổng kết công tác năm. '.repeat(10)}</p>`;
    const html = `<h1 class="post-title">Tiêu đề bài viết rất dài để thử</h1><div class="post-content">${para.repeat(Math.ceil(5_000_000 / para.length))}</div>`;
    const t = performance.now();
    const r = extract(parse(html), URL_);
    expect(r.ok).toBe(true);
    expect(performance.now() - t).toBeLessThan(20_000);
  });

  it('hostile markup: scripts, handlers and javascript: links never reach the result', () => {
    const w = globalThis as unknown as { __pwned?: boolean };
    const html = `<h1 class="post-title" onclick="window.__pwned=true">Tiêu đề <script>window.__pwned=true</script>bài viết</h1>
      <div class="post-content"><p onmouseover="window.__pwned=true">${'Nội dung an toàn của bài viết. '.repeat(12)}<script>window.__pwned=true</script></p>
      <img src="x" onerror="window.__pwned=true"><p><a href="javascript:alert(1)">liên kết</a> ${'Đoạn thứ hai. '.repeat(10)}</p></div>
      <div class="box-relate"><a href="javascript:alert(1)" title="Bài liên quan nguy hiểm">Bài liên quan nguy hiểm</a>
      <a href="/thoi-su/bai-khac-656790.html" title="Bài liên quan an toàn">Bài liên quan an toàn</a></div>`;
    const r = extract(parse(html), URL_);
    expect(w.__pwned).toBeUndefined();
    expect(r.ok).toBe(true);
    const json = JSON.stringify(r);
    expect(json).not.toMatch(/javascript:|<script|onerror|__pwned/);
    if (r.ok) {
      expect(r.article.title).toBe('Tiêu đề bài viết');
      expect(r.article.related.map((x) => x.url)).toEqual([
        'https://dangcongsan.vn/thoi-su/bai-khac-656790.html',
      ]);
    }
  });

  it('the async fallback returns the same result when the profiles found the body', async () => {
    const html = fixtureHtml('portal-2025-sieu-bao-ragasa.html');
    const url =
      'https://dangcongsan.vn/tin-hoat-dong/chu-dong-ung-pho-voi-sieu-bao-ragasa-tu-som-tu-xa.html?categoryId=1902448';
    const a = await extractWithFallback(parse(html), url);
    expect(a).toEqual(extract(parse(html), url));
  });
});

describe('text conventions', () => {
  it.each([
    ['(ĐCSVN) - Lời dẫn.', 'ĐCSVN'],
    ['(ĐCSVN) – Lời dẫn.', 'ĐCSVN'],
    ['(ĐCSVN)- Lời dẫn.', 'ĐCSVN'],
    ['(ÐCSVN) — Lời dẫn.', 'ĐCSVN'],
    ['QĐND - Lời dẫn.', 'QĐND'],
    ['(Chinhphu.vn) - Lời dẫn.', 'Chinhphu.vn'],
  ])('the dateline of %s is %s', (raw, dateline) => {
    const { nfc } = { nfc: (s: string) => s.replace(/\u00D0/g, 'Đ') };
    expect(splitDateline(nfc(raw))).toEqual({ dateline, text: 'Lời dẫn.' });
  });

  it.each([
    ['Thứ năm, 28/12/2023 22:34', '2023-12-28T22:34:00+07:00'],
    ['09:59 | 31/05/2013', '2013-05-31T09:59:00+07:00'],
    ['Cập nhật lúc 08:40, Thứ ba, 04/05/2010 (GMT+7)', '2010-05-04T08:40:00+07:00'],
    ['Thứ Bảy, 17/05/2025 - 19:01', '2025-05-17T19:01:00+07:00'],
    ['31/02/2024 10:00', null],
    ['không có ngày', null],
  ])('%s is read as %s', (text, iso) => expect(parseVietnameseDate(text)).toBe(iso));

  it('splits the photo credit off a caption', () => {
    expect(splitCaptionCredit('Toàn cảnh phiên bế mạc. Ảnh: TTXVN')).toEqual({
      caption: 'Toàn cảnh phiên bế mạc.',
      credit: 'TTXVN',
    });
    expect(splitCaptionCredit('Quang cảnh hội nghị (Ảnh: Nguyễn Dân/Vietnam+)')).toEqual({
      caption: 'Quang cảnh hội nghị',
      credit: 'Nguyễn Dân/Vietnam+',
    });
    expect(splitCaptionCredit('Ảnh minh họa')).toEqual({ caption: 'Ảnh minh họa', credit: null });
  });
});
