import { describe, expect, it } from 'vitest';
import { findDocuments } from '../../../lib/analysis/documents';
import { articleOf } from './gold-article';

const docsIn = (text: string) => findDocuments(articleOf({ paragraphs: [text] }));

describe('findDocuments', () => {
  const codes: [string, string, string | null][] = [
    ['Kết luận số 82-KL/TW về cải cách', '82-KL/TW', 'Kết luận'],
    ['theo Nghị quyết 57-NQ/TW', '57-NQ/TW', 'Nghị quyết'],
    ['Quy định 08-QĐi/TW của Bộ Chính trị', '08-QĐi/TW', 'Quy định'],
    ['Hướng dẫn 15-HD/UBKTTW', '15-HD/UBKTTW', 'Hướng dẫn'],
    ['Nghị quyết số 109/NQ-CP', '109/NQ-CP', 'Nghị quyết'],
    ['Quyết định số 1624/QĐ-TTg', '1624/QĐ-TTg', 'Quyết định'],
    ['Nghị định 134/2026/NĐ-CP', '134/2026/NĐ-CP', 'Nghị định'],
    ['Nghị quyết số 196/2025/QH15 của Quốc hội', '196/2025/QH15', 'Nghị quyết'],
    ['Công điện số 170/CĐ-TTg', '170/CĐ-TTg', 'Công điện'],
    ['Kế hoạch 130/KH-BCĐTKNQ18 về sắp xếp', '130/KH-BCĐTKNQ18', 'Kế hoạch'],
    ['Thông báo số 01-TB/BCĐTW', '01-TB/BCĐTW', 'Thông báo'],
  ];
  it.each(codes)('recognises the code in “%s”', (text, code, type) => {
    const [doc] = docsIn(text);
    expect(doc?.code).toBe(code);
    expect(doc?.type).toBe(type);
  });

  it('reads a numeric or a written-out date after the code', () => {
    expect(docsIn('Kết luận số 126-KL/TW ngày 14/2/2025 của Bộ Chính trị')[0]?.date).toBe('2025-02-14');
    expect(docsIn('Nghị định số 178/2024/NĐ-CP ngày 31 tháng 12 năm 2024')[0]?.date).toBe('2024-12-31');
    expect(docsIn('Quy định số 30-QĐ/TW, ngày 26/7/2016 của Ban Chấp hành')[0]?.date).toBe('2016-07-26');
  });

  it('lists each code once, with the block of its first mention', () => {
    const docs = findDocuments(
      articleOf({ title: 'Kết luận số 126-KL/TW', paragraphs: ['Kết luận số 126-KL/TW nêu rõ.'] }),
    );
    expect(docs).toHaveLength(1);
    expect(docs[0]?.blockIndex).toBe(-1);
  });

  it('takes the date from a later mention when the first one gives none', () => {
    const docs = findDocuments(
      articleOf({
        title: 'Kết luận số 126-KL/TW về sắp xếp bộ máy',
        paragraphs: ['Bộ Chính trị ban hành Kết luận số 126-KL/TW ngày 14/2/2025 về một số nội dung.'],
      }),
    );
    expect(docs).toMatchObject([{ code: '126-KL/TW', type: 'Kết luận', date: '2025-02-14', blockIndex: -1 }]);
  });

  it('does not take dates, numbers, ranges or quarters for codes', () => {
    expect(
      docsIn('Ngày 28/12/2023 có 23.000 đơn, từ 5-10 người, quý III/2025, tháng 3/2025, 21/22 loại hình'),
    ).toEqual([]);
  });
});
