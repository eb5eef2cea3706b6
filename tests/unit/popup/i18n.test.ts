import { describe, expect, it } from 'vitest';
import { createTranslator, formatMessage, languageFromTag, resolveLanguage, translate } from '@/lib/i18n';

describe('i18n', () => {
  it('substitutes named placeholders and $$', () => {
    expect(
      formatMessage({ message: 'Lý do: $REASON$ $$5', placeholders: { reason: { content: '$1' } } }, ['x']),
    ).toBe('Lý do: x $5');
    expect(formatMessage({ message: 'a $1 b $2' }, ['1', 2])).toBe('a 1 b 2');
  });

  it('translates in both languages', () => {
    expect(translate('vi', 'saveButton')).toBe('Lưu bài');
    expect(translate('en', 'saveButton')).toBe('Save');
    expect(translate('vi', 'readingTime', 4)).toBe('4 phút đọc');
    expect(translate('en', 'readingTime', 4)).toBe('4 min read');
  });

  it('chooses plural forms', () => {
    expect(createTranslator('en').plural('mentions', 1)).toBe('1 mention');
    expect(createTranslator('en').plural('mentions', 3)).toBe('3 mentions');
    expect(createTranslator('vi').plural('mentions', 1)).toBe('1 lần nhắc đến');
    expect(createTranslator('vi').plural('annotations', 1200)).toBe('1.200 đánh dấu');
  });

  it('follows the browser language unless overridden', () => {
    expect(languageFromTag('vi')).toBe('vi');
    expect(languageFromTag('vi-VN')).toBe('vi');
    expect(languageFromTag('en-US')).toBe('en');
    expect(languageFromTag('fr')).toBe('en');
    expect(languageFromTag(undefined)).toBe('en');
    expect(languageFromTag('video')).toBe('en');
    expect(resolveLanguage('auto', () => 'vi')).toBe('vi');
    expect(resolveLanguage('en', () => 'vi')).toBe('en');
  });
});
