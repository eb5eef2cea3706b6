/**
 * Key figures: a number, an optional scale word and the unit or classifier noun
 * that gives it meaning (`23.000 đơn`, `19.453 tỷ đồng`, `7,09%`, `gấp 1,6 lần`).
 * A number without a unit is not a figure, and neither is a number that a label
 * noun in front turns into a date, an ordinal or a reference (`năm 2023`,
 * `lần thứ 12`, `bão số 4`, `khoản 1`, `Huy hiệu 65 năm tuổi Đảng`).
 *
 * Convention (as in the fixtures' gold): `value` is the number as written and a
 * scale word stays at the front of `unit` (`19.453 tỷ đồng` → 19453, `tỷ đồng`);
 * `expandedValue` applies the scale (19453000000).
 */

import type { Article } from '../cpv/article';
import { matchKey, nfc } from './normalize';
import { parseVietnameseNumber, scaleOf } from './numbers';
import { splitSentenceSpans } from './sentences';
import { type Token, tokenize, wordKey } from './tokens';
import type { Figure, FigureKind } from './types';
import { articleUnits, SAPO_INDEX, TITLE_INDEX } from './units';

// The word(s) in front that make the number a label, not a quantity.
const LABELS = new Set([
  'số',
  'thứ',
  'cấp',
  'khoản',
  'điều',
  'điểm',
  'mục',
  'chương',
  'phần',
  'tháng',
  'năm',
  'ngày',
  'quý',
  'tập',
  'trang',
  'tr',
  'khóa',
  'kỳ',
  'giờ',
  'phút',
  'tuần',
  'sáng',
  'chiều',
  'tối',
  'trưa',
  'đêm',
  'lần',
  'phòng',
  'tầng',
  'lô',
  'km',
  'quốc lộ',
  'tỉnh lộ',
  'đường',
  'hạng',
  'top',
  'loại',
  'mẫu',
  'phụ lục',
  'câu',
  'bài',
  'động',
  'hiệu',
  'ương',
  'hội',
  'đoạn',
  'kì',
  'phiên',
  'tiểu',
  'nhóm',
  'tổ',
  'khu',
  'ấp',
  'thôn',
  'bản',
  'xóm',
  'đội',
  'vùng',
  'đợt',
  'bảng',
  'hình',
  'biểu',
  'luật',
  'định',
  'quyết',
  'mã',
  // Numbered units and buildings: `Sư đoàn 324`, `Bệnh viện 108`, `Phòng họp 205`.
  'sư đoàn',
  'lữ đoàn',
  'trung đoàn',
  'tiểu đoàn',
  'quân đoàn',
  'binh đoàn',
  'bệnh viện',
  'phòng họp',
  'nhà máy',
]);

// Two-syllable words whose second syllable is also a label word: `hỗ trợ khẩn cấp 150 tỷ
// đồng`, `tình hình 25 bản` are quantities, not `cấp 3` or `hình 2`.
const NOT_LABELS = new Set([
  'khẩn cấp',
  'cung cấp',
  'tình hình',
  'địa hình',
  'mô hình',
  'điển hình',
  'hoạt động',
  'lao động',
  'vận động',
  'ổn định',
  'xác định',
]);

// Function words cannot be a unit: `báo động 3 trên các sông`.
const NOT_UNITS = new Set(
  'và hoặc của cho để tại ở trong với từ đến so là được bị đã thì mà nhưng khi theo trên dưới gồm có các những này đó nay sau trước nữa rồi cùng về vào ra lên xuống đi như không chưa cũng vẫn đều hay tới giờ phút giây h'.split(
    ' ',
  ),
);

const QUALIFIERS: ReadonlyArray<readonly [string, string]> = [
  ['ước khoảng', 'khoảng'],
  ['ít nhất', 'ít nhất'],
  ['tối thiểu', 'tối thiểu'],
  ['tối đa', 'tối đa'],
  ['xấp xỉ', 'xấp xỉ'],
  ['khoảng', 'khoảng'],
  ['hơn', 'hơn'],
  ['gần', 'gần'],
  ['trên', 'trên'],
  ['dưới', 'dưới'],
  ['chừng', 'chừng'],
  ['tới', 'tới'],
  ['gấp', 'gấp'],
];

// Nouns that are one classifier although written as two syllables.
const TWO_SYLLABLE_UNITS = new Set(
  'cá nhân|văn bản|công văn|đảng bộ|chi bộ|đảng viên|thành viên|doanh nghiệp|cán bộ|nội dung|biểu hiện|giải pháp|đầu mối|biên chế|bài thuốc|cơn bão|độ richter|tổ chức|cơ sở|đơn vị|dự án|học sinh|sinh viên|công trình|chiến sĩ|nhiệm vụ|hộ dân|hộ gia đình|lượt người|lao động|công nhân|đại biểu|vụ việc|vụ án|bị can|phương tiện|tàu cá|ngôi nhà|căn nhà|trường hợp|đồng chí|nhóm giải pháp|trận thiên tai|năm tuổi|héc ta|ki lô mét|mét vuông|mét khối|phần trăm|văn kiện|xã phường|đơn thư|tin nhắn|mặt hàng|sản phẩm|tác phẩm|tập thể|gia đình|thí sinh|giáo viên|bệnh nhân|ca bệnh|ca mắc'.split(
    '|',
  ),
);

