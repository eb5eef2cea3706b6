import { describe, expect, it } from 'vitest';
import { buildTextMap } from '../../../lib/annotate/text-map';
import { extract } from '../../../lib/cpv';
import { findBodyRoot } from '../../../lib/page/annotator/body-root';
import { locatePassage } from '../../../lib/page/locate';
import { articleFixtures, articleOf, parse } from './helpers';

const squash = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ');

describe.each(articleFixtures())('the article body of $name', ({ html, url }) => {
  const doc = parse(html);
  const result = extract(doc, url);
  if (!result.ok) throw new Error(`${url} did not extract`);
  const article = result.article;
  const root = findBodyRoot(doc, article);

  it('is an element below <body> that holds the first and last text blocks', () => {
    expect(root).not.toBeNull();
    expect(root).not.toBe(doc.body);
    const texts = article.blocks.filter((b) => b.type !== 'image').map((b) => b.text);
    const first = locatePassage(doc.body, texts[0]!);
    const last = locatePassage(doc.body, texts[texts.length - 1]!);
    expect(root!.contains(first)).toBe(true);
    expect(root!.contains(last)).toBe(true);
  });

  it('gives a flat text that holds the body paragraphs', () => {
    const flat = squash(buildTextMap(root!).text.replace(/\u2029/g, ' '));
    const paragraph = article.blocks.find((b) => b.type === 'paragraph')!;
    expect(flat).toContain(squash(paragraph.text).slice(0, 60));
  });

  it('comes out the same on a second parse of the page', () => {
    const again = parse(html);
    const other = findBodyRoot(again, article);
    expect(other && buildTextMap(other).text).toBe(buildTextMap(root!).text);
  });
});

describe('a body that cannot be found', () => {
  it('is null when no block is on the page, so no toolbar is offered', () => {
    const doc = parse('<body><div><p>Một đoạn văn khác hẳn trên trang này.</p></div></body>');
    expect(findBodyRoot(doc, articleOf(['Đoạn văn này không có trên trang, dù dài.']))).toBeNull();
  });

  it('falls back to the parent of the one block that was found', () => {
    const doc = parse(
      '<body><main><div id="b"><p>Đoạn đầu tiên của bài viết ở đây.</p><p>Quảng cáo</p></div></main></body>',
    );
    const root = findBodyRoot(doc, articleOf(['Đoạn đầu tiên của bài viết ở đây.', 'Đoạn cuối bị mất.']));
    expect(root?.id).toBe('b');
  });
});
