/**
 * Finds people and their positions in one sentence, following how Party press
 * introduces officials: `đồng chí NAME, TITLE, TITLE`, lists after `các đồng chí:`
 * (semicolons between people), prepositive `TITLE, TITLE NAME`, `NAME – TITLE`,
 * `NAME (TITLE)`, ranks and degrees before a name, and obituary-style sentences
 * whose subject is the pronoun `Đồng chí` (the person the text is about).
 */

import { nfc } from '../normalize';
import { tokenize } from '../tokens';
import {
  attributeAt,
  continuationAt,
  headAt,
  honorificAt,
  keyed,
  type NameSpan,
  nameAt,
  phraseAt,
  readTitle,
  type Tok,
  tokenText,
} from './grammar';
import { CHAIN_ORGS, ORG_FIRST } from './lexicon';

export interface Sighting {
  name: string;
  positions: string[];
  attributes: string[];
}

export interface SentenceFindings {
  people: Sighting[];
  /** Positions given to the person the text is about (`Đồng chí là …`), without a name. */
  focusPositions: string[];
  /** Titles used alone (`Thủ tướng nhấn mạnh`): later mentions of someone already named. */
  bareTitles: string[];
}

interface Chain {
  titles: string[];
  end: number;
  /** The chain ran into `TITLE NAME`: its titles belong to that next person. */
  claimedByNext: boolean;
}

const SEPARATORS = new Set([',', '-', '–', '—', '(']);

