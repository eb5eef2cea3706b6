/**
 * Drift benchmark for highlight anchoring: highlights are made on the fixture articles, the
 * articles are edited the way live pages change (sentences and paragraphs inserted, deleted,
 * moved, typos fixed, the quoted passage itself removed), and every highlight is re-anchored.
 * Each character carries the id of its original offset through the edits, so the right answer
 * for every highlight is known exactly. A Hypothesis-style matcher (position, then best
 * approximate match, no rejection) runs on the same cases for comparison.
 */

import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import search from 'approx-string-match';
import { Window } from 'happy-dom';
import { anchor, prepareText } from '../../lib/annotate/anchor';
import { describeTextRange } from '../../lib/annotate/describe';
import { PARAGRAPH_BREAK } from '../../lib/annotate/normalize';
import { reattach } from '../../lib/annotate/reattach';
import type { Selectors } from '../../lib/annotate/selectors';
import { median, table } from './table';

const FIXTURES = fileURLToPath(new URL('../../tests/fixtures/', import.meta.url));
const SEPARATOR = -1;
const BREAK = PARAGRAPH_BREAK;
const INSERTED = -2;

interface Article {
  name: string;
  paragraphs: string[];
}

function loadArticles(): Article[] {
  return readdirSync(FIXTURES)
    .filter((f) => f.endsWith('.gold.json'))
    .sort()
    .map((f) => {
      const gold = JSON.parse(readFileSync(FIXTURES + f, 'utf8')) as {
        isArticle: boolean;
        paragraphs?: string[];
      };
      return { name: f.replace('.gold.json', ''), paragraphs: gold.isArticle ? (gold.paragraphs ?? []) : [] };
    })
    .filter((a) => a.paragraphs.join('').length > 400);
}

/** Small seeded PRNG (mulberry32): the benchmark must give the same figures on every run. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rand = () => number;
const int = (r: Rand, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;

/** A paragraph whose characters remember where they came from. */
interface Para {
  chars: string[];
  ids: number[];
}

class Doc {
  paras: Para[];
  constructor(paragraphs: string[]) {
    let offset = 0;
    this.paras = paragraphs.map((p) => {
      const chars = [...p.split('')];
      const ids = chars.map((_, i) => offset + i);
      offset += p.length + 1;
      return { chars, ids };
    });
  }
  flat(): { text: string; ids: number[] } {
    const text: string[] = [];
    const ids: number[] = [];
    this.paras.forEach((p, i) => {
      if (i > 0) {
        text.push(BREAK);
        ids.push(SEPARATOR);
      }
      text.push(...p.chars);
      ids.push(...p.ids);
    });
    return { text: text.join(''), ids };
  }
  /** Where the surviving characters of original range [s, e) are now. */
  locate(s: number, e: number): { para: number; index: number }[] {
    const out: { para: number; index: number }[] = [];
    this.paras.forEach((p, pi) => {
      p.ids.forEach((id, i) => {
        if (id >= s && id < e) out.push({ para: pi, index: i });
      });
    });
    return out;
  }
}

function fresh(text: string): Para {
  return { chars: text.split(''), ids: text.split('').map(() => INSERTED) };
}

function sentenceStarts(p: Para): number[] {
  const s = p.chars.join('');
  const starts = [0];
  for (const m of s.matchAll(/[.!?:;]\s+/g)) starts.push(m.index + m[0].length);
  return starts;
}

interface Highlight {
  selectors: Selectors;
  /** Original offsets of the quote: the ids its characters carry. */
  s: number;
  e: number;
}

