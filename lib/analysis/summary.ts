/**
 * Extractive summary: TextRank over syllable-bigram overlap, mixed with a position
 * prior (news puts the gist first) and overlap with the title (the editor's own
 * statement of the topic). Only body paragraphs are candidates: the sapo already
 * is a summary and captions repeat the body. The graph is capped to the first
 * `GRAPH_LIMIT` sentences so that time stays linear in the article length.
 */

import type { Article } from '../cpv/article';
import { splitSentenceSpans } from './sentences';
import { syllableKeys } from './tokens';
import type { SummarySentence } from './types';

export const GRAPH_LIMIT = 150;
const DAMPING = 0.85;
const ITERATIONS = 30;
const NEAR_DUPLICATE = 0.5;
/** Mix of the three signals; the lead is the strongest single baseline for news (Lead-1 ≥ Lead-3). */
export const WEIGHTS = { centrality: 0.3, title: 0.35, position: 0.35 };

// Grammatical syllables that make any two sentences look alike.
const STOP = new Set(
  'và của là các có được trong cho với những đã để này đó một không theo từ tại về khi như thì mà cũng đến trên ra vào lại nhiều rất sẽ đang bị nên nhưng hay hoặc còn chỉ việc người năm'.split(
    ' ',
  ),
);

interface Candidate {
  text: string;
  blockIndex: number;
  position: number;
  unigrams: Set<string>;
  grams: Set<string>;
  syllables: number;
}

// Sorted integer ids of a candidate's features: overlaps become linear merges.
interface Packed {
  grams: Int32Array;
  unigrams: Int32Array;
  norm: number;
}

function features(text: string): { unigrams: Set<string>; grams: Set<string>; syllables: number } {
  const syl = syllableKeys(text);
  const unigrams = new Set(syl.filter((s) => !STOP.has(s) && !/^\d/.test(s)));
  const grams = new Set<string>();
  for (let i = 0; i + 1 < syl.length; i++) {
    const a = syl[i] ?? '';
    const b = syl[i + 1] ?? '';
    if (STOP.has(a) && STOP.has(b)) continue;
    grams.add(`${a} ${b}`);
  }
  return { unigrams, grams, syllables: syl.length };
}

function overlap(a: Set<string>, b: Set<string>): number {
  let n = 0;
  const [small, large] = a.size < b.size ? [a, b] : [b, a];
  for (const x of small) if (large.has(x)) n++;
  return n;
}

function mergeCount(a: Int32Array, b: Int32Array): number {
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as number;
    const y = b[j] as number;
    if (x === y) {
      n++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return n;
}

function pack(cands: Candidate[]): Packed[] {
  const ids = new Map<string, number>();
  const idsOf = (set: Set<string>) => {
    const out = new Int32Array(set.size);
    let k = 0;
    for (const x of set) {
      let id = ids.get(x);
      if (id === undefined) {
        id = ids.size;
        ids.set(x, id);
      }
      out[k++] = id;
    }
    return out.sort();
  };
  return cands.map((c) => ({
    grams: idsOf(c.grams),
    unigrams: idsOf(c.unigrams),
    norm: Math.log(c.syllables + 1),
  }));
}

function jaccard(a: Set<string>, b: Set<string>): number {
  const inter = overlap(a, b);
  const union = a.size + b.size - inter;
  return union === 0 ? 0 : inter / union;
}

function textRank(cands: Candidate[]): Float64Array {
  const n = cands.length;
  const packed = pack(cands);
  const weights = new Float64Array(n * n);
  const outSum = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const a = packed[i] as Packed;
    for (let j = i + 1; j < n; j++) {
      const b = packed[j] as Packed;
      const shared = mergeCount(a.grams, b.grams) + 0.5 * mergeCount(a.unigrams, b.unigrams);
      if (shared === 0) continue;
      const w = shared / (a.norm + b.norm);
      weights[i * n + j] = w;
      weights[j * n + i] = w;
      outSum[i] = (outSum[i] as number) + w;
      outSum[j] = (outSum[j] as number) + w;
    }
  }
  let rank = new Float64Array(n).fill(1 / Math.max(1, n));
  for (let it = 0; it < ITERATIONS; it++) {
    const next = new Float64Array(n).fill((1 - DAMPING) / Math.max(1, n));
    for (let j = 0; j < n; j++) {
      const out = outSum[j] as number;
      if (out === 0) continue;
      const share = (DAMPING * (rank[j] as number)) / out;
      const row = j * n;
      for (let i = 0; i < n; i++) {
        const w = weights[row + i] as number;
        if (w !== 0) next[i] = (next[i] as number) + w * share;
      }
    }
    rank = next;
  }
  return rank;
}

/** Body sentences (paragraph blocks only), in article order. */
export function bodySentences(article: Article): { text: string; blockIndex: number }[] {
  const blocks = Array.isArray(article?.blocks) ? article.blocks : [];
  const out: { text: string; blockIndex: number }[] = [];
  blocks.forEach((b, blockIndex) => {
    if (b?.type !== 'paragraph' || typeof b.text !== 'string') return;
    for (const s of splitSentenceSpans(b.text)) out.push({ text: s.text, blockIndex });
  });
  return out;
}

/** `n` (1–7) body sentences, verbatim, in article order, each with its block index. */
export function summarize(article: Article, n = 3): SummarySentence[] {
  const count = Math.min(7, Math.max(1, Math.round(Number.isFinite(n) ? n : 3)));
  const sentences = bodySentences(article).slice(0, GRAPH_LIMIT);
  if (sentences.length === 0) return [];
  const cands: Candidate[] = sentences.map((s, position) => ({ ...s, position, ...features(s.text) }));
  const title = features(typeof article.title === 'string' ? article.title : '');
  const rank = textRank(cands);
  let maxRank = 1e-9;
  for (const r of rank) if (r > maxRank) maxRank = r;
  const scored = cands.map((c, i) => {
    const titleScore =
      title.unigrams.size === 0
        ? 0
        : (overlap(c.unigrams, title.unigrams) + overlap(c.grams, title.grams)) /
          (title.unigrams.size + title.grams.size);
    const positionScore = 1 / Math.sqrt(1 + c.position);
    let score =
      WEIGHTS.centrality * ((rank[i] ?? 0) / maxRank) +
      WEIGHTS.title * titleScore +
      WEIGHTS.position * positionScore;
    // Fragments, list intros and run-in subheadings say little on their own.
    if (c.syllables < 8) score *= 0.3;
    else if (/[:;]$/.test(c.text)) score *= 0.4;
    else if (!/[.!?…”"]$/u.test(c.text) && c.syllables < 25) score *= 0.6;
    return { c, score };
  });
  const ranked = [...scored].sort((a, b) => b.score - a.score || a.c.position - b.c.position);
  const chosen: Candidate[] = [];
  for (const { c } of ranked) {
    if (chosen.length >= count) break;
    if (chosen.some((d) => jaccard(d.grams, c.grams) > NEAR_DUPLICATE)) continue;
    chosen.push(c);
  }
  return chosen
    .sort((a, b) => a.position - b.position)
    .map((c) => ({ text: c.text, blockIndex: c.blockIndex }));
}
