/**
 * Text conventions of the CPV site: NFC, collapsed whitespace, the `(ĐCSVN) - `
 * dateline and the `./.` end mark.
 */
import { collapseWhitespace, nfc } from '../analysis/normalize.ts';

/** Display text: NFC with `Ð` repaired, whitespace collapsed. */
export function clean(text: string): string {
  return collapseWhitespace(nfc(text));
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
