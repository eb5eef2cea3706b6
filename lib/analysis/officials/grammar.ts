/**
 * Title and name grammar over syllable tokens.
 *
 * A position is `[modifier] head [trailing modifier] body`: `Phó` + `Chánh Văn
 * phòng` + `Thường trực` + `Trung ương Đảng`. The body is read word by word until
 * punctuation, a predicate or preposition that starts the rest of the clause, or
 * a person's name (the prepositive `TITLE NAME` order). A name is two to four
 * capitalised syllables that end where the capitalised run ends, so that
 * `… Tỉnh ủy Hà Tĩnh Nguyễn Văn A` yields the name `Nguyễn Văn A`.
 */

import { type Token, wordKey } from '../tokens';
import {
  ACADEMIC,
  ADMIN_TAIL,
  CONTINUATIONS,
  EPONYMS,
  HEADS,
  HONORIFICS,
  LINK_ADVERBS,
  MODIFIERS,
  ORG_FIRST,
  ORG_LOWER,
  PLACE_WORDS,
  PLACES,
  POSTED_HEADS,
  RANKS,
  STOP_WORDS,
  SURNAMES,
  WEAK_SURNAMES,
} from './lexicon';

export interface Tok extends Token {
  key: string;
}

export function keyed(tokens: Token[]): Tok[] {
  return tokens.map((t) => ({ ...t, key: wordKey(t.text) }));
}

const MAX_PHRASE = 4;
const STRICT_ORG = new Set(['bộ', 'ban', 'ủy', 'đảng', 'hội', 'cục', 'vụ', 'sở', 'viện', 'lăng', 'nhà']);

// First syllables of every phrase of a set: most tokens start no phrase, and this
// answers that with one lookup instead of building candidate strings.
const FIRSTS = new WeakMap<Set<string>, Set<string>>();
function firstsOf(set: Set<string>): Set<string> {
  let f = FIRSTS.get(set);
  if (!f) {
    f = new Set([...set].map((p) => p.split(/[\s,]+/)[0] ?? p));
    FIRSTS.set(set, f);
  }
  return f;
}

/** Length in tokens of the longest phrase from `set` starting at `i` (0 when none). */
export function phraseAt(tokens: Tok[], i: number, set: Set<string>): number {
  const head = tokens[i];
  if (!head || !firstsOf(set).has(head.key)) return 0;
  let key = '';
  let best = 0;
  for (let n = 1; n <= MAX_PHRASE && i + n - 1 < tokens.length; n++) {
    const t = tokens[i + n - 1];
    if (t?.kind !== 'word') {
      // `các ông, bà` is the only phrase with punctuation inside; keep the rest simple.
      if (t?.text === ',' && key === 'các ông') {
        key += ',';
        continue;
      }
      break;
    }
    key = key ? `${key}${key.endsWith(',') ? ' ' : ' '}${t.key}` : t.key;
    if (set.has(key.replace(' ,', ','))) best = n;
  }
  return best;
}

const NAME_SYLLABLE = /^\p{Lu}[\p{Ll}\p{M}]*$/u;

export function isNameSyllable(t: Tok | undefined): boolean {
  return !!t && t.kind === 'word' && NAME_SYLLABLE.test(t.text);
}

/** Start of a title head (with its modifiers) at `i`: returns the index after the head, or -1. */
export function headAt(tokens: Tok[], i: number): number {
  let j = i;
  for (let guard = 0; guard < 3; guard++) {
    const mod = phraseAt(tokens, j, MODIFIERS);
    if (mod === 0) break;
    const after = headOnly(tokens, j + mod);
    if (after > 0) return trailing(tokens, after);
    // `Thường trực Ban Bí thư`: the modifier is the head itself.
    if (tokens[j]?.key === 'thường') return j + mod;
    j += mod;
  }
  const h = headOnly(tokens, j);
  if (h < 0) return -1;
  return trailing(tokens, h);
}

function headOnly(tokens: Tok[], i: number): number {
  const first = tokens[i];
  // A head is written capitalised, except a few that run text writes in lower case.
  if (first?.kind !== 'word') return -1;
  const n = phraseAt(tokens, i, HEADS);
  if (n === 0) return -1;
  if (!/^\p{Lu}/u.test(first.text) && !['đại', 'ủy', 'bí', 'vụ', 'phó', 'thứ', 'bộ'].includes(first.key))
    return -1;
  return i + n;
}

// `Phó Trưởng ban Thường trực`, `Phó Thủ tướng Thường trực`.
const TRAILING = new Set(['thường trực', 'kiêm nhiệm']);
function trailing(tokens: Tok[], i: number): number {
  const n = phraseAt(tokens, i, TRAILING);
  if (n > 0 && !headAfter(tokens, i + n)) return i + n;
  return i;
}

