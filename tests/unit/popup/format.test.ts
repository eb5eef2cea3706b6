import { describe, expect, it } from 'vitest';
import { createTranslator } from '@/lib/i18n';
import {
  articleWords,
  contextAround,
  countWords,
  figureParts,
  formatDay,
  formatPublished,
  readingMinutes,
  relativeTime,
} from '@/lib/popup/format';
import { makeArticle, NOW } from './fixtures';

describe('dates', () => {
  it('formats the publication date the Vietnamese way, in Vietnam time', () => {
    expect(formatPublished('2023-12-28T22:34:00+07:00', createTranslator('vi').t)).toBe(
      'Thứ Năm, 28/12/2023 22:34',
    );
    expect(formatPublished('2023-12-28T22:34:00+07:00', createTranslator('en').t)).toBe(
      'Thursday, 28/12/2023 22:34',
    );
    // 17:00 UTC is already the next day in Hanoi.
    expect(formatPublished('2025-09-06T17:05:00Z', createTranslator('vi').t)).toBe(
      'Chủ Nhật, 07/09/2025 00:05',
    );
    expect(formatPublished(null, createTranslator('vi').t)).toBeNull();
    expect(formatPublished('not a date', createTranslator('vi').t)).toBeNull();
  });

  it('formats days', () => {
    expect(formatDay('2020-07-22')).toBe('22/07/2020');
    expect(formatDay('2023-12-28T22:34:00+07:00')).toBe('28/12/2023');
    expect(formatDay(null)).toBeNull();
  });

  it('gives relative times in both languages', () => {
    expect(relativeTime('2023-12-28T22:34:00+07:00', NOW, 'vi')).toBe('3 năm trước');
    expect(relativeTime('2023-12-28T22:34:00+07:00', NOW, 'en')).toBe('3 years ago');
    expect(relativeTime('2026-11-25T12:00:00Z', NOW, 'en')).toBe('yesterday');
    expect(relativeTime('2026-11-26T11:58:00Z', NOW, 'en')).toBe('2 minutes ago');
    expect(relativeTime('2026-11-26T11:59:59Z', NOW, 'vi')).toBe('bây giờ');
    expect(relativeTime(null, NOW, 'vi')).toBeNull();
  });
});

describe('reading time', () => {
  it('counts Vietnamese syllables as words', () => {
    expect(countWords('Đảng Cộng sản Việt Nam')).toBe(5);
    expect(countWords('23.000 đơn, thư - 82-KL/TW')).toBe(5);
    expect(countWords('')).toBe(0);
  });

  it('is words / 200 rounded, at least one minute', () => {
    expect(readingMinutes(0)).toBe(1);
    expect(readingMinutes(299)).toBe(1);
    expect(readingMinutes(300)).toBe(2);
    expect(readingMinutes(1000)).toBe(5);
    const article = makeArticle();
    expect(articleWords(article)).toBeGreaterThan(500);
    expect(
      articleWords({
        title: 'a b',
        sapo: null,
        blocks: [{ type: 'image', text: 'x y z', src: 'x', caption: 'c d', credit: 'e', alt: 'f' }],
      }),
    ).toBe(4);
  });
});

describe('figures', () => {
  it('formats the value for the UI language', () => {
    expect(figureParts({ value: 23000, unit: 'đơn' }, 'vi')).toEqual({ value: '23.000', unit: 'đơn' });
    expect(figureParts({ value: 23000, unit: 'đơn' }, 'en')).toEqual({ value: '23,000', unit: 'đơn' });
    expect(figureParts({ value: 6.47, unit: 'triệu USD' }, 'vi')).toEqual({
      value: '6,47',
      unit: 'triệu USD',
    });
    expect(figureParts({ value: 45.5, unit: '%' }, 'vi')).toEqual({ value: '45,5%', unit: '' });
  });
});

describe('the context shown under a figure', () => {
  const sentence =
    'Văn phòng Trung ương Đảng, tiếp nhận và xử lý đúng quy trình 23.000 đơn, thư khiếu nại, tố cáo gửi đến Bộ Chính trị, Ban Bí thư, Tổng Bí thư và Thường trực Ban Bí thư; ban hành 15 văn bản, 303 công văn chuyển đơn, thư đến cấp ủy tổ chức, cá nhân xem xét, xử lý theo thẩm quyền.';

  it('is the whole sentence when it is short', () => {
    expect(contextAround('Có 2 cá nhân được khen thưởng.', '2 cá nhân')).toBe(
      'Có 2 cá nhân được khen thưởng.',
    );
  });

  it('is the words around the figure, marked as cut, when the sentence is long', () => {
    const shown = contextAround(sentence, '303 công văn', 40);
    expect(shown).toContain('303 công văn');
    expect(shown.startsWith('…')).toBe(true);
    expect(shown.endsWith('…')).toBe(true);
    expect(shown.length).toBeLessThan(sentence.length / 2);
    expect(sentence).toContain(shown.replace(/^…|…$/g, ''));
  });

  it('differs between two figures of the same sentence', () => {
    expect(contextAround(sentence, '23.000 đơn', 40)).not.toBe(contextAround(sentence, '303 công văn', 40));
  });
});
