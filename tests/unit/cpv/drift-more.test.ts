/**
 * Markup the site plausibly has but the gold fixtures do not: each page reuses a
 * fixture's real text in another layout (tests/fixtures/drift/).
 */
import { describe, expect, it } from 'vitest';
import type { Article, Block } from '../../../lib/cpv/article.ts';
import { extract } from '../../../lib/cpv/index.ts';
import { fixtureHtml, type Gold, key, parse } from './helpers.ts';

const NEWS_URL =
  'https://dangcongsan.vn/thoi-su/tiep-tuc-doi-moi-linh-hoat-sang-tao-tham-muu-phuc-vu-bo-chinh-tri-ban-bi-thu-656789.html';
const PORTAL_URL =
  'https://dangcongsan.vn/tin-hoat-dong/ket-luan-so-126-kl-tw-ve-mot-so-noi-dung-nhiem-vu-tiep-tuc-sap-xep-tinh-gon-to-chuc-bo-may-cua-he-th.html?categoryId=1902448';
const gold = JSON.parse(fixtureHtml('newspaper-2023-van-phong-trung-uong.gold.json')) as Required<Gold>;
const P = gold.paragraphs;
const K = (JSON.parse(fixtureHtml('portal-2025-ket-luan-126.gold.json')) as Required<Gold>).paragraphs;

function ok(file: string, url: string): Article {
  const r = extract(parse(fixtureHtml(`drift/${file}`)), url);
  if (!r.ok) throw new Error(`not extracted: ${r.detection.reason}`);
  return r.article;
}

const texts = (a: Article, type: Block['type']) => a.blocks.filter((b) => b.type === type).map((b) => b.text);
const images = (a: Article) => a.blocks.filter((b) => b.type === 'image');
const furniture = /Chia sẻ|Tweet|In bài|Tin liên quan|bình luận|Thư tòa soạn|Các tin khác/i;

describe('bodies written with line breaks instead of paragraphs', () => {
  it('reads a body of text and double line breaks in one div as paragraphs', () => {
    const a = ok(
      'br-paragraphs-no-body-markup.html',
      'https://dangcongsan.vn/thoi-su/van-phong-trung-uong-dang-tong-ket-cong-tac-nam-656001.html',
    );
    expect(a.title).toBe('Văn phòng Trung ương Đảng tổng kết công tác năm');
    expect(a.dateline).toBe('ĐCSVN');
    expect(a.sapo).toMatch(/^Chiều 28\/12, tại Hà Nội/);
    expect(a.sources.body).toBe('heuristic');
    const ps = texts(a, 'paragraph');
    expect(ps).toHaveLength(4);
    expect(ps[0]).toMatch(/^Năm 2023, .*23\.000 đơn, thư khiếu nại, tố cáo/);
    expect(ps[3]).toMatch(/^Năm 2024, Văn phòng Trung ương Đảng cần tiếp tục đổi mới/);
  });

  it('reads a legacy page whose text sits in a table cell, with the date above the title', () => {
    const a = ok(
      'legacy-br-paragraphs-in-cell.html',
      'https://dangcongsan.vn/cpv/Modules/News/NewsDetail.aspx?co_id=10005&cn_id=658001',
    );
    expect(a.template).toBe('legacy-aspx');
    expect(a.title).toBe(gold.title);
    expect(a.publishedAt).toBe('2023-12-28T22:34:00+07:00');
    expect(key(a.sapo)).toBe(key(gold.sapo));
    expect(a.author).toBe('Phạm Cường');
    const ps = texts(a, 'paragraph');
    expect(ps.map(key)).toEqual([...P.slice(0, 6), `${P[6]}./.`].map(key));
    expect(ps.join(' ')).not.toMatch(/Tin tức|Xây dựng Đảng$/);
  });
});