function headAfter(tokens: Tok[], i: number): boolean {
  return phraseAt(tokens, i, HEADS) > 0;
}

export interface NameSpan {
  start: number;
  end: number;
  text: string;
}

function capitalRunEnd(tokens: Tok[], i: number): number {
  let j = i;
  while (j < tokens.length && isNameSyllable(tokens[j]) && j - i < 6) j++;
  return j;
}

/**
 * A person's name starting exactly at `i`. `cued` relaxes the surname gate for
 * names behind `đồng chí`, a rank or a list cue (`Tố Hữu`, `Trường Chinh`).
 */
export function nameAt(tokens: Tok[], i: number, cued: boolean): NameSpan | null {
  const first = tokens[i];
  if (!isNameSyllable(first) || !first) return null;
  const end = capitalRunEnd(tokens, i);
  const len = end - i;
  if (len < 2 || len > 4) return null;
  const org = phraseAt(tokens, i, ORG_FIRST);
  // Behind a cue only unmistakable organisation words veto a name (`đồng chí Trường Chinh`).
  if (org > 0 && !SURNAMES.has(first.key) && (!cued || org > 1 || STRICT_ORG.has(first.key))) return null;
  if (headAt(tokens, i) > 0 || phraseAt(tokens, i, RANKS) > 0 || phraseAt(tokens, i, ACADEMIC) > 0)
    return null;
  if (phraseAt(tokens, i, HONORIFICS) > 0) return null;
  const two = `${first.key} ${tokens[i + 1]?.key ?? ''}`;
  if (PLACES.has(two) && len === 2) return null;
  if (!cued) {
    if (!SURNAMES.has(first.key) || WEAK_SURNAMES.has(first.key)) return null;
    const prev = tokens[i - 1];
    const prev2 = tokens[i - 2];
    if (prev && PLACE_WORDS.has(prev.key)) return null;
    if (prev && prev2 && PLACE_WORDS.has(`${prev2.key} ${prev.key}`)) return null;
  }
  const last = tokens[end - 1];
  if (!last) return null;
  return {
    start: i,
    end,
    text: tokens
      .slice(i, end)
      .map((t) => t.text)
      .join(' '),
  };
}

/** A name inside a capitalised run: the suffix of the run that is a name (prepositive titles). */
export function nameEndingRunAt(tokens: Tok[], i: number): NameSpan | null {
  if (!isNameSyllable(tokens[i])) return null;
  const runEnd = capitalRunEnd(tokens, i);
  if (runEnd - i > 4) return null;
  return nameAt(tokens, i, false);
}

export type TitleEnd = 'punct' | 'stop' | 'name' | 'end';

export interface TitleParse {
  start: number;
  end: number;
  reason: TitleEnd;
  /** Name right after the title (prepositive order), if any. */
  name: NameSpan | null;
}

/**
 * Reads a title whose head starts at `start`. `allowLooseName` lets a name that
 * does not start with a known surname follow the bare head (`Tổng Bí thư Trường Chinh`).
 */
export function readTitle(tokens: Tok[], start: number, headEnd: number): TitleParse {
  let j = headEnd;
  // After `Ban Chỉ đạo … về`, the subject of the steering committee runs to the punctuation.
  let remit = false;
  while (j < tokens.length) {
    const t = tokens[j];
    if (t?.kind !== 'word') {
      // `Bộ Lao động - Thương binh và Xã hội`: a hyphen between two parts of one organisation.
      if (isHyphen(t) && j > headEnd && continuesOrganisation(tokens, j + 1)) {
        j++;
        continue;
      }
      return { start, end: j, reason: 'punct', name: null };
    }
    const direct = nameEndingRunAt(tokens, j);
    if (direct && !isEponymInBody(tokens, direct, j, headEnd))
      return { start, end: j, reason: 'name', name: direct };
    if (direct) {
      j = direct.end;
      continue;
    }
    const foreign = foreignNameAt(tokens, j);
    if (foreign) return { start, end: j, reason: 'name', name: foreign };
    if (j === headEnd) {
      const loose = nameAt(tokens, j, true);
      if (
        loose &&
        capitalRunEnd(tokens, j) === loose.end &&
        !PLACES.has(loose.text.toLowerCase()) &&
        !foreignInside(tokens, loose)
      )
        return { start, end: j, reason: 'name', name: loose };
    }
    if (t.key === 'và') {
      const next = tokens[j + 1];
      if (next && /^\p{Lu}/u.test(next.text) && continuesOrganisation(tokens, j + 1)) {
        j += 1;
        continue;
      }
      return { start, end: j, reason: 'stop', name: null };
    }
    if (/^\p{Ll}/u.test(t.text)) {
      const afterPlace = followsProperName(tokens, j, headEnd);
      const org = phraseAt(tokens, j, afterPlace ? ADMIN_TAIL : ORG_LOWER);
      if (org > 0 && phraseAt(tokens, j, STOP_WORDS) < org) {
        j += org;
        continue;
      }
      if ((t.key === 'của' || t.key === 'tại') && /^\p{Lu}/u.test(tokens[j + 1]?.text ?? '')) {
        // `Ủy ban Kinh tế của Quốc hội`; `Đại sứ Việt Nam tại Pháp` (only a posted head takes `tại`).
        if (
          t.key === 'của' ||
          phraseAt(tokens, start, POSTED_HEADS) > 0 ||
          postedAfterModifier(tokens, start)
        ) {
          j++;
          continue;
        }
      }
    }
    if (/^\p{Ll}/u.test(t.text) && phraseAt(tokens, j, STOP_WORDS) > 0) {
      // `Phó Trưởng ban kiêm nhiệm` at the end of a list item: the continuation word is part of the title.
      const n = phraseAt(tokens, j, STOP_WORDS);
      const after = tokens[j + n];
      if (phraseAt(tokens, j, CONTINUATIONS) === n && (!after || after.kind === 'punct')) {
        j += n;
        continue;
      }
      return { start, end: j, reason: 'stop', name: null };
    }
    if (t.key === 'về' && tokens[j - 1]?.key !== 'trở' && isSteering(tokens, headEnd, j)) {
      remit = true;
      j++;
      continue;
    }
    if (/^\p{Ll}/u.test(t.text) && !remit && !isWordTail(tokens, j, headEnd) && !nameSoonAfter(tokens, j))
      return { start, end: j, reason: 'stop', name: null };
    j++;
  }
  return { start, end: j, reason: 'end', name: null };
}

