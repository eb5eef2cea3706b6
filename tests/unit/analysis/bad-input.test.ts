import { describe, expect, it } from 'vitest';
import { analyze, findOfficials } from '../../../lib/analysis/index';
import type { Article } from '../../../lib/cpv/article';
import { articleFromGold, articleOf, loadGolds } from './gold-article';

const paragraph =
  'Đồng chí Lê Minh Hưng, Bí thư Trung ương Đảng, Chánh Văn phòng Trung ương Đảng phát biểu; Văn phòng tiếp nhận 23.000 đơn theo Kết luận số 82-KL/TW.';

describe('analysis on bad input', () => {
  it('returns empty lists for an empty article', () => {
    expect(analyze(articleOf({}))).toEqual({ summary: [], officials: [], figures: [], documents: [] });
  });

  it('never throws on malformed articles', () => {
    const broken = [
      null,
      {},
      { blocks: null },
      { title: 5, blocks: [null, { type: 'paragraph' }, 'x'] },
    ] as unknown as Article[];
    for (const a of broken) expect(() => analyze(a)).not.toThrow();
  });

  it('copes with text without diacritics', () => {
    const result = analyze(
      articleOf({ paragraphs: ['Dong chi Le Minh Hung, Bi thu Trung uong Dang phat bieu. Co 23.000 don.'] }),
    );
    expect(Array.isArray(result.officials)).toBe(true);
    expect(result.figures.map((f) => f.value)).toContain(23000);
  });

  it('copes with all-caps text', () => {
    const result = analyze(
      articleOf({ title: paragraph.toUpperCase(), paragraphs: [paragraph.toUpperCase()] }),
    );
    expect(result.documents.map((d) => d.code)).toEqual(['82-KL/TW']);
  });

  it('gives the same officials for NFD and NFC text', () => {
    const nfc = findOfficials(articleOf({ paragraphs: [paragraph] }));
    const nfd = findOfficials(articleOf({ paragraphs: [paragraph.normalize('NFD')] }));
    expect(nfd.map((o) => [o.name, o.positions])).toEqual(nfc.map((o) => [o.name, o.positions]));
    expect(nfc[0]?.name).toBe('Lê Minh Hưng');
  });

  it('is deterministic', () => {
    const gold = loadGolds()[0]?.gold;
    if (!gold) throw new Error('no fixtures');
    expect(analyze(articleFromGold(gold))).toEqual(analyze(articleFromGold(gold)));
  });

  it('stays roughly linear on a very long article', () => {
    const paragraphs = loadGolds().flatMap((g) => g.gold.paragraphs);
    const build = (words: number) => {
      const out: string[] = [];
      let n = 0;
      for (let i = 0; n < words; i++) {
        const p = paragraphs[i % paragraphs.length] ?? '';
        out.push(p);
        n += p.split(/\s+/).length;
      }
      return articleOf({ title: 'Bài dài', paragraphs: out });
    };
    const small = build(5_000);
    const large = build(100_000);
    analyze(small);
    const t0 = performance.now();
    analyze(small);
    const t1 = performance.now();
    const result = analyze(large);
    const t2 = performance.now();
    expect(result.summary.length).toBe(3);
    // 20× the words may not cost much more than 20× the time (slack for machine noise).
    expect(t2 - t1).toBeLessThan(60 * Math.max(t1 - t0, 5));
  });
});