describe('the interim 2025 template', () => {
  const a = ok(
    'interim-full-article-vptw.html',
    'https://dangcongsan.vn/noidung/tintuc/Lists/Tinhoatdong/View_Detail.aspx?ItemID=1288',
  );

  it('reads title, weekday date, sapo and the list name as category', () => {
    expect(a.template).toBe('interim');
    expect(a.title).toBe(gold.title);
    expect(a.publishedAt).toBe('2023-12-28T22:34:00+07:00');
    expect(a.dateline).toBe('ĐCSVN');
    expect(key(a.sapo)).toBe(key(gold.sapo));
    expect(a.category).toBe('Tin hoạt động');
    expect(a.articleId).toBe('1288');
  });

  it('gives "Theo TTXVN" as the source, not the author', () => {
    expect(a.author).toBeNull();
    expect(a.source).toBe('TTXVN');
  });

  it('keeps the paragraphs, the captioned telerik picture, and leaves the share bar out', () => {
    expect(texts(a, 'paragraph').map(key)).toEqual(P.slice(0, 13).map(key));
    const [img] = images(a);
    expect(images(a)).toHaveLength(1);
    expect(img?.type === 'image' && img.src).toBe(
      'https://dangcongsan.vn/noidung/PublishingImages/2023/12/vptw-2.jpg',
    );
    expect(img?.type === 'image' && img.caption).toBe(gold.captions[1]);
    expect(img?.type === 'image' && img.credit).toBe('TTXVN');
    expect(JSON.stringify(a.blocks)).not.toMatch(furniture);
  });
});

describe('newspaper pages with furniture and bylines inside the body', () => {
  it('leaves out a related box, share bar and comment form placed inside the body', () => {
    const a = ok('newspaper-byline-inside-furniture.html', NEWS_URL);
    expect(texts(a, 'paragraph').map(key)).toEqual(P.map(key));
    expect(a.blocks.map((b) => b.type)).toEqual(['image', ...P.map(() => 'paragraph')]);
    expect(JSON.stringify(a.blocks)).not.toMatch(furniture);
    expect(images(a)[0]?.text).toBe(gold.captions[0]);
  });

  it('takes the author from a right-aligned bold "Bài và ảnh:" line', () => {
    const a = ok('newspaper-byline-inside-furniture.html', NEWS_URL);
    expect(a.author).toBe('Phạm Cường');
    expect(a.source).toBeNull();
    expect(a.blocks.at(-1)?.text).toBe(P.at(-1));
  });

  it('takes the author from a "Tin, ảnh:" line with the name in bold inside italics', () => {
    const a = ok('newspaper-byline-tin-anh.html', NEWS_URL);
    expect(a.author).toBe('Phạm Cường');
    expect(texts(a, 'paragraph')).toHaveLength(P.length);
    expect(JSON.stringify(a.blocks)).not.toMatch(/Tin, ảnh/);
  });
});

