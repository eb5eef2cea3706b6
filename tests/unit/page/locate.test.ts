import { describe, expect, it } from 'vitest';
import { locatePassage } from '@/lib/page/locate';

function page(html: string): Document {
  return new DOMParser().parseFromString(`<!doctype html><body>${html}</body>`, 'text/html');
}

describe('finding a passage on the page', () => {
  const doc = page(`
    <div class="post-content">
      <p>Chiều 28/12, tại Hà Nội, Văn phòng Trung ương Đảng tổ chức Hội nghị.</p>
      <p>Hội nghị đã <b>thống nhất</b>   cao với báo cáo của Ủy ban.</p>
    </div>`);

  it('returns the smallest block that contains the sentence', () => {
    expect(locatePassage(doc, 'Chiều 28/12, tại Hà Nội')?.tagName).toBe('P');
  });

  it('matches across inline markup and collapsed whitespace', () => {
    expect(locatePassage(doc, 'Hội nghị đã thống nhất cao')?.textContent).toContain('báo cáo');
  });

  it('does not care which tone-mark placement the page used', () => {
    expect(locatePassage(doc, 'báo cáo của Uỷ ban')).not.toBeNull();
  });

  it('finds nothing for text that is not on the page, or too short to be sure', () => {
    expect(locatePassage(doc, 'Một câu không có trên trang này')).toBeNull();
    expect(locatePassage(doc, 'Hội')).toBeNull();
  });
});
