import { describe, expect, it } from 'vitest';
import { canonicalKey, detect, parseWaybackUrl, waybackCapturesListUrl } from '../../../lib/cpv/index.ts';
import { fixtureHtml, parse } from './helpers.ts';

const article = parse(fixtureHtml('newspaper-2023-van-phong-trung-uong.html'));
const portalArticle = parse(fixtureHtml('portal-2025-ket-luan-126.html'));
const legacy = parse(fixtureHtml('legacy-2010-phuong-phap-dan-chu.html'));

describe('detect: article addresses of every host and scheme', () => {
  const path =
    '/thoi-su/tiep-tuc-doi-moi-linh-hoat-sang-tao-tham-muu-phuc-vu-bo-chinh-tri-ban-bi-thu-656789.html';
  it.each([
    `https://dangcongsan.vn${path}`,
    `http://dangcongsan.vn${path}`,
    `https://www.dangcongsan.vn${path}`,
    `https://dangcongsan.org.vn${path}`,
    `https://cn.dangcongsan.vn${path}`,
    `https://fr.dangcongsan.vn${path}`,
    `https://web.archive.org/web/20240105083012/https://dangcongsan.vn${path}`,
    `https://web.archive.org/web/20240105083012id_/http://www.dangcongsan.vn${path}`,
    `https://web.archive.org/web/20240105083012if_/https://dangcongsan.vn${path}`,
  ])('%s is an article', (url) => {
    expect(detect(article, url).isArticle).toBe(true);
  });

  it.each([
    'https://dangcongsan.vn/tin-hoat-dong/ket-luan-so-126.html?categoryId=1902448',
    'https://dangcongsan.org.vn/bocongthuong/tin-tuc-hoat-dong/ket-luan-so-126.html',
  ])('portal article %s is an article', (url) => {
    expect(detect(portalArticle, url)).toMatchObject({ isArticle: true, template: 'portal' });
  });

  it.each([
    'http://www.dangcongsan.vn/cpv/Modules/News/NewsDetail.aspx?co_id=30456&cn_id=201609',
    'http://cpv.org.vn/cpv/Modules/News/NewsDetail.aspx?co_id=30456&cn_id=201609',
    'https://web.archive.org/web/2010/http://www.cpv.org.vn/cpv/Modules/News/NewsDetail.aspx?co_id=30456&cn_id=201609',
  ])('legacy article %s is an article', (url) => {
    expect(detect(legacy, url)).toMatchObject({ isArticle: true, template: 'legacy-aspx' });
  });
});

describe('detect: never a false positive, even on an article-looking DOM', () => {
  it.each([
    ['home', 'https://dangcongsan.vn/'],
    ['home (www, http)', 'http://www.dangcongsan.vn'],
    ['category', 'https://dangcongsan.vn/thoi-su'],
    ['category page 3', 'https://dangcongsan.vn/thoi-su.html?page=3'],
    ['one-segment .html category', 'https://dangcongsan.vn/xay-dung-dang.html'],
    ['search', 'https://dangcongsan.vn/page/search?keyword=van+phong'],
    ['tag', 'https://dangcongsan.vn/tag/le-minh-hung.html'],
    ['portal tag', 'https://dangcongsan.vn/page/tag?keyword=abc'],
    ['legacy list', 'http://dangcongsan.vn/cpv/Modules/News/ListObjectNews.aspx?co_id=10165'],
    ['interim list', 'https://dangcongsan.vn/noidung/tintuc/Lists/Tinhoatdong/View.aspx?Page=2'],
    ['rss', 'https://dangcongsan.vn/rss'],
    ['other site', 'https://example.com/thoi-su/bai-viet-656789.html'],
    ['capture of a category', 'https://web.archive.org/web/2023/https://dangcongsan.vn/thoi-su'],
    ['capture of another site', 'https://web.archive.org/web/2023/https://example.com/a-656789.html'],
    ['not a URL', 'not a url'],
  ])('%s is not an article', (_label, url) => {
    const d = detect(article, url);
    expect(d.isArticle).toBe(false);
    expect(d.template).toBeNull();
    expect(d.reason).toMatch(/\w{3}/);
  });

  it('a 404 page at an article address is not an article', () => {
    const doc = parse(
      '<html><head><title>404 - Không tìm thấy trang</title></head><body><h1>Không tìm thấy trang</h1><p>Trang bạn tìm không tồn tại hoặc đã bị xóa.</p></body></html>',
    );
    expect(detect(doc, 'https://dangcongsan.vn/thoi-su/bai-viet-656789.html').isArticle).toBe(false);
  });

  it('a player-only video page is not an article', () => {
    const doc = parse(
      '<html><head><meta property="og:type" content="video.other"></head><body><h1 class="post-title">Video: Lễ kỷ niệm</h1><div class="post-content"><video src="/v.mp4"></video><p>Video.</p></div></body></html>',
    );
    expect(detect(doc, 'https://dangcongsan.vn/multimedia/video/le-ky-niem-656790.html').isArticle).toBe(
      false,
    );
  });
});

describe('Wayback addresses', () => {
  it('parses timestamp, flag and original address', () => {
    expect(
      parseWaybackUrl('https://web.archive.org/web/20230103161545id_/https://dangcongsan.vn/a-628715.html'),
    ).toEqual({
      timestamp: '20230103161545',
      flags: 'id_',
      originalUrl: 'https://dangcongsan.vn/a-628715.html',
      capturedAt: '2023-01-03T16:15:45Z',
    });
    expect(parseWaybackUrl('https://web.archive.org/web/2023/dangcongsan.vn/x.html')?.originalUrl).toBe(
      'http://dangcongsan.vn/x.html',
    );
    expect(parseWaybackUrl('https://dangcongsan.vn/x.html')).toBeNull();
    expect(
      parseWaybackUrl('https://web.archive.org/web/20231340000000/https://dangcongsan.vn/x.html'),
    ).toBeNull();
  });

  it('links to the list of captures of an address', () => {
    expect(waybackCapturesListUrl('https://dangcongsan.vn/a-1.html')).toBe(
      'https://web.archive.org/web/*/https://dangcongsan.vn/a-1.html',
    );
  });
});

describe('canonicalKey makes one record of every copy of an article', () => {
  const k = 'dangcongsan.vn/thoi-su/bai-viet-656789.html';
  it.each([
    'https://dangcongsan.vn/thoi-su/bai-viet-656789.html',
    'http://www.dangcongsan.vn/thoi-su/bai-viet-656789.html?utm_source=x#top',
    'https://DangCongSan.vn/thoi-su/bai-viet-656789.html/',
    'https://web.archive.org/web/20240105083012/https://dangcongsan.vn/thoi-su/bai-viet-656789.html',
    'https://web.archive.org/web/20240105083012id_/http://www.dangcongsan.vn/thoi-su/bai-viet-656789.html',
  ])('%s', (url) => expect(canonicalKey(url)).toBe(k));

  it('keeps the legacy cn_id and merges the print view with the detail view', () => {
    const a = canonicalKey(
      'http://www.dangcongsan.vn/cpv/Modules/News/NewsDetail.aspx?co_id=30652&cn_id=49931',
    );
    const b = canonicalKey(
      'http://dangcongsan.vn/cpv/Modules/Preview/PrintPreview.aspx?co_id=30652&cn_id=49931',
    );
    const c = canonicalKey('http://dangcongsan.vn/cpv/Modules/News/NewsDetail.aspx?co_id=30652&cn_id=49932');
    expect(a).toBe(b);
    expect(a).not.toBe(c);
  });
});