function makeHighlights(r: Rand, text: string, count: number): Highlight[] {
  const words = [...text.matchAll(/\S+/g)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  const out: Highlight[] = [];
  while (out.length < count) {
    const first = int(r, 0, words.length - 4);
    const last = Math.min(words.length - 1, first + int(r, 2, 24));
    const start = words[first]!.start;
    let end = words[last]!.end;
    // Mostly phrases inside a paragraph, sometimes reaching into the next one.
    const newline = text.indexOf(BREAK, start);
    if (newline !== -1 && newline < end && r() < 0.8) end = newline;
    const selectors = describeTextRange(text, start, end);
    if (!selectors || selectors.quote.exact.length < 8) continue;
    out.push({ selectors, s: selectors.position.start, e: selectors.position.end });
  }
  return out;
}

type Edit = (r: Rand, doc: Doc, hs: Highlight[], pool: string[]) => void;

function insertAt(p: Para, index: number, text: string) {
  const add = fresh(text);
  p.chars.splice(index, 0, ...add.chars);
  p.ids.splice(index, 0, ...add.ids);
}

const EDITS: Record<string, Edit> = {
  insertSentence(r, doc, _hs, pool) {
    const p = pick(r, doc.paras);
    insertAt(p, pick(r, sentenceStarts(p)), `${pick(r, pool)} `);
  },
  insertParagraph(r, doc, _hs, pool) {
    doc.paras.splice(int(r, 0, doc.paras.length), 0, fresh(`${pick(r, pool)} ${pick(r, pool)}`));
  },
  deleteParagraph(r, doc) {
    if (doc.paras.length > 2) doc.paras.splice(int(r, 0, doc.paras.length - 1), 1);
  },
  moveParagraph(r, doc) {
    const [p] = doc.paras.splice(int(r, 0, doc.paras.length - 1), 1);
    doc.paras.splice(int(r, 0, doc.paras.length), 0, p!);
  },
  insertBesideQuote(r, doc, hs, pool) {
    const h = pick(r, hs);
    const at = doc.locate(h.s, h.e);
    if (at.length === 0) return;
    const end = r() < 0.5;
    const spot = end ? at[at.length - 1]! : at[0]!;
    insertAt(
      doc.paras[spot.para]!,
      spot.index + (end ? 1 : 0),
      end ? ` ${pick(r, pool)}` : `${pick(r, pool)} `,
    );
  },
  typoNearQuote(r, doc, hs) {
    const h = pick(r, hs);
    const at = doc.locate(h.s, h.e);
    if (at.length === 0) return;
    const spot = r() < 0.5 ? at[0]! : at[at.length - 1]!;
    const p = doc.paras[spot.para]!;
    const i = Math.max(
      0,
      Math.min(p.chars.length - 1, spot.index + (r() < 0.5 ? -int(r, 2, 30) : int(r, 2, 30))),
    );
    if (p.ids[i]! >= h.s && p.ids[i]! < h.e) return;
    p.chars[i] = pick(r, ['a', 'ê', 'ơ', 'n', ',']);
    p.ids[i] = INSERTED;
  },
  typoInQuote(r, doc, hs) {
    const h = pick(r, hs);
    const at = doc.locate(h.s, h.e);
    if (at.length < 8) return;
    for (let n = int(r, 1, 3); n > 0; n--) {
      const spot = pick(r, at.slice(1, -1));
      const p = doc.paras[spot.para]!;
      const kind = int(r, 0, 2);
      if (kind === 0) {
        p.chars[spot.index] = pick(r, ['a', 'ă', 'ư', 'đ', 'o']);
        p.ids[spot.index] = INSERTED;
      } else if (kind === 1) {
        insertAt(p, spot.index, pick(r, ['n', 'h', ' ', ',']));
      } else {
        p.chars.splice(spot.index, 1);
        p.ids.splice(spot.index, 1);
      }
      at.splice(0, at.length, ...doc.locate(h.s, h.e));
      if (at.length < 8) return;
    }
  },
  deleteQuote(r, doc, hs) {
    const h = pick(r, hs);
    for (const p of doc.paras) {
      for (let i = p.ids.length - 1; i >= 0; i--) {
        if (p.ids[i]! >= h.s && p.ids[i]! < h.e) {
          p.chars.splice(i, 1);
          p.ids.splice(i, 1);
        }
      }
    }
    doc.paras = doc.paras.filter((p) => p.chars.join('').trim() !== '');
  },
};

const EDIT_WEIGHTS: [keyof typeof EDITS, number][] = [
  ['insertSentence', 3],
  ['insertParagraph', 2],
  ['deleteParagraph', 1],
  ['moveParagraph', 2],
  ['insertBesideQuote', 3],
  ['typoNearQuote', 2],
  ['typoInQuote', 3],
  ['deleteQuote', 2],
];

function randomEdit(r: Rand): Edit {
  const total = EDIT_WEIGHTS.reduce((n, [, w]) => n + w, 0);
  let x = r() * total;
  for (const [name, w] of EDIT_WEIGHTS) {
    x -= w;
    if (x < 0) return EDITS[name]!;
  }
  return EDITS.insertSentence!;
}

type Kind = 'intact' | 'edited' | 'deleted' | 'partial';

/** What happened to a highlight's text, and where its right answer now is. */
function truth(h: Highlight, ids: number[], text: string): { kind: Kind; start: number; end: number } {
  const want = new Set<number>();
  for (let id = h.s; id < h.e; id++) if (text.length >= 0) want.add(id);
  const positions: number[] = [];
  ids.forEach((id, i) => {
    if (id >= h.s && id < h.e) positions.push(i);
  });
  if (positions.length === 0) return { kind: 'deleted', start: -1, end: -1 };
  const start = positions[0]!;
  const end = positions[positions.length - 1]! + 1;
  let ascending = true;
  let foreign = false;
  for (let i = 1; i < positions.length; i++) if (positions[i]! < positions[i - 1]!) ascending = false;
  for (let i = start; i < end; i++) {
    const id = ids[i]!;
    if (id === SEPARATOR) continue;
    if (id < h.s || id >= h.e) foreign = true;
  }
  const originalChars = h.selectors.quote.exact.replace(/\s/g, '').length;
  const kept = positions.filter((i) => !/\s/.test(text[i]!)).length;
  if (ascending && !foreign && kept === originalChars) return { kind: 'intact', start, end };
  const span = end - start;
  if (ascending && kept >= originalChars * 0.5 && span <= (h.e - h.s) * 1.5)
    return { kind: 'edited', start, end };
  return { kind: 'partial', start, end };
}

type Outcome = 'right' | 'orphan' | 'wrong';

/**
 * Intact quotes must come back exactly. Edited ones must land on what is left of them: most of
 * the attached text is the quote's own characters and most of those survivors are covered.
 * Partly deleted ones may attach to a surviving piece or be orphaned. Anything else is wrong.
 */
function judge(
  kind: Kind,
  found: { start: number; end: number } | null,
  t: { start: number; end: number },
  h: Highlight,
  ids: number[],
  text: string,
): Outcome {
  if (!found) return 'orphan';
  if (kind === 'deleted') return 'wrong';
  if (kind === 'intact') return found.start === t.start && found.end === t.end ? 'right' : 'wrong';
  const own = (i: number) => ids[i]! >= h.s && ids[i]! < h.e;
  let attached = 0;
  let ownInside = 0;
  for (let i = found.start; i < found.end; i++) {
    if (/\s/.test(text[i]!)) continue;
    attached++;
    if (own(i)) ownInside++;
  }
  let survivors = 0;
  for (let i = 0; i < ids.length; i++) if (own(i) && !/\s/.test(text[i]!)) survivors++;
  const precise = attached > 0 && ownInside / attached >= 0.5;
  if (kind === 'partial') return precise ? 'right' : 'wrong';
  return precise && ownInside / survivors >= 0.5 ? 'right' : 'wrong';
}

/** Hypothesis-style: stored position if the quote is there, else the best approximate match, never rejected. */
function baseline(text: string, sel: Selectors): { start: number; end: number } | null {
  const { exact, prefix, suffix } = sel.quote;
  const { start, end } = sel.position;
  if (text.slice(start, end) === exact) return { start, end };
  const matches = search(text, exact, Math.min(256, Math.floor(exact.length / 2)));
  const similarity = (a: string, b: string) => {
    if (a.length === 0) return 0;
    const best = search(b, a, a.length)[0];
    return best ? 1 - best.errors / a.length : 0;
  };
  let top: { start: number; end: number; score: number } | null = null;
  for (const m of matches) {
    const score =
      50 * (1 - m.errors / exact.length) +
      20 * similarity(prefix, text.slice(Math.max(0, m.start - prefix.length), m.start)) +
      20 * similarity(suffix, text.slice(m.end, m.end + suffix.length)) +
      2 * (1 - Math.abs(m.start - start) / text.length);
    if (!top || score > top.score) top = { start: m.start, end: m.end, score };
  }
  return top;
}

interface Tally {
  right: number;
  orphan: number;
  wrong: number;
}
const emptyTally = (): Tally => ({ right: 0, orphan: 0, wrong: 0 });

function percent(n: number, d: number): string {
  return d === 0 ? '–' : `${((100 * n) / d).toFixed(1)}%`;
}

/** One re-anchored highlight, for inspecting failures. */
export interface DriftCase {
  kind: Kind;
  outcome: Outcome;
  selectors: Selectors;
  found: { start: number; end: number } | null;
  expected: { start: number; end: number };
  text: string;
}

export async function benchAnchoring(onCase?: (c: DriftCase) => void): Promise<string> {
  const articles = loadArticles();
  const pool = articles
    .flatMap((a) => a.paragraphs.flatMap((p) => p.split(/(?<=[.!?])\s+/)))
    .filter((s) => s.length > 20);
  const ours: Record<Kind, Tally> = {
    intact: emptyTally(),
    edited: emptyTally(),
    deleted: emptyTally(),
    partial: emptyTally(),
  };
  const theirs: Record<Kind, Tally> = {
    intact: emptyTally(),
    edited: emptyTally(),
    deleted: emptyTally(),
    partial: emptyTally(),
  };
  let total = 0;
  let kept = 0;
  const r = prng(20240607);
  const TRIALS = 25;
  const HIGHLIGHTS = 40;
  const EDITS_PER_TRIAL = 10;
  for (const article of articles) {
    for (let trial = 0; trial < TRIALS; trial++) {
      const doc = new Doc(article.paragraphs);
      const original = doc.flat().text;
      const hs = makeHighlights(r, original, HIGHLIGHTS);
      const others = pool.filter((s) => !original.includes(s));
      for (let n = 0; n < EDITS_PER_TRIAL; n++) randomEdit(r)(r, doc, hs, others.length ? others : pool);
      const { text, ids } = doc.flat();
      const prepared = prepareText(text);
      for (const h of hs) {
        const t = truth(h, ids, text);
        const found = anchor(prepared, h.selectors);
        total++;
        kept++; // anchoring only reads selectors; an unplaced highlight is returned as an orphan, not dropped
        const outcome = judge(t.kind, found, t, h, ids, text);
        ours[t.kind][outcome]++;
        onCase?.({ kind: t.kind, outcome, selectors: h.selectors, found, expected: t, text });
        theirs[t.kind][judge(t.kind, baseline(text, h.selectors), t, h, ids, text)]++;
      }
    }
  }

  const rows = (['intact', 'edited', 'deleted', 'partial'] as Kind[]).map((kind) => {
    const o = ours[kind];
    const b = theirs[kind];
    const n = o.right + o.orphan + o.wrong;
    const goal = kind === 'deleted' ? o.orphan : o.right;
    const goalB = kind === 'deleted' ? b.orphan : b.right;
    return [
      kind,
      n,
      kind === 'deleted' ? 'orphaned' : 'right text',
      percent(goal, n),
      o.wrong,
      kind === 'deleted' ? '–' : percent(o.orphan, n),
      percent(goalB, n),
      b.wrong,
    ];
  });
  const drift = table(
    [
      'quote after edits',
      'cases',
      'goal',
      'ours',
      'ours wrong',
      'ours orphan',
      'Hypothesis-style',
      'H wrong',
    ],
    rows,
  );

  const timing = timeTwoHundred(articles, pool);
  return [
    `Drift: ${articles.length} articles × ${TRIALS} trials × ${HIGHLIGHTS} highlights, ${EDITS_PER_TRIAL} random edits each.`,
    'intact = every character of the quote survives in order; edited = ≥ 50% survives (typos inside);',
    'partial = cut up or mostly deleted (either answer acceptable, wrong = attached elsewhere).',
    '',
    drift,
    '',
    `Kept: ${kept}/${total} (${percent(kept, total)}) — anchoring never removes an annotation.`,
    '',
    timing,
  ].join('\n');
}

function timeTwoHundred(articles: Article[], pool: string[]): string {
  const article = articles.reduce((a, b) =>
    b.paragraphs.join(BREAK).length > a.paragraphs.join(BREAK).length ? b : a,
  );
  const r = prng(7);
  const doc = new Doc(article.paragraphs);
  const hs = makeHighlights(r, doc.flat().text, 200);
  const rows: (string | number)[][] = [];
  const scenarios: [string, number][] = [
    ['unchanged page', 0],
    ['after 10 edits', 10],
  ];
  for (const [label, edits] of scenarios) {
    for (let n = 0; n < edits; n++) randomEdit(r)(r, doc, hs, pool);
    const { text } = doc.flat();
    const anchorRuns: number[] = [];
    for (let run = 0; run < 15; run++) {
      const t0 = performance.now();
      const prepared = prepareText(text);
      for (const h of hs) anchor(prepared, h.selectors);
      anchorRuns.push(performance.now() - t0);
    }
    const domRuns: number[] = [];
    const window = new Window();
    for (let run = 0; run < 15; run++) {
      const body = window.document.createElement('div');
      for (const p of text.split(BREAK)) {
        const el = window.document.createElement('p');
        el.textContent = p;
        body.appendChild(el);
      }
      const annotations = hs.map((h, i) => ({ ...h.selectors, id: `a${i}`, color: 'yellow' as const }));
      const t0 = performance.now();
      reattach(body as unknown as Element, annotations);
      domRuns.push(performance.now() - t0);
    }
    rows.push([label, text.length, 200, median(anchorRuns), median(domRuns)]);
  }
  return [
    `Timing: 200 highlights on the longest article (${article.name}), median of 15 runs.`,
    '',
    table(['page', 'text chars', 'highlights', 'anchor ms', 'reattach+draw ms (happy-dom)'], rows),
  ].join('\n');
}
