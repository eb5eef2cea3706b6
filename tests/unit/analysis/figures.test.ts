import { describe, expect, it } from 'vitest';
import { findFigures } from '../../../lib/analysis/figures';
import { articleOf } from './gold-article';

const figuresIn = (text: string) => findFigures(articleOf({ paragraphs: [text] }));

describe('findFigures', () => {
  const found: [string, number, string, string, string | null, number | undefined][] = [
    ['tiếp nhận 23.000 đơn, thư khiếu nại, tố cáo', 23000, 'đơn', 'count', null, undefined],
    ['thiệt hại ước khoảng 19.453 tỷ đồng', 19453, 'tỷ đồng', 'money', 'khoảng', 19453e9],
    ['tăng 7,09% so với cùng kỳ', 7.09, '%', 'percent', null, undefined],
    ['gấp 1,6 lần thiệt hại về người', 1.6, 'lần', 'ratio', 'gấp', undefined],
    ['nhắn gần 6,47 triệu tin SMS', 6.47, 'triệu tin', 'count', 'gần', 6.47e6],
    ['điều động trên 10 nghìn cán bộ, chiến sĩ', 10, 'nghìn cán bộ', 'count', 'trên', 10000],
    ['thiệt hại trên 50 tỷ USD', 50, 'tỷ USD', 'money', 'trên', 50e9],
    ['động đất 5,6 độ richter', 5.6, 'độ richter', 'measure', null, undefined],
    ['làm hơn 20.000 người chết', 20000, 'người', 'count', 'hơn', undefined],
    ['giá 140.000đ một suất', 140000, 'đ', 'money', null, undefined],
  ];
  it.each(found)('reads “%s”', (text, value, unit, kind, qualifier, expanded) => {
    const [f] = figuresIn(text);
    expect(f).toMatchObject({ value, unit, kind, qualifier });
    expect(f?.expandedValue).toBe(expanded);
  });

  it('reads a range as two figures that keep both ends', () => {
    const values = figuresIn('mưa rất lớn 300-500mm').map((f) => [f.value, f.unit]);
    expect(values).toEqual(
      expect.arrayContaining([
        [300, 'mm'],
        [500, 'mm'],
      ]),
    );
    expect(figuresIn('sóng lớn từ 1,5-2m').map((f) => f.value)).toEqual(expect.arrayContaining([1.5, 2]));
  });

  const notFigures: [string, string][] = [
    ['a date', 'Chiều 28/12/2023, ngày 17 tháng 5 năm 2025, sáng 14-5'],
    ['a year on its own', 'Thời kỳ 1864 khi quốc tế I được thành lập đến 1914.'],
    ['a period', 'nhiệm kỳ 2021-2026, giai đoạn (1958-1960), tháng 11-1958'],
    ['a time', 'hồi 22 giờ 51 phút, lúc 7 giờ 00, đúng 6h sáng'],
    ['an ordinal or label', 'Hội nghị lần thứ 12, kỳ họp thứ 9, bão số 4, cấp 14-15, khoản 1, Điều 2, quý 3'],
    ['a document code', 'Kết luận số 82-KL/TW và Nghị quyết 196/2025/QH15'],
    ['a fraction or share', 'với 21/22 loại hình thiên tai'],
    ['a decoration name', 'tặng Huy hiệu 65 năm tuổi Đảng'],
    ['an address', 'tại số 5 Trần Thánh Tông'],
    ['a footnote or list number', '1. Phải tăng cường giáo dục. Hết quốc phòng"1. Xem [2] trang 498'],
    ['a number without a unit', 'báo động 3 trên các sông, đúng 7, Lễ viếng'],
  ];
  it.each(notFigures)('does not count %s as a figure', (_label, text) => {
    expect(figuresIn(text)).toEqual([]);
  });

  it('lists a repeated figure once and ranks figures from the title and sapo first', () => {
    const figures = findFigures(
      articleOf({
        title: 'Thiên tai làm 175 người chết',
        paragraphs: ['Có 3 cơn bão. Thiên tai làm 175 người chết.'],
      }),
    );
    expect(figures.map((f) => f.value)).toEqual([175, 3]);
    expect(figures[0]?.blockIndex).toBe(-1);
  });
});
