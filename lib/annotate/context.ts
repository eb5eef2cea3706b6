/**
 * How well the stored prefix/suffix agree with the text beside a candidate match. The alignment
 * is anchored on the side touching the quote and free on the far side, so a context cut short
 * by a nearby insertion still earns credit for the part that survived, and typos cost one
 * character each instead of shifting the whole comparison.
 */

/** Extra text examined beyond the stored context length, to absorb insertions. */
const SLACK = 8;

/**
 * Edit distance between `pattern` and the best-matching prefix of `text` (alignment starts at
 * index 0 of both, may end anywhere in `text`).
 */
export function anchoredDistance(pattern: string, text: string): number {
  const m = pattern.length;
  const n = text.length;
  if (m === 0) return 0;
  let prev = new Int32Array(n + 1);
  let cur = new Int32Array(n + 1);
  for (let j = 0; j <= n; j++) prev[j] = j;
  for (let i = 1; i <= m; i++) {
    cur[0] = i;
    const pc = pattern.charCodeAt(i - 1);
    for (let j = 1; j <= n; j++) {
      const sub = prev[j - 1]! + (pc === text.charCodeAt(j - 1) ? 0 : 1);
      const del = prev[j]! + 1;
      const ins = cur[j - 1]! + 1;
      cur[j] = Math.min(sub, del, ins);
    }
    [prev, cur] = [cur, prev];
  }
  let best = m;
  for (let j = 0; j <= n; j++) if (prev[j]! < best) best = prev[j]!;
  return best;
}

function reverse(s: string): string {
  return s.split('').reverse().join('');
}

/** Distance of the stored prefix to the text ending at `at`. */
export function prefixDistance(text: string, at: number, prefix: string): number {
  if (prefix.length === 0) return 0;
  const window = text.slice(Math.max(0, at - prefix.length - SLACK), at);
  return anchoredDistance(reverse(prefix), reverse(window));
}

/** Distance of the stored suffix to the text starting at `at`. */
export function suffixDistance(text: string, at: number, suffix: string): number {
  if (suffix.length === 0) return 0;
  return anchoredDistance(suffix, text.slice(at, at + suffix.length + SLACK));
}

/**
 * Characters of evidence a context side contributes. Two unrelated strings of equal length
 * already sit at an edit distance of well over half their length, so half the length is
 * charged per error: chance agreement earns nothing.
 */
export function contextEvidence(length: number, distance: number): number {
  return Math.max(0, length - 2 * distance);
}
