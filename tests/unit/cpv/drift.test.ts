import { describe, expect, it } from 'vitest';
import { extract } from '../../../lib/cpv/index.ts';
import { fixtureHtml, key, parse } from './helpers.ts';

const NEWS_URL =
  'https://dangcongsan.vn/thoi-su/tiep-tuc-doi-moi-linh-hoat-sang-tao-tham-muu-phuc-vu-bo-chinh-tri-ban-bi-thu-656789.html';
const PORTAL_URL =
  'https://dangcongsan.vn/tin-hoat-dong/ket-luan-so-126-kl-tw-ve-mot-so-noi-dung-nhiem-vu-tiep-tuc-sap-xep-tinh-gon-to-chuc-bo-may-cua-he-th.html?categoryId=1902448';
const news = fixtureHtml('newspaper-2023-van-phong-trung-uong.html');
const portal = fixtureHtml('portal-2025-ket-luan-126.html');

function ok(html: string, url: string) {
  const r = extract(parse(html), url);
  if (!r.ok) throw new Error(`not extracted: ${r.detection.reason}`);
  return r.article;
}

const bodyText = (a: ReturnType<typeof ok>) => a.blocks.filter((b) => b.type !== 'image').map((b) => b.text);

describe('extraction survives template drift', () => {
  const baseline = ok(news, NEWS_URL);

  it('reads a newspaper page whose classes were all renamed', () => {
    const renamed = news
      .replace(/post-title/g, 'headline-x')
      .replace(/post-content/g, 'body-x')
      .replace(/post-summary/g, 'lead-x')
      .replace(/lbPublishedDate/g, 'when-x')
      .replace(/detail-post hnoneview/g, 'story-x');
    const a = ok(renamed, NEWS_URL);
    expect(a.title).toBe(baseline.title);
    expect(key(a.sapo)).toBe(key(baseline.sapo));
    expect(a.publishedAt).toBe('2023-12-28T22:34:00+07:00');
    expect(bodyText(a).map(key)).toEqual(bodyText(baseline).map(key));
    expect(a.author).toBe('Phạm Cường');
    expect(a.sources.body).toBe('heuristic');
  });

  it('reads a newspaper page wrapped in extra divs', () => {
    const wrapped = news
      .replace(
        '<div class="post-content">',
        '<div class="post-content"><div class="wrap-a"><section><div class="inner">',
      )
      .replace('<div class="tags-post">', '</div></section></div><div class="tags-post">');
    const a = ok(wrapped, NEWS_URL);
    expect(bodyText(a).map(key)).toEqual(bodyText(baseline).map(key));
    expect(a.blocks.filter((b) => b.type === 'image')).toHaveLength(4);
  });

  it('reads a portal page without og:type, section and published-time meta', () => {
    const bare = portal.replace(/<meta property="(?:og:type|article:[a-z_]+)"[^>]*>/g, '');
    const a = ok(bare, PORTAL_URL);
    expect(a.title).toMatch(/^Kết luận số 126-KL\/TW/);
    expect(a.publishedAt).toBe('2025-02-23T09:47:00+07:00');
    expect(a.category).toBe('Tin hoạt động');
    expect(a.sources.publishedAt).not.toBe('metadata');
  });

  it('reads a portal page whose body class was renamed and meta tags removed', () => {
    const drifted = portal
      .replace(/article-content/g, 'noi-dung-moi')
      .replace(/article-title/g, 'tieu-de')
      .replace(/sapo-detail/g, 'mo-dau')
      .replace(/<meta (?:name|property)="(?:og:[a-z]+|article:[a-z_]+|description)"[^>]*>/g, '');
    const a = ok(drifted, PORTAL_URL);
    expect(a.title).toMatch(/^Kết luận số 126-KL\/TW/);
    expect(a.sapo).toMatch(/^Thay mặt Bộ Chính trị/);
    expect(a.dateline).toBe('ĐCSVN');
    expect(bodyText(a).length).toBeGreaterThan(20);
  });

  it('takes the lead from a first paragraph opening with the dateline when no sapo element exists', () => {
    const html = news
      .replace(/<div class="post-summary">[\s\S]*?<\/div>/, '')
      .replace(
        '<div class="post-content">',
        '<div class="post-content"><p>(ĐCSVN) – Lời dẫn của bài viết được đặt trong đoạn đầu tiên của nội dung.</p>',
      );
    const a = ok(html, NEWS_URL);
    expect(a.sapo).toBe('Lời dẫn của bài viết được đặt trong đoạn đầu tiên của nội dung.');
    expect(a.dateline).toBe('ĐCSVN');
    expect(a.blocks[0]?.text).not.toMatch(/Lời dẫn/);
  });

  it('reads the interim 2025 template (h1#contenttitle, #ngaytao, .noidungtt, b#tacgia)', () => {
    const a = ok(
      fixtureHtml('drift/interim-ban-bi-thu.html'),
      'https://dangcongsan.vn/noidung/tintuc/Lists/Tinhoatdong/View_Detail.aspx?ItemID=1234',
    );
    expect(a.template).toBe('interim');
    expect(a.publishedAt).toBe('2025-04-15T10:20:00+07:00');
    expect(a.sapo).toMatch(/^Ngày 15\/4/);
    expect(a.author).toBeNull();
    expect(a.source).toBe('TTXVN');
    expect(bodyText(a)).toHaveLength(3);
  });
});

