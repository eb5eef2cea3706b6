/**
 * Vietnamese text keys. Display and anchoring keep the original text; matching and
 * search compare these keys instead, because NFC alone does not unify the two
 * tone-mark placements (`Ủy`/`Uỷ`, `hòa`/`hoà`) nor the look-alike `Ð` (U+00D0).
 */

const TONE_MARKS = '\u0300\u0301\u0303\u0309\u0323';
// A tone on the second vowel of a syllable-final oa/oe/uy moves to the first one,
// except after q ("quý") and when a consonant follows ("hoàn", "thuyền").
const NEW_STYLE_TONE = new RegExp(`(?<![qQ])([oOuU])([aAeEyY])([${TONE_MARKS}])(?![\\p{L}\\p{M}])`, 'gu');

/** NFC, with the Icelandic eth repaired to Vietnamese `Đ`. */
export function nfc(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\u00D0/g, 'Đ')
    .replace(/\u00F0/g, 'đ');
}

/** The "old" (traditional) tone placement used by most Party and State press. */
export function canonicalTones(text: string): string {
  return nfc(text).normalize('NFD').replace(NEW_STYLE_TONE, '$1$3$2').normalize('NFC');
}

/** Exact matching key: NFC, one tone placement, lower case. `Lê` and `Lệ` stay different. */
export function matchKey(text: string): string {
  return canonicalTones(text).toLowerCase();
}

/** Folded search key: no diacritics at all, `đ` → `d`. `Lê Minh Hưng` → `le minh hung`. */
export function fold(text: string): string {
  return matchKey(text).normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').normalize('NFC');
}
