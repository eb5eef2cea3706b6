/**
 * Text conventions of the CPV site: NFC, collapsed whitespace, the `(ĐCSVN) - `
 * dateline and the `./.` end mark.
 */
const ZERO_WIDTH = /[\u200B-\u200D\uFEFF]/g;
// Only the runs that change: two or more spaces, or one that is not a plain space.
// `/[\s\u00A0]+/g` matches every single space between two words, and a paragraph
// has hundreds: replacing each with itself took a fifth of the extraction's time.
const WHITESPACE_TO_COLLAPSE = /\s{2,}|[^\S ]/g;
// What `clean` changes inside trimmed NFC text: `Ð`/`ð`, zero-width characters,
// whitespace other than a plain space (every `\s` but U+0020), or two spaces.
const NEEDS_CLEANING =
  /[\u00D0\u00F0\u200B-\u200D\uFEFF\t-\r\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]| {2}/;

/**
 * Display text: NFC with `Ð`/`ð` repaired (what `nfc` of lib/analysis/normalize does),
 * zero-width characters dropped, whitespace collapsed and trimmed. This is the one
 * place display text is made. It runs on every paragraph, and each pass over the text
 * costs about a nanosecond a character: most paragraphs, once trimmed, have nothing
 * else to change, which one search tells.
 */
export function clean(text: string): string {
  if (!text) return '';
  const normal = text.normalize('NFC');
  const trimmed = normal.trim();
  if (!NEEDS_CLEANING.test(trimmed)) return trimmed;
  return normal
    .replace(/\u00D0/g, 'Đ')
    .replace(/\u00F0/g, 'đ')
    .replace(ZERO_WIDTH, '')
    .replace(WHITESPACE_TO_COLLAPSE, ' ')
    .trim();
}

// Outlets whose leads open with their name as a dateline; mirrored texts keep them.
const BARE_DATELINES = 'ĐCSVN|QĐND|TTXVN|TCCS|NDO|VOV|VNA|TTO|ĐĐK|BNA';
const DATELINE = new RegExp(
  `^\\s*(?:\\(\\s*([^()\\d][^()]{1,28}?)\\s*\\)\\s*[-–—−]?|(${BARE_DATELINES})\\s*[-–—−])\\s*`,
  'u',
);

/** Splits `(ĐCSVN) - lead…` into `ĐCSVN` and `lead…`; leaves other text alone. */
export function splitDateline(text: string): { dateline: string | null; text: string } {
  const m = DATELINE.exec(text);
  if (!m) return { dateline: null, text };
  const name = (m[1] ?? m[2] ?? '').trim();
  // A parenthesised aside without a dash is only a dateline when it is the party's own.
  if (m[1] && !/[-–—−]\s*$/.test(m[0]) && name !== 'ĐCSVN') return { dateline: null, text };
  const rest = text.slice(m[0].length).trim();
  if (!rest) return { dateline: name, text: '' };
  return { dateline: name, text: rest };
}

export function startsWithDateline(text: string): boolean {
  return /^\s*\(\s*ĐCSVN\s*\)/u.test(text) || splitDateline(text).dateline !== null;
}

/** The wire-service end mark: the article text stops here. */
export function endsArticle(text: string): boolean {
  return /\/\.\s*$/.test(text);
}

export function wordCount(text: string): number {
  return text ? text.split(' ').length : 0;
}
