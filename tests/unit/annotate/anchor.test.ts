import { describe, expect, it } from 'vitest';
import { anchor } from '../../../lib/annotate/anchor';
import { describeTextRange } from '../../../lib/annotate/describe';
import type { Selectors } from '../../../lib/annotate/selectors';
import { buildTextMap } from '../../../lib/annotate/text-map';
import { fixtureBody } from './helpers';

const text = buildTextMap(fixtureBody('newspaper-2021-chu-nghia-co-hoi')).text;

function select(phrase: string, occurrence = 0): Selectors {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) at = text.indexOf(phrase, at + 1);
  expect(at).toBeGreaterThanOrEqual(0);
  return describeTextRange(text, at, at + phrase.length)!;
}

const phrase = 'Chủ nghĩa cơ hội là kẻ thù bên trong';

describe('anchoring a highlight in changed text', () => {
  it('exact: the unchanged page anchors by position', () => {
    const sel = select(phrase);
    expect(anchor(text, sel)).toMatchObject({
      start: sel.position.start,
      end: sel.position.end,
      method: 'position',
    });
  });

  it('moved: text inserted before the quote shifts it, and the quote is found', () => {
    const sel = select(phrase);
    const inserted = 'Một đoạn văn mới được thêm vào đầu bài viết để kiểm tra.\u2029';
    const found = anchor(inserted + text, sel);
    expect(found?.method).toBe('quote');
    expect(found?.start).toBe(sel.position.start + inserted.length);
    expect((inserted + text).slice(found!.start, found!.end)).toBe(phrase);
  });

  it('edited: a few characters changed inside and around the quote still attach there', () => {
    const sel = select('Muốn phòng chống chủ nghĩa cơ hội có hiệu quả để bảo vệ chủ nghĩa Mác - Lênin');
    const at = sel.position.start;
    const edited = `${text.slice(0, at - 5)}XY${text.slice(at - 3, at + 10)}ê${text.slice(at + 11, at + 40)}${text.slice(at + 42)}`;
    const found = anchor(edited, sel);
    expect(found?.method).toBe('fuzzy');
    expect(Math.abs(found!.start - at)).toBeLessThanOrEqual(3);
    expect(edited.slice(found!.start, found!.end)).toContain('chống chủ nghĩa cơ hội');
  });

  it('duplicated quotes: the occurrence with the right context and position wins', () => {
    const common = 'chủ nghĩa cơ hội';
    const count = text.split(common).length - 1;
    expect(count).toBeGreaterThan(5);
    for (const occurrence of [1, 4, count - 2]) {
      const sel = select(common, occurrence);
      const shifted = `Lời giới thiệu ngắn.\u2029${text}`;
      const found = anchor(shifted, sel);
      expect(found?.start).toBe(sel.position.start + 'Lời giới thiệu ngắn.\u2029'.length);
    }
  });

  it('across block boundaries: a quote spanning two paragraphs anchors', () => {
    const end = text.indexOf('Vậy chủ nghĩa cơ hội là gì?') + 'Vậy chủ nghĩa cơ hội là gì?'.length;
    const start = text.lastIndexOf('\u2029', end - 40) - 30;
    const sel = describeTextRange(text, start, end)!;
    expect(sel.quote.exact).toContain('\nVậy chủ nghĩa');
    expect(anchor(text, sel)?.method).toBe('position');
    const shifted = `Thêm một câu.\u2029${text}`;
    expect(anchor(shifted, sel)).toMatchObject({ start: sel.position.start + 14, method: 'quote' });
  });

  it('removed: a deleted quote is an orphan, not a match elsewhere', () => {
    const sel = select('Chủ nghĩa cơ hội là một hiện tượng xã hội lịch sử');
    const without = text.slice(0, sel.position.start) + text.slice(sel.position.end);
    expect(anchor(without, sel)).toBeNull();
    const paragraphStart = text.lastIndexOf('\u2029', sel.position.start);
    const paragraphEnd = text.indexOf('\u2029', sel.position.end);
    expect(anchor(text.slice(0, paragraphStart) + text.slice(paragraphEnd), sel)).toBeNull();
  });

  it('removed: a short stock phrase whose passage was deleted is not matched to another copy', () => {
    const sel = select('chủ nghĩa cơ hội', 3);
    const sentenceStart = text.lastIndexOf('.', sel.position.start) + 1;
    const sentenceEnd = text.indexOf('.', sel.position.end) + 1;
    expect(anchor(text.slice(0, sentenceStart) + text.slice(sentenceEnd), sel)).toBeNull();
  });

  it('whitespace and NFD variations do not move or orphan the quote', () => {
    const sel = select(phrase);
    const variant = text.normalize('NFD').replace(/ /g, '  \n ');
    const found = anchor(variant, sel);
    expect(found).not.toBeNull();
    expect(variant.slice(found!.start, found!.end).normalize('NFC').replace(/\s+/g, ' ')).toBe(phrase);
  });
});