const MONEY = new Set([
  'đồng',
  'vnđ',
  'vnd',
  'đ',
  'usd',
  'eur',
  'euro',
  'đô la',
  'nhân dân tệ',
  'yên',
  'bảng',
]);
const MEASURE = new Set([
  'mm',
  'cm',
  'm',
  'km',
  'm2',
  'm²',
  'km2',
  'km²',
  'm3',
  'm³',
  'ha',
  'héc ta',
  'tấn',
  'kg',
  'g',
  'lít',
  'độ',
  '°c',
  'mw',
  'kw',
  'kwh',
  'gw',
  'mét',
  'ki lô mét',
  'mét vuông',
  'mét khối',
  'hải lý',
  'độ richter',
  'km/h',
]);
const TIME_UNITS = /^(?:h|giờ|phút|giây|g)$/u;

interface RawFigure {
  figure: Figure;
  salience: number;
  order: number;
}

function kindOf(unit: string): FigureKind {
  const key = matchKey(unit);
  const scale = scaleOf(unit);
  const rest = scale ? key.slice(scale.word.length).trim() : key;
  if (rest === '%' || rest === 'phần trăm') return 'percent';
  if (rest === 'lần') return 'ratio';
  const first = rest.split(' ')[0] ?? '';
  if (MONEY.has(rest) || MONEY.has(first)) return 'money';
  if (MEASURE.has(rest) || MEASURE.has(first)) return 'measure';
  return 'count';
}

const NUMBER_TOKEN = /^(\d[\d.,]*)(?:[-–](\d[\d.,]*))?([\p{L}\p{M}²³%]*)$/u;

function previousWords(tokens: Token[], i: number, n: number): string[] {
  const out: string[] = [];
  for (let j = i - 1; j >= 0 && out.length < n; j--) {
    const t = tokens[j];
    if (t?.kind !== 'word') break;
    out.unshift(wordKey(t.text));
  }
  return out;
}

function isLabelled(before: string[]): boolean {
  const last = before[before.length - 1];
  if (!last) return false;
  const lastTwo = before.slice(-2).join(' ');
  if (LABELS.has(lastTwo)) return true;
  return LABELS.has(last) && !NOT_LABELS.has(lastTwo);
}

function qualifierOf(before: string[]): string | null {
  const text = before.join(' ');
  for (const [phrase, name] of QUALIFIERS) {
    if (text === phrase || text.endsWith(` ${phrase}`)) return name;
  }
  return null;
}

/** Reads the unit starting at token `i`: scale word(s) then a classifier. */
function readUnit(tokens: Token[], i: number): { unit: string; next: number } | null {
  let j = i;
  const parts: string[] = [];
  const word = (k: number): string | null => {
    const t = tokens[k];
    return t && t.kind === 'word' ? t.text : null;
  };
  const w0 = word(j);
  if (w0 === null) {
    if (tokens[j]?.text === '%') return { unit: '%', next: j + 1 };
    return null;
  }
  for (let s = 0; s < 2; s++) {
    const w = word(j);
    if (w && scaleOf(w) && !/\d/.test(w)) {
      parts.push(w);
      j++;
    } else break;
  }
  const w1 = word(j);
  if (w1 && !/^\d/.test(w1) && !NOT_UNITS.has(matchKey(w1)) && !TIME_UNITS.test(matchKey(w1))) {
    const w2 = word(j + 1);
    const pair = w2 ? `${matchKey(w1)} ${matchKey(w2)}` : '';
    const w3 = word(j + 2);
    const triple = w2 && w3 ? `${pair} ${matchKey(w3)}` : '';
    if (triple && (MONEY.has(triple) || MEASURE.has(triple))) {
      parts.push(w1, w2 ?? '', w3 ?? '');
      j += 3;
    } else if (w2 && (TWO_SYLLABLE_UNITS.has(pair) || MONEY.has(pair) || MEASURE.has(pair))) {
      parts.push(w1, w2);
      j += 2;
    } else if (/^\p{Lu}/u.test(w1) && !/^[A-ZĐ]{2,4}$/u.test(w1)) {
      // A capitalised word after a number is a name (`số 5 Trần Thánh Tông`), unless it is a currency code.
    } else {
      parts.push(w1);
      j += 1;
    }
  } else if (tokens[j]?.text === '%') {
    parts.push('%');
    j++;
  }
  if (parts.length === 0) return null;
  return { unit: parts.join(' '), next: j };
}

// Noun-phrase tail kept in `text`: stops at punctuation or a function word.
function tailEnd(tokens: Token[], from: number): number {
  let j = from;
  let words = 0;
  while (j < tokens.length && words < 4) {
    const t = tokens[j];
    if (t?.kind !== 'word' || NOT_UNITS.has(wordKey(t.text)) || /^\d/.test(t.text)) break;
    if (/^\p{Lu}/u.test(t.text) && words > 0) break;
    j++;
    words++;
  }
  return j;
}

