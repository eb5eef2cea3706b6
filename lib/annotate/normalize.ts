/**
 * Comparison form of text: NFC, whitespace runs collapsed to one space, invisible characters
 * dropped, typographic quotes and dashes folded. Pages get re-encoded (NFD Vietnamese from some
 * editors), re-indented and re-typeset without the words changing; none of that should move or
 * orphan a highlight. Every normalised character keeps the original span it came from, so matches
 * found here map back to offsets in the live text.
 */

export interface NormalizedText {
  text: string;
  /** Original start offset of each normalised character. */
  starts: Int32Array;
  /** Original end offset (exclusive) of each normalised character. */
  ends: Int32Array;
}

const INVISIBLE = new Set([0x00ad, 0x200b, 0x200c, 0x200d, 0x2060, 0xfeff]);

const FOLD: Record<string, string> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201a': "'",
  '\u201b': "'",
  '\u2032': "'",
  '\u201c': '"',
  '\u201d': '"',
  '\u201e': '"',
  '\u201f': '"',
  '\u2033': '"',
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2013': '-',
  '\u2014': '-',
  '\u2015': '-',
};

const COMBINING = /\p{M}/u;

function isSpace(code: number): boolean {
  return (
    code === 0x20 ||
    (code >= 0x09 && code <= 0x0d) ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000
  );
}

function isCombining(input: string, i: number): boolean {
  const code = input.charCodeAt(i);
  if (code < 0x0300) return false;
  if (code <= 0x036f) return true;
  return COMBINING.test(input[i]!);
}

/** The block separator of the flat text (see text-map): rare enough in real text to be unambiguous. */
export const PARAGRAPH_BREAK = '\u2029';

/**
 * Which input characters mark a paragraph break: the flat text uses its separator, while
 * stored selectors (written for people to read) use '\n'. A whitespace run holding one
 * becomes '\n' — paragraph structure is evidence — and any other run a single space.
 */
export type BreakStyle = 'flat' | 'stored';

export function normalizeText(input: string, breaks: BreakStyle = 'flat'): NormalizedText {
  const breakCode = breaks === 'flat' ? 0x2029 : 0x0a;
  const out: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  let i = 0;
  while (i < input.length) {
    const code = input.charCodeAt(i);
    if (isSpace(code)) {
      let j = i + 1;
      let paragraph = code === breakCode;
      while (j < input.length && (isSpace(input.charCodeAt(j)) || INVISIBLE.has(input.charCodeAt(j)))) {
        if (input.charCodeAt(j) === breakCode) paragraph = true;
        j++;
      }
      const last = out[out.length - 1];
      if (last === ' ' || last === '\n') {
        if (paragraph) out[out.length - 1] = '\n';
        ends[ends.length - 1] = j;
      } else {
        out.push(paragraph ? '\n' : ' ');
        starts.push(i);
        ends.push(j);
      }
      i = j;
      continue;
    }
    if (INVISIBLE.has(code)) {
      i++;
      continue;
    }
    // A cluster is a base character (a surrogate pair counts as one) with its combining marks,
    // because NFC may merge them into one code point.
    let j = i + (code >= 0xd800 && code <= 0xdbff && i + 1 < input.length ? 2 : 1);
    while (j < input.length && isCombining(input, j)) j++;
    const cluster = input.slice(i, j);
    const composed = j - i === 1 && code < 0x0300 ? cluster : cluster.normalize('NFC');
    for (const ch of composed.length === 1 ? [composed] : composed.split('')) {
      out.push(FOLD[ch] ?? ch);
      starts.push(i);
      ends.push(j);
    }
    i = j;
  }
  return { text: out.join(''), starts: Int32Array.from(starts), ends: Int32Array.from(ends) };
}

/** Normalised form only, for selector strings that need no way back. */
export function normalizeString(input: string, breaks: BreakStyle = 'flat'): string {
  return normalizeText(input, breaks).text;
}

/**
 * For each original offset, the normalised offset of the first character at or after it; the
 * extra last entry maps the end of the text.
 */
export function originalToNormalized(norm: NormalizedText, originalLength: number): Int32Array {
  const map = new Int32Array(originalLength + 1).fill(-1);
  for (let k = norm.starts.length - 1; k >= 0; k--) {
    for (let o = norm.starts[k]!; o < norm.ends[k]!; o++) map[o] = k;
  }
  let next = norm.text.length;
  for (let o = originalLength; o >= 0; o--) {
    if (map[o] === -1) map[o] = next;
    else next = map[o]!;
  }
  return map;
}

/** Maps a non-empty normalised range back to the original text. */
export function toOriginalRange(norm: NormalizedText, start: number, end: number): [number, number] {
  return [norm.starts[start]!, norm.ends[end - 1]!];
}