// `Tổng thống Pháp Emmanuel Macron`: the country before a foreign name is not part of it.
function foreignInside(tokens: Tok[], span: NameSpan): boolean {
  for (let k = span.start + 1; k < span.end - 1; k++) if (foreignNameAt(tokens, k)) return true;
  return false;
}

function isSteering(tokens: Tok[], from: number, to: number): boolean {
  for (let k = from; k < to - 1; k++) {
    if (tokens[k]?.key === 'chỉ' && tokens[k + 1]?.key === 'đạo') return true;
    if (tokens[k]?.key === 'ủy' && tokens[k + 1]?.key === 'ban') return true;
  }
  return false;
}

/**
 * `Tổng cục Khí tượng thủy văn Hoàng Văn A`: unknown lower-case words are part of
 * the title after all when a person's name follows them directly.
 */
function nameSoonAfter(tokens: Tok[], j: number): boolean {
  for (let k = j; k < j + 3 && k < tokens.length; k++) {
    const t = tokens[k];
    if (t?.kind !== 'word') return false;
    if (/^\p{Lu}/u.test(t.text)) return !!nameEndingRunAt(tokens, k);
    if (phraseAt(tokens, k, STOP_WORDS) > 0) return false;
  }
  return false;
}

function isHyphen(t: Tok | undefined): boolean {
  return !!t && (t.text === '-' || t.text === '–');
}

function continuesOrganisation(tokens: Tok[], i: number): boolean {
  const next = tokens[i];
  return (
    isNameSyllable(next) &&
    headAt(tokens, i) < 0 &&
    !nameEndingRunAt(tokens, i) &&
    !foreignNameAt(tokens, i) &&
    phraseAt(tokens, i, RANKS) === 0 &&
    phraseAt(tokens, i, ACADEMIC) === 0
  );
}

function postedAfterModifier(tokens: Tok[], start: number): boolean {
  const mod = phraseAt(tokens, start, MODIFIERS);
  return mod > 0 && phraseAt(tokens, start + mod, POSTED_HEADS) > 0;
}

/**
 * `Học viện Chính trị quốc gia Hồ Chí Minh`: a name an institution is named after,
 * read inside a title body (not right after the head, where `Chủ tịch Hồ Chí Minh`
 * is the person), belongs to the organisation.
 */
function isEponymInBody(tokens: Tok[], name: NameSpan, at: number, headEnd: number): boolean {
  if (at === headEnd || !EPONYMS.has(matchKeyOf(tokens, name))) return false;
  const after = tokens[name.end];
  return !after || after.kind === 'punct' || /^\p{Ll}/u.test(after.text);
}

function matchKeyOf(tokens: Tok[], span: NameSpan): string {
  return tokens
    .slice(span.start, span.end)
    .map((t) => t.key)
    .join(' ');
}

// First words of organisation names that stand alone as one syllable (`Bộ`, `Ban`):
// the capitalised word after them starts the next word of the name.
const ORG_STARTERS = new Set(
  'bộ ban sở cục vụ viện hội đảng ủy tỉnh thành huyện quận khối tổng học trường văn cơ tập công báo tạp đài quân tòa ngân liên câu binh sư lữ tiểu chi phòng đoàn mặt nhà lăng bảo khu'.split(
    ' ',
  ),
);