function figuresInSentence(sentence: string, blockIndex: number, order: { n: number }): RawFigure[] {
  const tokens = tokenize(sentence);
  const out: RawFigure[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t?.kind !== 'word' || !/^\d/.test(t.text)) continue;
    const m = NUMBER_TOKEN.exec(t.text);
    if (!m) continue;
    const charBefore = sentence[t.start - 1];
    if (charBefore !== undefined && !/[\s(]/u.test(charBefore)) continue;
    const next = tokens[i + 1];
    if (i === 0 && next && (next.text === '.' || next.text === ')') && next.start === t.end) continue;
    if (next && next.text === ']' && next.start === t.end) continue;
    const before = previousWords(tokens, i, 3);
    if (isLabelled(before)) continue;
    const first = m[1] ?? '';
    let second = m[2] ?? null;
    let unitAttached = m[3] ?? '';
    let k = i + 1;
    // Spaced range: `5 - 10%`.
    const dash = tokens[k];
    const rangeEnd = tokens[k + 1];
    if (
      !second &&
      !unitAttached &&
      dash &&
      (dash.text === '-' || dash.text === '–') &&
      rangeEnd &&
      rangeEnd.kind === 'word'
    ) {
      const r = NUMBER_TOKEN.exec(rangeEnd.text);
      if (r && !r[2]) {
        second = r[1] ?? null;
        unitAttached = r[3] ?? '';
        k += 2;
      }
    }
    const v1 = parseVietnameseNumber(first);
    const v2 = second !== null ? parseVietnameseNumber(second) : null;
    if (v1 === null || (second !== null && v2 === null)) continue;
    let unit = unitAttached;
    let end = tokens[k - 1]?.end ?? t.end;
    let tail = k;
    if (!unit) {
      const u = readUnit(tokens, k);
      if (!u) continue;
      unit = u.unit;
      end = tokens[u.next - 1]?.end ?? end;
      tail = u.next;
    } else if (TIME_UNITS.test(unit.toLowerCase())) continue;
    // `1958-1960`, `2021-2026`, `3-1935`: periods and month-years, not ranges of values.
    if (second !== null && (/^\d{4}$/.test(second) || /^\d{4}$/.test(first)) && !unitAttached) continue;
    if (!unitAttached && /^\d{4}$/.test(first) && v1 >= 1000 && v1 <= 2100 && /^năm/u.test(matchKey(unit)))
      continue;
    const tailStop = unit === '%' || unitAttached ? tail : tailEnd(tokens, tail);
    let textEnd = tokens[tailStop - 1]?.end ?? end;
    // A list of nouns sharing the number stays in the text (`23.000 đơn, thư khiếu nại, tố cáo`).
    if (sentence[textEnd] === ',' && tokens[tailStop + 1]?.kind === 'word') {
      const more = tailEnd(tokens, tailStop + 1);
      if (more > tailStop + 1 && more - tailStop <= 4 && !/^\d/.test(tokens[tailStop + 1]?.text ?? '')) {
        const after = tokens[more];
        if (!after || after.kind === 'punct') textEnd = tokens[more - 1]?.end ?? textEnd;
      }
    }
    const qualifier = qualifierOf(before);
    const text = sentence.slice(t.start, Math.max(textEnd, end)).trim();
    const scale = scaleOf(unit);
    const kind = kindOf(unit);
    const values = v2 !== null ? [v1, v2] : [v1];
    for (const value of values) {
      const figure: Figure = {
        text,
        value,
        unit,
        kind,
        qualifier: kind === 'ratio' && qualifier === 'gấp' ? 'gấp' : qualifier === 'gấp' ? null : qualifier,
        sentence,
        blockIndex,
      };
      if (scale) figure.expandedValue = value * scale.factor;
      const magnitude = Math.log10((figure.expandedValue ?? value) + 1);
      const inLead = blockIndex === TITLE_INDEX || blockIndex === SAPO_INDEX ? 3 : 0;
      const kindBonus = kind === 'money' || kind === 'percent' ? 1 : 0;
      out.push({ figure, salience: inLead + kindBonus + magnitude / 3, order: order.n++ });
    }
    i = Math.max(i, k - 1);
  }
  return out;
}

/** Informative quantities, most salient first (in the title or sapo, money/percent, large). */
export function findFigures(article: Article): Figure[] {
  const raws: RawFigure[] = [];
  const order = { n: 0 };
  for (const unit of articleUnits(article)) {
    for (const s of splitSentenceSpans(nfc(unit.text)))
      raws.push(...figuresInSentence(s.text, unit.blockIndex, order));
  }
  const best = new Map<string, RawFigure>();
  for (const r of raws) {
    const key = `${r.figure.value}|${matchKey(r.figure.unit)}`;
    const seen = best.get(key);
    if (!seen) best.set(key, r);
    else if (r.salience > seen.salience) best.set(key, { ...r, order: seen.order });
  }
  return [...best.values()].sort((a, b) => b.salience - a.salience || a.order - b.order).map((r) => r.figure);
}