function clean(title: string): string {
  return title
    .replace(/\s+/g, ' ')
    .replace(/^[\s,;:–—-]+|[\s,;:–—(-]+$/gu, '')
    .trim();
}

/** Reads `TITLE, TITLE …` from a head at `k`. Organisation segments after a title count as positions. */
function readChain(sentence: string, tokens: Tok[], k: number): Chain {
  const titles: string[] = [];
  let j = k;
  let start = k;
  let headEnd = headAt(tokens, start);
  for (let guard = 0; guard < 40 && headEnd > 0; guard++) {
    const tp = readTitle(tokens, start, headEnd);
    if (tp.name) return { titles, end: k, claimedByNext: true };
    titles.push(clean(tokenText(sentence, tokens, start, tp.end)));
    j = tp.end;
    headEnd = -1;
    if (tp.reason === 'stop') {
      const c = continuationAt(tokens, j);
      if (c > 0) {
        start = c;
        headEnd = headAt(tokens, c);
      }
      continue;
    }
    const sep = tokens[j];
    if (sep?.text !== ',') break;
    const next = j + 1;
    const h = headAt(tokens, next);
    if (h > 0) {
      start = next;
      headEnd = h;
      continue;
    }
    const nextTok = tokens[next];
    // `Cục Quản lý đê điều và Phòng, chống thiên tai`: the fixed pair `phòng, chống` is one name.
    if (nextTok?.key === 'chống' && tokens[j - 1]?.key === 'phòng') {
      const rest = readTitle(tokens, next, next + 1);
      if (!rest.name) {
        titles[titles.length - 1] =
          `${titles[titles.length - 1]}, ${clean(tokenText(sentence, tokens, next, rest.end))}`;
        j = rest.end;
        if (tokens[j]?.text !== ',') break;
        const h3 = headAt(tokens, j + 1);
        if (h3 < 0) break;
        start = j + 1;
        headEnd = h3;
        continue;
      }
    }
    if (!nextTok || !/^\p{Lu}/u.test(nextTok.text) || nameAt(tokens, next, false)) break;
    if (phraseAt(tokens, next, CHAIN_ORGS) > 0) {
      // `Trưởng phòng …, Bộ Tư lệnh Bộ đội biên phòng`: a separate item, as written.
      start = next;
      headEnd = next;
      continue;
    }
    // `Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch`: a body that contains a comma.
    if (phraseAt(tokens, next, ORG_FIRST) > 0) break;
    const rest = readTitle(tokens, next, next);
    if (rest.name || rest.end - next > 6) break;
    const joined = clean(tokenText(sentence, tokens, next, rest.end));
    titles[titles.length - 1] = `${titles[titles.length - 1]}, ${joined}`;
    j = rest.end;
    if (tokens[j]?.text !== ',') break;
    const h2 = headAt(tokens, j + 1);
    if (h2 < 0) break;
    start = j + 1;
    headEnd = h2;
  }
  return { titles, end: j, claimedByNext: false };
}

function blockedAsProperNoun(tokens: Tok[], i: number, cued: boolean): boolean {
  const prev = tokens[i - 1];
  if (cued || !prev || prev.kind !== 'word') return false;
  if (!/^\p{Lu}/u.test(prev.text)) return false;
  // `Lăng Chủ tịch Hồ Chí Minh`, `Ban Bí thư`, `Đoàn Chủ tịch nước`: the title is inside a name.
  return i - 1 > 0 || phraseAt(tokens, i - 1, ORG_FIRST) > 0;
}

export function scanSentence(raw: string, focusKnown: boolean): SentenceFindings {
  const sentence = nfc(raw);
  const tokens = keyed(tokenize(sentence));
  const people: Sighting[] = [];
  const focusPositions: string[] = [];
  const bareTitles: string[] = [];
  let pending: string[] = [];
  let attributes: string[] = [];
  let cued = false;
  let list = false;
  let bio = false;
  // `bầu bổ sung hai đồng chí giữ chức TITLE khóa XII, gồm: …`: the post goes to every person listed.
  let groupTitle: string | null = null;
  let groupFrom = -1;

  const addPerson = (name: NameSpan, positions: string[]): Sighting => {
    const s: Sighting = { name: name.text, positions: [...positions], attributes };
    people.push(s);
    attributes = [];
    return s;
  };

  // After a name: postpositive titles, then the next person of a list.
  const afterName = (first: Sighting, at: number): number => {
    let person = first;
    let j = at;
    for (let guard = 0; guard < 60; guard++) {
      const sep = tokens[j];
      if (!sep) break;
      if (SEPARATORS.has(sep.text) && headAt(tokens, j + 1) > 0) {
        const chain = readChain(sentence, tokens, j + 1);
        if (chain.claimedByNext) return j;
        person.positions.push(...chain.titles);
        j = chain.end;
        if (tokens[j]?.text === ')') j++;
        continue;
      }
      if (list && (sep.text === ',' || sep.text === ';' || sep.key === 'và')) {
        let k = j + 1;
        const h = honorificAt(tokens, k);
        if (h > 0) k += h;
        const a = attributeAt(tokens, k);
        const rank = a > 0 ? tokenText(sentence, tokens, k, k + a) : null;
        if (a > 0) k += a;
        const name = nameAt(tokens, k, true);
        if (name) {
          // `…; Thượng tướng NAME, …`: the rank inside a list belongs to the next person.
          if (rank) attributes.push(rank);
          person = addPerson(name, []);
          j = name.end;
          continue;
        }
      }
      // `NAME, TITLE, giữ chức TITLE`: the comma before the continuation changes nothing.
      const c =
        continuationAt(tokens, j) > 0
          ? continuationAt(tokens, j)
          : sep.text === ','
            ? continuationAt(tokens, j + 1)
            : -1;
      if (c > 0) {
        const chain = readChain(sentence, tokens, c);
        if (chain.claimedByNext) return j;
        person.positions.push(...chain.titles);
        j = chain.end;
        continue;
      }
      break;
    }
    return j;
  };

  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i];
    if (!t) break;
    if (t.text === ';') {
      const only = people.length === 1 && !list ? people[0] : undefined;
      if ((bio || only) && headAt(tokens, i + 1) > 0) {
        // Obituary style: `Đồng chí NAME, sinh năm …, quê …; nguyên TITLE, nguyên TITLE; …`.
        const chain = readChain(sentence, tokens, i + 1);
        if (!chain.claimedByNext) {
          if (only) only.positions.push(...chain.titles);
          else focusPositions.push(...chain.titles);
          i = Math.max(chain.end, i + 1);
          continue;
        }
      }
      pending = [];
      cued = false;
      list = false;
      attributes = [];
      i++;
      continue;
    }
    if (groupTitle && groupFrom < 0 && t.key === 'gồm') groupFrom = people.length;
    const h = honorificAt(tokens, i);
    if (h > 0) {
      let j = i + h;
      list = t.key === 'các' || tokens[j]?.text === ':';
      if (tokens[j]?.text === ':') j++;
      const next = tokens[j];
      // `Đồng chí là Chủ tịch nước …` / `Đồng chí tham gia cách mạng …`: the pronoun, not a cue.
      if (next && next.kind === 'word' && /^\p{Ll}/u.test(next.text) && headAt(tokens, j) < 0) {
        if (i === 0 && focusKnown) bio = true;
        if (next.key === 'là' && headAt(tokens, j + 1) > 0 && focusKnown) {
          const chain = readChain(sentence, tokens, j + 1);
          if (!chain.claimedByNext) {
            focusPositions.push(...chain.titles);
            i = Math.max(chain.end, j + 1);
            continue;
          }
        }
        i = j;
        continue;
      }
      cued = true;
      i = j;
      continue;
    }
    const a = attributeAt(tokens, i);
    if (a > 0 && (nameAt(tokens, i + a, true) || headAt(tokens, i + a) > 0)) {
      attributes.push(tokenText(sentence, tokens, i, i + a));
      cued = true;
      i += a;
      continue;
    }
    const he = headAt(tokens, i);
    if (he > 0 && !blockedAsProperNoun(tokens, i, cued)) {
      const tp = readTitle(tokens, i, he);
      const title = clean(tokenText(sentence, tokens, i, tp.end));
      if (tp.name) {
        const person = addPerson(tp.name, [...pending, title]);
        pending = [];
        i = afterName(person, tp.name.end);
        cued = false;
        list = false;
        continue;
      }
      if (tokens[tp.end]?.text === ',') {
        pending.push(title);
        i = tp.end + 1;
        continue;
      }
      if (tokens[i - 1]?.key === 'chức' && tokens[i - 2]?.key === 'giữ') groupTitle = title;
      if (!cued || pending.length === 0) bareTitles.push(title);
      pending = [];
      cued = false;
      attributes = [];
      i = Math.max(tp.end, i + 1);
      continue;
    }
    const name = nameAt(tokens, i, cued);
    if (name) {
      const sep = tokens[name.end];
      const introduced = cued || (sep && SEPARATORS.has(sep.text) && headAt(tokens, name.end + 1) > 0);
      if (introduced) {
        const person = addPerson(name, []);
        i = afterName(person, name.end);
        cued = false;
        list = false;
        pending = [];
        continue;
      }
    }
    pending = [];
    cued = false;
    list = false;
    attributes = [];
    i++;
  }
  if (groupTitle && groupFrom >= 0) for (const p of people.slice(groupFrom)) p.positions.push(groupTitle);
  return { people, focusPositions, bareTitles };
}
