import type { NewAnnotation } from '../../../lib/store/annotations';

export function sampleAnnotation(articleKey: string, overrides: Partial<NewAnnotation> = {}): NewAnnotation {
  return {
    articleKey,
    color: 'yellow',
    note: 'Chi tiết về nhân sự',
    quote: { type: 'TextQuoteSelector', exact: 'Văn phòng Trung ương Đảng', prefix: 'Chánh ', suffix: ' đã' },
    position: { type: 'TextPositionSelector', start: 120, end: 145 },
    ...overrides,
  };
}