/**
 * A lower-case syllable inside a title body that is not an organisation word is
 * still part of the title when it is the second syllable of a capitalised word
 * (`Chính trị`, `Tổ chức`, `Dầu khí`). After a proper name of two or more
 * capitalised syllables (`Quảng Nam`, `Việt Nam`) it cannot be, so it starts the
 * predicate; so does a second unknown lower-case syllable in a row.
 */
function isWordTail(tokens: Tok[], j: number, bodyStart: number): boolean {
  const prev = tokens[j - 1];
  const cur = tokens[j];
  if (!prev || !cur || prev.kind !== 'word') return false;
  if (!isNameSyllable(prev)) {
    // `Cựu chiến binh`: a known two-syllable organisation word that started on the capital.
    return ORG_LOWER.has(`${prev.key} ${cur.key}`);
  }
  return !followsProperName(tokens, j, bodyStart);
}

/** The capitalised run just before `j` is a proper name of two or more syllables (`Quảng Nam`). */
function followsProperName(tokens: Tok[], j: number, bodyStart: number): boolean {
  const prev = tokens[j - 1];
  if (!isNameSyllable(prev) || !prev) return false;
  let k = j - 1;
  while (k > bodyStart && isNameSyllable(tokens[k - 1])) k--;
  while (k < j - 1 && ORG_STARTERS.has(tokens[k]?.key ?? '')) k++;
  if (j - k > 1) return true;
  return k > 0 && PLACES.has(`${tokens[k - 1]?.key} ${prev.key}`);
}

const VIETNAMESE_SYLLABLE =
  /^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?[aeiouy]{1,3}(?:ng|nh|ch|[cmnpt])?$/u;
const VIETNAMESE_LETTERS = /[\u0300-\u036fđĐăĂâÂêÊôÔơƠưƯ]/u;

const FOREIGN_CACHE = new Map<string, boolean>();
function looksForeign(word: string): boolean {
  let f = FOREIGN_CACHE.get(word);
  if (f === undefined) {
    const d = word.normalize('NFD');
    f = !VIETNAMESE_LETTERS.test(d) && !VIETNAMESE_SYLLABLE.test(d.toLowerCase());
    if (FOREIGN_CACHE.size > 20_000) FOREIGN_CACHE.clear();
    FOREIGN_CACHE.set(word, f);
  }
  return f;
}

/**
 * A foreign name after a title (`Tổng thống Pháp Emmanuel Macron`): the rest of
 * the capitalised run, two to four words without Vietnamese diacritics, the first
 * of which cannot be a Vietnamese syllable. The surname gate cannot see these.
 */
export function foreignNameAt(tokens: Tok[], i: number): NameSpan | null {
  const first = tokens[i];
  if (!isNameSyllable(first) || !first || !looksForeign(first.text)) return null;
  const prev = tokens[i - 1];
  if (prev && (prev.key === 'tại' || prev.key === 'ở')) return null;
  const end = capitalRunEnd(tokens, i);
  if (end - i < 2 || end - i > 4) return null;
  for (let k = i; k < end; k++) {
    const w = tokens[k]?.text ?? '';
    if (/[^A-Za-z]/.test(w) && VIETNAMESE_LETTERS.test(w.normalize('NFD'))) return null;
  }
  return {
    start: i,
    end,
    text: tokens
      .slice(i, end)
      .map((t) => t.text)
      .join(' '),
  };
}

/** Index of a title head reached through a continuation (`vẫn kiêm nhiệm`, `giữ chức`, `là`), or -1. */
export function continuationAt(tokens: Tok[], i: number): number {
  let j = i;
  const adv = phraseAt(tokens, j, LINK_ADVERBS);
  if (adv > 0 && phraseAt(tokens, j, CONTINUATIONS) === 0) j += adv;
  const c = phraseAt(tokens, j, CONTINUATIONS);
  if (c === 0) return -1;
  j += c;
  return headAt(tokens, j) > 0 ? j : -1;
}

export function attributeAt(tokens: Tok[], i: number): number {
  return Math.max(phraseAt(tokens, i, RANKS), phraseAt(tokens, i, ACADEMIC));
}

export function honorificAt(tokens: Tok[], i: number): number {
  const t = tokens[i];
  if (t?.kind !== 'word') return 0;
  return phraseAt(tokens, i, HONORIFICS);
}

export function tokenText(sentence: string, tokens: Tok[], from: number, to: number): string {
  const a = tokens[from];
  const b = tokens[to - 1];
  if (!a || !b || to <= from) return '';
  return sentence.slice(a.start, b.end);
}
