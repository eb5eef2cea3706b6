import { describe, expect, it } from 'vitest';
import { anchor } from '../../../lib/annotate/anchor';
import { describeRange, describeTextRange } from '../../../lib/annotate/describe';
import { highlightElements, highlightRange, removeHighlight } from '../../../lib/annotate/highlight';
import { HIGHLIGHT_CSS } from '../../../lib/annotate/highlight-style';
import { reattach } from '../../../lib/annotate/reattach';
import { buildTextMap, UI_HOST_ATTRIBUTE } from '../../../lib/annotate/text-map';
import { bodyFrom, fixtureBody } from './helpers';

describe('text map', () => {
  it('separates blocks and skips scripts and our own UI', () => {
    const root = bodyFrom(
      `<p>Một <b>hai</b></p><p>ba</p><script>x()</script><div ${UI_HOST_ATTRIBUTE}>toolbar</div><p>bốn</p>`,
    );
    expect(buildTextMap(root).text).toBe('Một hai\u2029ba\u2029bốn\u2029');
  });
});

describe('highlighting across inline elements', () => {
  const html =
    '<p>Theo <a href="https://dangcongsan.vn/x">Nghị quyết <b>Trung ương</b> 4</a> khóa XII, cần làm rõ.</p>';

  it('wraps each text piece, keeps the link element with the mark inside it, and removes cleanly', () => {
    const root = bodyFrom(html);
    const before = root.innerHTML;
    const link = root.querySelector('a')!;
    const map = buildTextMap(root);
    const start = map.text.indexOf('Nghị quyết');
    const end = map.text.indexOf(', cần');
    const marks = highlightRange(map, start, end, 'h1', 'green');
    expect(marks.length).toBe(4);
    expect(root.querySelector('a')).toBe(link);
    expect(link.getAttribute('href')).toBe('https://dangcongsan.vn/x');
    expect(link.querySelectorAll('mark[data-cpv-highlight="h1"]').length).toBe(3);
    expect(root.querySelector('b mark')?.textContent).toBe('Trung ương');
    expect(marks.every((m) => m.className === 'cpv-hl cpv-hl-green')).toBe(true);
    expect(marks.map((m) => m.textContent).join('')).toBe('Nghị quyết Trung ương 4 khóa XII');
    expect(buildTextMap(root).text).toBe(map.text);

    expect(removeHighlight(root, 'h1')).toBe(4);
    expect(root.innerHTML).toBe(before);
    expect(root.querySelector('a')).toBe(link);
  });

  it('describes a DOM selection and anchors it back to the same text', () => {
    const root = bodyFrom(html);
    // A plain boundary record: happy-dom's Range collapses a valid cross-element range.
    const range = {
      startContainer: root.querySelector('a')!.firstChild!,
      startOffset: 0,
      endContainer: root.querySelector('b')!.firstChild!,
      endOffset: 5,
    };
    const sel = describeRange(buildTextMap(root), range)!;
    expect(sel.quote.exact).toBe('Nghị quyết Trung');
    expect(sel.quote.prefix).toBe('Theo ');
    expect(anchor(buildTextMap(root).text, sel)?.method).toBe('position');
  });

  it('provides background-only styles for the four colours', () => {
    for (const color of ['yellow', 'green', 'blue', 'pink'])
      expect(HIGHLIGHT_CSS).toContain(`cpv-hl-${color}`);
    expect(HIGHLIGHT_CSS).not.toMatch(/padding|margin|border|display/);
  });
});

describe('re-attaching highlights on a fixture article', () => {
  it('places every highlight, marks orphans, and removal restores the original text', () => {
    const root = fixtureBody('portal-2025-ket-luan-126');
    const map = buildTextMap(root);
    const originalText = root.textContent;
    const phrases = [...map.text.matchAll(/\S+( \S+){4}/g)].slice(0, 60);
    const annotations = phrases.map((m, i) => ({
      id: `a${i}`,
      color: 'yellow' as const,
      ...describeTextRange(map.text, m.index, m.index + m[0].length)!,
    }));
    annotations.push({
      ...annotations[0]!,
      id: 'gone',
      quote: {
        ...annotations[0]!.quote,
        exact: 'Đoạn văn này không còn trên trang nữa và không được khớp sai.',
      },
    });
    const report = reattach(root, annotations);
    expect(report.anchored).toBe(60);
    expect(report.orphaned).toBe(1);
    expect(report.placements.find((p) => p.id === 'gone')?.anchor).toBeNull();
    expect(
      highlightElements(root, 'a3')
        .map((m) => m.textContent)
        .join(''),
    ).toBe(annotations[3]!.quote.exact);
    expect(root.textContent).toBe(originalText);
    for (const a of annotations) removeHighlight(root, a.id);
    expect(root.querySelector('mark')).toBeNull();
    expect(root.textContent).toBe(originalText);
  });
});
