/**
 * Sentence splitting for Vietnamese news. A boundary is end punctuation, optional
 * closing quotes, white space and an upper-case (or quoted) start. What ICU and a
 * naive regex get wrong is the period after an abbreviation or a degree that the
 * press puts before every name (`TP. Cần Thơ`, `PGS.TS. Nguyễn Văn A`), so those
 * are vetoed. Numbers, dates and codes carry no white space after their dots and
 * never reach the check.
 */

export interface SentenceSpan {
  text: string;
  start: number;
  end: number;
}

// Token before a period that is an abbreviation, not a sentence end.
const ABBREVIATIONS = new Set(
  [
    'tp',
    'tx',
    'tt',
    'q',
    'p',
    'ths',
    'th.s',
    'ts',
    'tskh',
    'pgs',
    'gs',
    'pgs.ts',
    'gs.ts',
    'gs.tskh',
    'pgs.tskh',
    'bs',
    'bsck',
    'ks',
    'cn',
    'ncs',
    'nxb',
    'tr',
    'v.v',
    'mr',
    'mrs',
    'ms',
    'dr',
    'st',
    'no',
    'sđd',
  ].map((s) => s.toLowerCase()),
);

// A quotation longer than this is split inside like ordinary text: whole speeches
// are quoted in Party press and would otherwise become one "sentence".
const MAX_UNSPLIT_QUOTE = 260;

const DATELINE = /^\s*\((?:ĐCSVN|TTXVN|ĐCS)\)\s*[-–—]\s*/u;
const END_MARK = /\s*\/\.\s*$/u;

function tokenBefore(text: string, dot: number): string {
  let i = dot;
  while (i > 0 && /[\p{L}\p{M}\d.]/u.test(text[i - 1] ?? '')) i--;
  return text.slice(i, dot);
}

function isAbbreviation(word: string): boolean {
  return ABBREVIATIONS.has(word.toLowerCase());
}

// A single capital letter is an initial (`J. Smith`, `V.I. Lênin`), except the
// roman numerals I, V, X that close clauses like `Quốc tế I.`.
function isInitial(word: string, text: string, dot: number): boolean {
  if (!/^\p{Lu}(?:\.\p{Lu})*$/u.test(word)) return false;
  if (word.length > 1) return true;
  if (!/[IVX]/.test(word)) return true;
  const before = text.slice(Math.max(0, dot - word.length - 1), dot - word.length);
  return before === '.';
}

// A leading enumerator (`1.`, `2.1.`, `II.`) starts a list item, it ends nothing.
function isEnumerator(text: string, dot: number, word: string): boolean {
  const lineStart = text.lastIndexOf('\n', dot) + 1;
  const before = text.slice(lineStart, dot - word.length).trim();
  return before === '' && /^(?:\d+(?:\.\d+)*|[IVXLC]+|[a-zđ])$/u.test(word);
}

function quoteLengthAt(text: string, from: number): number {
  // Length of the open quotation that `from` lies in, or 0 when not inside one.
  let depth = 0;
  let openedAt = -1;
  let straight = false;
  for (let i = 0; i < from; i++) {
    const c = text[i] ?? '';
    if (c === '“' || c === '«') {
      if (depth === 0) openedAt = i;
      depth++;
    } else if ((c === '”' || c === '»') && depth > 0) depth--;
    else if (c === '"') {
      straight = !straight;
      if (straight && depth === 0) openedAt = i;
    }
  }
  if (depth === 0 && !straight) return 0;
  let close = text.length;
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if (c === '”' || c === '»' || c === '"') {
      close = i;
      break;
    }
  }
  return close - openedAt;
}

// The summary, officials, figures and documents all split the same blocks.
const SPLIT_CACHE = new Map<string, SentenceSpan[]>();
const SPLIT_CACHE_LIMIT = 4096;

/** Sentences with their offsets in `text`. The dateline and the closing `./.` are left out. */
export function splitSentenceSpans(input: string): SentenceSpan[] {
  const text = typeof input === 'string' ? input : '';
  const cached = SPLIT_CACHE.get(text);
  if (cached) return cached.map((s) => ({ ...s }));
  const spans = split(text);
  if (SPLIT_CACHE.size >= SPLIT_CACHE_LIMIT) SPLIT_CACHE.clear();
  SPLIT_CACHE.set(text, spans);
  return spans.map((s) => ({ ...s }));
}

function split(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  const dateline = DATELINE.exec(text);
  let start = dateline ? dateline[0].length : 0;
  const boundary = /([.!?…]+)(\/\.)?([”’»"')\]]*)(\s+)(?=[\p{Lu}\d“‘«"'(–—-])/gu;
  boundary.lastIndex = start;
  for (let m = boundary.exec(text); m !== null; m = boundary.exec(text)) {
    const punctStart = m.index;
    const marks = m[1] ?? '';
    const endOfSentence = punctStart + marks.length + (m[2]?.length ?? 0) + (m[3]?.length ?? 0);
    if (marks === '.' || marks.endsWith('.')) {
      const dot = punctStart + marks.length - 1;
      if (marks === '.') {
        const word = tokenBefore(text, dot);
        if (isAbbreviation(word) || isInitial(word, text, dot) || isEnumerator(text, dot, word)) continue;
      }
    }
    if (!m[3] && quoteLengthAt(text, punctStart) > 0 && quoteLengthAt(text, punctStart) <= MAX_UNSPLIT_QUOTE)
      continue;
    pushSpan(spans, text, start, endOfSentence);
    start = endOfSentence + (m[4]?.length ?? 0);
  }
  pushSpan(spans, text, start, text.length);
  return spans;
}

function pushSpan(spans: SentenceSpan[], text: string, from: number, to: number): void {
  let raw = text.slice(from, to);
  const endMark = END_MARK.exec(raw);
  if (endMark) raw = raw.slice(0, endMark.index);
  const lead = raw.length - raw.trimStart().length;
  const trimmed = raw.trim();
  if (!/[\p{L}\d]/u.test(trimmed)) return;
  spans.push({ text: trimmed, start: from + lead, end: from + lead + trimmed.length });
}

export function splitSentences(text: string): string[] {
  return splitSentenceSpans(text).map((s) => s.text);
}
