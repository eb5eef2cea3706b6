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
  CONTINUATIONS,
  HEADS,
  HONORIFICS,
  LINK_ADVERBS,
  MODIFIERS,
  ORG_FIRST,
  PLACE_WORDS,
  PLACES,
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
  while (j < tokens.length) {
    const t = tokens[j];
    if (t?.kind !== 'word') return { start, end: j, reason: 'punct', name: null };
    const direct = nameEndingRunAt(tokens, j);
    if (direct) return { start, end: j, reason: 'name', name: direct };
    if (j === headEnd) {
      const loose = nameAt(tokens, j, true);
      if (loose && capitalRunEnd(tokens, j) === loose.end && !PLACES.has(loose.text.toLowerCase()))
        return { start, end: j, reason: 'name', name: loose };
    }
    if (t.key === 'và') {
      const next = tokens[j + 1];
      if (
        next &&
        /^\p{Lu}/u.test(next.text) &&
        headAt(tokens, j + 1) < 0 &&
        !nameEndingRunAt(tokens, j + 1)
      ) {
        j += 1;
        continue;
      }
      return { start, end: j, reason: 'stop', name: null };
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
    j++;
  }
  return { start, end: j, reason: 'end', name: null };
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
