import { describe, expect, it } from 'vitest';
import { splitSentenceSpans, splitSentences } from '../../../lib/analysis/sentences';

describe('splitSentences', () => {
  const cases: [string, string, string[]][] = [
    [
      'does not split after TP. before a city name',
      'Chiều 28/12/2023, tại TP. Cần Thơ, hội nghị diễn ra. Sau đó về Hà Nội.',
      ['Chiều 28/12/2023, tại TP. Cần Thơ, hội nghị diễn ra.', 'Sau đó về Hà Nội.'],
    ],
    ['does not split after Tp.', 'Tp. Đà Nẵng đón khách. Xong.', ['Tp. Đà Nẵng đón khách.', 'Xong.']],
    [
      'does not split after PGS.TS. and GS.TS.',
      'PGS.TS. Nguyễn Văn A phát biểu. Tiếp theo là GS.TS. Trần Thị B.',
      ['PGS.TS. Nguyễn Văn A phát biểu.', 'Tiếp theo là GS.TS. Trần Thị B.'],
    ],
    [
      'does not split after ThS., TS. and Th.S.',
      'ThS. Lê C và TS. Phạm D dự. Th.S. Vũ E nói.',
      ['ThS. Lê C và TS. Phạm D dự.', 'Th.S. Vũ E nói.'],
    ],
    [
      'keeps thousands, decimals and percentages whole',
      'Có 23.000 đơn, tăng 7,09% so với năm 2022. Tổng là 1.234.567,89 đồng.',
      ['Có 23.000 đơn, tăng 7,09% so với năm 2022.', 'Tổng là 1.234.567,89 đồng.'],
    ],
    [
      'keeps dates and document codes whole',
      'Ngày 28/12/2023 ban hành Kết luận số 82-KL/TW. Nghị quyết số 196/2025/QH15 có hiệu lực.',
      ['Ngày 28/12/2023 ban hành Kết luận số 82-KL/TW.', 'Nghị quyết số 196/2025/QH15 có hiệu lực.'],
    ],
    [
      'does not split inside v.v.',
      'Các đoàn thể v.v. Tham dự có nhiều người.',
      ['Các đoàn thể v.v. Tham dự có nhiều người.'],
    ],
    [
      'treats single capitals as initials',
      'Theo V.I. Lênin, cách mạng là ngày hội. Ông J. Smith đến.',
      ['Theo V.I. Lênin, cách mạng là ngày hội.', 'Ông J. Smith đến.'],
    ],
    [
      'keeps a short quotation in one sentence',
      'Ông nói: “Phải cố gắng. Không lùi bước.” Sau đó ông rời đi.',
      ['Ông nói: “Phải cố gắng. Không lùi bước.”', 'Sau đó ông rời đi.'],
    ],
    ['leaves out the closing ./. mark', 'Câu cuối cùng của bài./.', ['Câu cuối cùng của bài.']],
    [
      'does not make a sentence of ./. in the middle',
      '… câu cuối./. Câu tiếp theo.',
      ['… câu cuối.', 'Câu tiếp theo.'],
    ],
    [
      'leaves out the (ĐCSVN) dateline',
      '(ĐCSVN) - Sáng 8/12, Ban Chấp hành T.Ư Đảng họp.',
      ['Sáng 8/12, Ban Chấp hành T.Ư Đảng họp.'],
    ],
    [
      'splits after an ellipsis only before a capital',
      'Hội nghị... và sau đó tiếp tục. Hội nghị... Sau đó nghỉ.',
      ['Hội nghị... và sau đó tiếp tục.', 'Hội nghị...', 'Sau đó nghỉ.'],
    ],
    [
      'does not split after a list enumerator',
      '1. Lê Minh Hưng - Ủy viên Bộ Chính trị',
      ['1. Lê Minh Hưng - Ủy viên Bộ Chính trị'],
    ],
    [
      'splits after a roman numeral that ends a clause',
      'Đến khi quốc tế I được thành lập đến 1914. Chủ nghĩa cơ hội.',
      ['Đến khi quốc tế I được thành lập đến 1914.', 'Chủ nghĩa cơ hội.'],
    ],
    [
      'splits at question and exclamation marks',
      'Vì sao? Vì dân! Thế thôi.',
      ['Vì sao?', 'Vì dân!', 'Thế thôi.'],
    ],
  ];
  it.each(cases)('%s', (_label, input, expected) => {
    expect(splitSentences(input)).toEqual(expected);
  });

  it('gives offsets that point back into the original text', () => {
    const text = '(ĐCSVN) - Câu một. Câu hai tại TP. Huế.';
    for (const s of splitSentenceSpans(text)) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('returns an empty list for empty or non-text input', () => {
    expect(splitSentences('')).toEqual([]);
    expect(splitSentences('   ./.')).toEqual([]);
    expect(splitSentences(undefined as unknown as string)).toEqual([]);
  });
});