describe('a portal body with rich markup', () => {
  const a = ok('portal-rich-body-ket-luan-126.html', PORTAL_URL);
  const upload = 'https://dangcongsan.vn/upload/2006988/20250223/';

  it('reads the fields from meta tags and leaves the PV placeholder out', () => {
    expect(a.template).toBe('portal');
    expect(a.title).toMatch(/^Kết luận số 126-KL\/TW/);
    expect(a.publishedAt).toBe('2025-02-23T09:47:00+07:00');
    expect(a.category).toBe('Tin hoạt động');
    expect(a.sapo).toMatch(/^Thay mặt Bộ Chính trị/);
  });

  it('keeps every block type in reading order', () => {
    expect(a.blocks.map((b) => b.type)).toEqual([
      'image',
      'heading',
      'heading',
      'paragraph',
      'quote',
      'paragraph',
      'list',
      'image',
      'heading',
      'list',
      'table',
      'image',
      'paragraph',
    ]);
    expect(texts(a, 'heading')).toEqual([K[0], K[1], K[10]]);
    expect(texts(a, 'quote')).toEqual([K[4]]);
    const lists = a.blocks.filter((b) => b.type === 'list');
    expect(lists[0]?.type === 'list' && lists[0].items).toEqual([K[8], K[9]]);
    expect(lists[1]?.type === 'list' && lists[1].ordered).toBe(true);
    const table = a.blocks.find((b) => b.type === 'table');
    expect(table?.type === 'table' && table.rows).toEqual([
      ['Cơ quan', 'Nhiệm vụ', 'Thời hạn'],
      ['Đảng ủy Chính phủ', 'Hoàn thiện Đề án tổ chức lại hệ thống thanh tra', 'Quý II/2025'],
      ['Ban Tổ chức Trung ương', 'Tổng hợp, báo cáo Bộ Chính trị', 'Tháng 4/2025'],
    ]);
  });

  it('reads lazy pictures from data-src, data-original and srcset, with their captions', () => {
    const imgs = images(a);
    expect(imgs.map((b) => b.type === 'image' && b.src)).toEqual([
      `${upload}ket-luan-126-1.jpg`,
      `${upload}ket-luan-126-2.jpg`,
      `${upload}ket-luan-126-3.jpg`,
    ]);
    expect(imgs.map((b) => b.type === 'image' && b.caption)).toEqual([
      'Bộ Chính trị, Ban Bí thư ban hành Kết luận số 126-KL/TW.',
      'Quang cảnh hội nghị toàn quốc quán triệt Kết luận số 126-KL/TW.',
      'Các đại biểu dự hội nghị tại điểm cầu Trung ương.',
    ]);
    expect(imgs.map((b) => b.type === 'image' && b.credit)).toEqual(['TTXVN', null, 'TTXVN']);
  });

  it('takes a bold all-caps byline above "Theo TTXVN" as author, the agency as source', () => {
    expect(a.author).toBe('PHẠM CƯỜNG');
    expect(a.source).toBe('TTXVN');
    expect(a.blocks.at(-1)?.text).toBe(K[3]);
  });
});

describe('language editions on the newspaper CMS', () => {
  it('reads a Chinese page of cn.dangcongsan.vn', () => {
    const a = ok(
      'cn-newspaper-vptw.html',
      'https://cn.dangcongsan.vn/cate-3085/yuegong-zhongyang-bangongting-649321.html',
    );
    expect(a.template).toBe('newspaper');
    expect(a.title).toBe('越共中央办公厅召开2023年工作总结会议');
    expect(a.publishedAt).toBe('2023-12-28T22:34:00+07:00');
    expect(a.sapo).toMatch(/^12月28日下午/);
    expect(texts(a, 'paragraph')).toHaveLength(6);
    const [img] = images(a);
    expect(img?.type === 'image' && [img.caption, img.credit]).toEqual(['会议现场。', '越通社']);
  });

  it('reads a French page of fr.dangcongsan.vn', () => {
    const a = ok(
      'fr-newspaper-vptw.html',
      'https://fr.dangcongsan.vn/actualites/le-bureau-du-comite-central-du-parti-dresse-le-bilan-649322.html',
    );
    expect(a.title).toMatch(/^Le Bureau du Comité central du Parti/);
    expect(a.publishedAt).toBe('2023-12-28T22:34:00+07:00');
    expect(a.sapo).toMatch(/^Le 28 décembre à Hanoï/);
    expect(texts(a, 'paragraph')).toHaveLength(3);
    const [img] = images(a);
    expect(img?.type === 'image' && [img.caption, img.credit]).toEqual(['Vue de la conférence.', 'VNA']);
  });
});

describe('link boxes whose class names say nothing', () => {
  it('leaves out a "Bài liên quan" box of links inside the body, keeps a single link line', () => {
    const a = ok('portal-unnamed-link-box-in-body.html', PORTAL_URL);
    expect(texts(a, 'paragraph').map(key)).toEqual(
      [...K.slice(2, 10), 'Xem toàn văn Kết luận số 126-KL/TW'].map(key),
    );
    expect(a.blocks.some((b) => b.type === 'list' || b.type === 'heading')).toBe(false);
    expect(JSON.stringify(a.blocks)).not.toMatch(/Bài liên quan|121-KL\/TW về tổng kết/);
  });
});
