/**
 * `findOfficials`: every person the article names with a cue (honorific, rank,
 * degree, title or list), once, with every position the article gives them.
 *
 * `blockIndex` is the block of the first mention; -1 means the title and -2 the
 * sapo (they are not blocks). Positions keep the article's wording; a shorter
 * repeat of a position given in full (`Thủ tướng` after `Thủ tướng Chính phủ`)
 * is dropped, matching the fixtures' gold.
 */

import type { Article } from '../../cpv/article';
import { matchKey } from '../normalize';
import { splitSentenceSpans } from '../sentences';
import type { Official } from '../types';
import { articleUnits } from '../units';
import { scanSentence } from './recognize';

interface Person {
  official: Official;
  key: string;
  positionKeys: string[];
}

function isWordPrefix(shorter: string, longer: string): boolean {
  return (
    longer.length > shorter.length &&
    longer.startsWith(shorter) &&
    /^[\s,]/u.test(longer.slice(shorter.length))
  );
}

/** Drops repeats (by matching key) and positions that a longer one of the same person extends. */
export function consolidatePositions(positions: string[]): string[] {
  const seen = new Map<string, string>();
  for (const p of positions) {
    const k = matchKey(p);
    if (p && !seen.has(k)) seen.set(k, p);
  }
  const keys = [...seen.keys()];
  return keys.filter((k) => !keys.some((other) => isWordPrefix(k, other))).map((k) => seen.get(k) ?? k);
}

function countOccurrences(haystack: string, needle: string): number {
  if (!needle) return 0;
  let n = 0;
  let from = 0;
  for (;;) {
    const at = haystack.indexOf(needle, from);
    if (at < 0) return n;
    const before = haystack[at - 1];
    const after = haystack[at + needle.length];
    if ((!before || !/[\p{L}\p{M}]/u.test(before)) && (!after || !/[\p{L}\p{M}]/u.test(after))) n++;
    from = at + needle.length;
  }
}

export function findOfficials(article: Article): Official[] {
  const people = new Map<string, Person>();
  const order: Person[] = [];
  const bareTitles: string[] = [];
  let focus: Person | null = null;
  const units = articleUnits(article).filter((u) => u.kind !== 'table');
  for (const unit of units) {
    for (const span of splitSentenceSpans(unit.text)) {
      const found = scanSentence(span.text, focus !== null);
      for (const s of found.people) {
        const key = matchKey(s.name);
        let person = people.get(key);
        if (!person) {
          person = {
            key,
            positionKeys: [],
            official: {
              name: s.name,
              positions: [],
              mentions: 0,
              firstSentence: span.text,
              attributes: [],
              blockIndex: unit.blockIndex,
            },
          };
          people.set(key, person);
          order.push(person);
        }
        person.official.positions.push(...s.positions);
        for (const a of s.attributes) {
          if (!person.official.attributes.includes(a)) person.official.attributes.push(a);
        }
        focus = person;
      }
      if (found.focusPositions.length > 0 && focus) focus.official.positions.push(...found.focusPositions);
      bareTitles.push(...found.bareTitles);
    }
  }
  const allText = matchKey(units.map((u) => u.text).join('\n'));
  for (const person of order) {
    const o = person.official;
    o.positions = consolidatePositions(o.positions);
    o.mentions = Math.max(1, countOccurrences(allText, person.key));
  }
  // A bare title that only one named person holds is a later mention of that person.
  for (const title of bareTitles) {
    const k = matchKey(title);
    const holders = order.filter((p) => p.official.positions.some((pos) => matchKey(pos).startsWith(k)));
    if (holders.length === 1 && holders[0]) holders[0].official.mentions++;
  }
  return order.map((p) => p.official);
}
