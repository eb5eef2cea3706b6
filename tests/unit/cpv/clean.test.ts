import { describe, expect, it } from 'vitest';
import { nfc } from '../../../lib/analysis/normalize';
import { clean } from '../../../lib/cpv/text';

/** The reference the fast path must agree with: nfc, drop zero-width, collapse, trim. */
const reference = (s: string) =>
  nfc(s)
    .replace(/[\u200B-\u200D\uFEFF]/g, '')
    .replace(/\s+/g, ' ')
    .trim();

describe('display text', () => {
  const cases = [
    '',
    '  Hội nghị  Trung ương  ',
    'Ðảng ủy\u00a0tỉnh', // Icelandic eth and a no-break space
    'Ủy ban\u200b kiểm tra', // zero-width space
    'thủy lợi\t\n\r hoà bình', // tabs and new lines
    'Le\u0302 Minh Hu\u031bng', // NFD input
    'a\u2028b\u3000c\u202fd', // line separator, ideographic and narrow spaces
    'đã sẵn sàng',
  ];
  it.each(cases)('agrees with the NFC and whitespace rules for %j', (text) => {
    expect(clean(text)).toBe(reference(text));
  });

  it('agrees on every character of the Basic Multilingual Plane between two words', () => {
    for (let code = 0; code < 0x10000; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const text = `a${String.fromCharCode(code)}b`;
      if (clean(text) !== reference(text)) throw new Error(`differs at U+${code.toString(16)}`);
    }
  });
});
