import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract } from '@/lib/cpv';
import { readMarkup } from '@/lib/popup/fallback';

const URL_ = 'https://dangcongsan.vn/thoi-su/van-phong-trung-uong-dang-tong-ket-cong-tac-nam-656001.html';
const html = readFileSync(
  join(import.meta.dirname, '../../fixtures/drift/no-body-markup-one-text-block.html'),
  'utf8',
);
const parse = (markup: string) => new DOMParser().parseFromString(markup, 'text/html');

describe('reading a page the extractor found no body on', () => {
  it('is what the extractor says of a body written as one bare block of text', () => {
    const result = extract(parse(html), URL_);
    expect(result.ok).toBe(false);
    expect(result.detection.bodyMissing).toBe(true);
  });

  it('finds the article with Mozilla Readability, from the markup alone', async () => {
    const article = await readMarkup(html, URL_, parse);
    expect(article?.title).toBe('Văn phòng Trung ương Đảng tổng kết công tác năm');
    expect(article?.sources.body).toBe('readability');
    expect(article?.blocks.map((b) => b.text).join(' ')).toContain('23.000 đơn, thư khiếu nại');
  });

  it('finds nothing on a page with no article in it', async () => {
    const empty =
      '<!doctype html><html><head><title>x</title></head><body><h1>Trang</h1><p>Ngắn.</p></body></html>';
    expect(await readMarkup(empty, URL_, parse)).toBeNull();
  });
});
