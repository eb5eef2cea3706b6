/**
 * Party and State document codes. The formats are fully regular (Quy định
 * 66-QĐ/TW, Hướng dẫn 36-HD/VPTW for Party codes; `<số>[/<năm>]/<LOẠI>-<CƠ QUAN>`
 * for State ones), so recognition is by shape; the type phrase before the code
 * and the date after it are read from the surrounding text.
 */

import type { Article } from '../cpv/article';
import { nfc } from './normalize';
import { splitSentenceSpans } from './sentences';
import type { DocumentRef } from './types';
import { articleUnits } from './units';

const PARTY =
  /(?<![\p{L}\p{M}\d/-])(\d{1,4})-(QĐi|QĐ|NQ|KL|CT|HD|TB|BC|KH|CTr|TTr|ĐA|QC|TT|QyĐ|HĐ|TTr)\/([A-ZĐ][A-ZĐ0-9]{1,14})(?![\p{L}\p{M}\d])/gu;
const STATE =
  /(?<![\p{L}\p{M}\d/-])(\d{1,5})(?:\/(\d{4}))?\/([A-ZĐ]{1,5})-([A-ZĐa-zđ][A-ZĐa-zđ0-9]{0,15})(?![\p{L}\p{M}\d])/gu;
const ASSEMBLY = /(?<![\p{L}\p{M}\d/-])(\d{1,4})\/(\d{4})\/(QH\d{1,2}|UBTVQH\d{1,2})(?![\p{L}\p{M}\d])/gu;

const TYPE_NAMES: Record<string, string> = {
  NQ: 'Nghị quyết',
  KL: 'Kết luận',
  CT: 'Chỉ thị',
  QĐ: 'Quyết định',
  QĐi: 'Quy định',
  QyĐ: 'Quy định',
  HD: 'Hướng dẫn',
  TB: 'Thông báo',
  BC: 'Báo cáo',
  KH: 'Kế hoạch',
  CTr: 'Chương trình',
  TTr: 'Tờ trình',
  ĐA: 'Đề án',
  QC: 'Quy chế',
  TT: 'Thông tư',
  NĐ: 'Nghị định',
  CĐ: 'Công điện',
  HĐ: 'Hợp đồng',
  L: 'Luật',
  QH: 'Luật',
};

const TYPE_PHRASE =
  /(Nghị quyết|Kết luận|Chỉ thị|Quyết định|Quy định|Hướng dẫn|Thông báo|Báo cáo|Kế hoạch|Chương trình|Tờ trình|Đề án|Quy chế|Thông tư|Nghị định|Công điện|Luật|Pháp lệnh|Thông tri)(?:\s+số)?\s*$/iu;

const DATE_NUMERIC = /^\s*,?\s*(?:ban hành\s+)?ngày\s+(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})/u;
const DATE_WORDS = /^\s*,?\s*(?:ban hành\s+)?ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/u;

function isoDate(d: string, m: string, y: string): string | null {
  const day = Number(d);
  const month = Number(m);
  if (day < 1 || day > 31 || month < 1 || month > 12) return null;
  return `${y}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

interface CodeHit {
  code: string;
  abbreviation: string;
  start: number;
  end: number;
}

export function findCodes(text: string): CodeHit[] {
  const hits: CodeHit[] = [];
  for (const m of text.matchAll(PARTY)) hits.push(hit(m, m[2] ?? ''));
  for (const m of text.matchAll(STATE)) hits.push(hit(m, m[3] ?? ''));
  for (const m of text.matchAll(ASSEMBLY)) hits.push(hit(m, 'QH'));
  hits.sort((a, b) => a.start - b.start);
  return hits.filter((h, i) => i === 0 || h.start >= (hits[i - 1]?.end ?? 0));
}

function hit(m: RegExpMatchArray, abbreviation: string): CodeHit {
  const start = m.index ?? 0;
  return { code: m[0], abbreviation, start, end: start + m[0].length };
}

export function findDocuments(article: Article): DocumentRef[] {
  const out: DocumentRef[] = [];
  const seen = new Map<string, DocumentRef>();
  for (const unit of articleUnits(article)) {
    const text = nfc(unit.text);
    for (const sentence of splitSentenceSpans(text)) {
      let previousType: string | null = null;
      for (const h of findCodes(sentence.text)) {
        const before = sentence.text.slice(Math.max(0, h.start - 40), h.start);
        const phrase = TYPE_PHRASE.exec(before);
        const type: string | null = phrase?.[1]
          ? capitalize(phrase[1])
          : (TYPE_NAMES[h.abbreviation] ?? (/và\s+số\s*$/u.test(before) ? previousType : null));
        previousType = type;
        const after = sentence.text.slice(h.end, h.end + 60);
        const d = DATE_NUMERIC.exec(after) ?? DATE_WORDS.exec(after);
        const date = d ? isoDate(d[1] ?? '', d[2] ?? '', d[3] ?? '') : null;
        const known = seen.get(h.code);
        if (known) {
          // A title often names the document bare; the body gives its date and type later.
          known.date ??= date;
          known.type ??= type;
          continue;
        }
        const textStart = phrase ? h.start - phrase[0].length : h.start;
        const textEnd = d ? h.end + d[0].length : h.end;
        const ref: DocumentRef = {
          code: h.code,
          type,
          text: sentence.text.slice(textStart, textEnd).trim(),
          date,
          blockIndex: unit.blockIndex,
        };
        seen.set(h.code, ref);
        out.push(ref);
      }
    }
  }
  return out;
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
