import { describe, expect, it } from 'vitest';
import { summarize } from '../../../lib/analysis/summary';
import { articleFromGold, articleOf, loadGolds } from './gold-article';

describe('summarize', () => {
  const golds = loadGolds();

  it.each(golds.map((g) => [g.name, g.gold] as const))(
    'picks verbatim body sentences in article order (%s)',
    (_name, gold) => {
      const article = articleFromGold(gold);
      const summary = summarize(article, 3);
      expect(summary.length).toBeGreaterThan(0);
      expect(summary.length).toBeLessThanOrEqual(3);
      let last = -1;
      for (const s of summary) {
        const block = article.blocks[s.blockIndex];
        expect(block?.type).toBe('paragraph');
        expect(block?.text.includes(s.text)).toBe(true);
        expect(s.blockIndex).toBeGreaterThanOrEqual(last);
        last = s.blockIndex;
      }
    },
  );

  it('never uses the sapo or a caption', () => {
    const summary = summarize(
      articleOf({
        title: 'Hội nghị tổng kết công tác',
        sapo: 'Hội nghị tổng kết công tác năm nay thành công tốt đẹp.',
        paragraphs: ['Sáng nay, hội nghị tổng kết công tác được tổ chức tại Hà Nội với nhiều đại biểu dự.'],
        captions: ['Hội nghị tổng kết công tác năm nay thành công tốt đẹp.'],
      }),
    );
    expect(summary).toEqual([
      {
        text: 'Sáng nay, hội nghị tổng kết công tác được tổ chức tại Hà Nội với nhiều đại biểu dự.',
        blockIndex: 0,
      },
    ]);
  });

  it('drops near-duplicate sentences', () => {
    const s =
      'Văn phòng Trung ương tiếp tục nâng cao chất lượng tham mưu, phục vụ Bộ Chính trị, Ban Bí thư trong năm tới.';
    const summary = summarize(
      articleOf({
        title: 'Văn phòng Trung ương',
        paragraphs: [
          s,
          s,
          'Các đơn vị hoàn thành tốt nhiệm vụ được giao trong năm qua với nhiều kết quả nổi bật.',
        ],
      }),
      2,
    );
    expect(new Set(summary.map((x) => x.text)).size).toBe(summary.length);
    expect(summary).toHaveLength(2);
  });

  it('keeps the length between 1 and 7 sentences', () => {
    const article = articleFromGold(golds[0]?.gold ?? loadGolds()[0]!.gold);
    expect(summarize(article, 0)).toHaveLength(1);
    expect(summarize(article, 50).length).toBeLessThanOrEqual(7);
  });
});