describe('Wayback captures', () => {
  it('reads an id_ capture without the banner as the original article', () => {
    const url = `https://web.archive.org/web/20240105083012id_/${NEWS_URL}`;
    const a = ok(fixtureHtml('drift/wayback-id-no-banner-newspaper-2023.html'), url);
    expect(a.archive).toEqual({
      service: 'wayback',
      capturedAt: '2024-01-05T08:30:12Z',
      originalUrl: NEWS_URL,
      url,
    });
    expect(a.canonicalUrl).toBe(NEWS_URL);
    expect(a.articleId).toBe('656789');
    // Unrewritten links are given an archive address at the capture's time.
    const img = a.blocks.find((b) => b.type === 'image');
    expect(img?.type === 'image' && img.src).toMatch(
      /^https:\/\/web\.archive\.org\/web\/20240105083012im_\/https:\/\/file1\./,
    );
    expect(a.related[0]?.url).toMatch(
      /^https:\/\/web\.archive\.org\/web\/20240105083012\/https:\/\/dangcongsan\.vn\//,
    );
  });

  it('reads a capture of a portal page and leaves the banner out', () => {
    const url = `https://web.archive.org/web/20251001120000/${PORTAL_URL}`;
    const a = ok(fixtureHtml('drift/wayback-portal-ket-luan-126.html'), url);
    const live = ok(portal, PORTAL_URL);
    expect(a.template).toBe('portal');
    expect(a.canonicalUrl).toBe(live.canonicalUrl);
    expect(bodyText(a)).toEqual(bodyText(live));
    expect(JSON.stringify(a)).not.toMatch(/999-KL|Internet Archive|captures/);
    expect(a.tags).toEqual(live.tags);
  });

  it('reads a capture given as http, www and a short timestamp', () => {
    const url = `http://web.archive.org/web/2024/http://www.dangcongsan.vn/thoi-su/tiep-tuc-doi-moi-linh-hoat-sang-tao-tham-muu-phuc-vu-bo-chinh-tri-ban-bi-thu-656789.html`;
    const r = extract(parse(fixtureHtml('wayback-newspaper-2023-van-phong-trung-uong.html')), url);
    expect(r.detection.isArticle).toBe(true);
    expect(r.ok && r.article.archive?.capturedAt).toBe('2024-01-01T00:00:00Z');
  });
});
