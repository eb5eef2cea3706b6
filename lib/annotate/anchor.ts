/**
 * Re-finds a stored highlight in the current text: position first (cheap, and right whenever
 * nothing before the quote changed), then every exact occurrence of the quote, then an
 * approximate match. Every candidate, whichever step found it, must carry enough evidence —
 * matched quote characters plus matched context characters — before it is accepted; otherwise
 * the highlight is an orphan. Attaching a note to the wrong passage is worse than showing it
 * as unplaced, so the thresholds lean towards orphaning.
 */

import search from 'approx-string-match';
import { contextEvidence, prefixDistance, suffixDistance } from './context';
import {
  type NormalizedText,
  normalizeString,
  normalizeText,
  originalToNormalized,
  toOriginalRange,
} from './normalize';
import type { AnchorMethod, AnchorResult, Selectors } from './selectors';

/** The text to anchor in, normalised once and shared by all highlights of a page. */
export interface PreparedText {
  original: string;
  norm: NormalizedText;
  toNorm: Int32Array;
}

export function prepareText(text: string): PreparedText {
  const norm = normalizeText(text);
  return { original: text, norm, toNorm: originalToNormalized(norm, text.length) };
}

/** Largest share of the quote that may differ in an approximate match. */
const MAX_ERROR_RATE = 0.25;
/** Matched context characters needed before context counts as support at all. */
const MIN_CONTEXT = 12;
/** Total matched characters (quote and context) needed to accept a candidate. */
const MIN_EVIDENCE = 40;
/** Evidence needed when only one context side supports the candidate. */
const ONE_SIDED_EVIDENCE = 56;
/** A quote this well matched may stand without context (e.g. neighbours rewritten). */
const MIN_QUOTE_ALONE = 64;
/** How far out a displaced context side is looked for, and what finding it there costs. */
const DISPLACED_WINDOW = 600;
const DISPLACED_PENALTY = 8;
/** Credit for sitting exactly at the stored offset: the position selector agreeing is evidence. */
const POSITION_HIT = 16;
/** Credit for a missing context side when the candidate is at that edge of the text too. */
const EDGE_CONTEXT = 16;
/** Ranking weight of closeness to the stored position; decides between equal candidates. */
const POSITION_WEIGHT = 8;
const POSITION_SCALE = 4000;
/** Cap on candidates examined, so a one-letter quote cannot make anchoring quadratic. */
const MAX_CANDIDATES = 500;

interface Query {
  exact: string;
  prefix: string;
  suffix: string;
  start: number;
}

interface Candidate {
  start: number;
  end: number;
  errors: number;
  method: AnchorMethod;
  quoteEvidence: number;
  contextEvidence: number;
  /** Context sides (0–2) that support the candidate. */
  sides: number;
  rank: number;
  score: number;
}

function toQuery(selectors: Selectors): Query {
  return {
    exact: normalizeString(selectors.quote.exact, 'stored').trim(),
    prefix: normalizeString(selectors.quote.prefix, 'stored'),
    suffix: normalizeString(selectors.quote.suffix, 'stored'),
    start: selectors.position.start,
  };
}

/**
 * Support a context side gives a candidate. Next to the quote it counts in full; found a little
 * further out it still counts, less, because a sentence inserted right beside a highlight
 * pushes its context away without the highlight being any less where it was.
 */
function sideEvidence(
  context: string,
  adjacent: number,
  window: string,
  atEdge: boolean,
  atBreak: boolean,
  breakSide: string,
): number {
  const length = context.trim().length;
  if (length === 0) return atEdge ? EDGE_CONTEXT : 0;
  const near = contextEvidence(length, adjacent);
  // The quote ended (or began) a paragraph and still does: the neighbouring paragraph was
  // moved or deleted, which says nothing against the quote itself.
  if (near < EDGE_CONTEXT && (atBreak || atEdge) && breakSide.includes('\n')) return EDGE_CONTEXT;
  if (near >= length * 0.75 || window.length < length) return near;
  const displaced = search(window, context, Math.floor(length * MAX_ERROR_RATE))[0];
  if (!displaced) return near;
  return Math.max(near, contextEvidence(length, displaced.errors) - DISPLACED_PENALTY);
}

function supports(evidence: number, context: string): boolean {
  const length = context.trim().length;
  return length === 0 ? evidence > 0 : evidence >= Math.min(MIN_CONTEXT, length);
}

function evaluate(
  prepared: PreparedText,
  q: Query,
  start: number,
  end: number,
  errors: number,
  method: AnchorMethod,
): Candidate {
  const text = prepared.norm.text;
  const prefixEv = sideEvidence(
    q.prefix,
    prefixDistance(text, start, q.prefix),
    text.slice(Math.max(0, start - DISPLACED_WINDOW), start),
    text.slice(0, start).trim() === '',
    /\n\s*$/.test(text.slice(Math.max(0, start - 2), start)),
    q.prefix.slice(-2),
  );
  const suffixEv = sideEvidence(
    q.suffix,
    suffixDistance(text, end, q.suffix),
    text.slice(end, end + DISPLACED_WINDOW),
    text.slice(end).trim() === '',
    /^\s*\n/.test(text.slice(end, end + 2)),
    q.suffix.slice(0, 2),
  );
  const quoteEv = q.exact.length - 2 * errors + (method === 'position' ? POSITION_HIT : 0);
  const ctx = prefixEv + suffixEv;
  const originalStart = prepared.norm.starts[start] ?? prepared.original.length;
  const closeness = Math.exp(-Math.abs(originalStart - q.start) / POSITION_SCALE);
  const total = q.exact.length + q.prefix.length + q.suffix.length;
  return {
    start,
    end,
    errors,
    method,
    quoteEvidence: quoteEv,
    contextEvidence: ctx,
    sides: (supports(prefixEv, q.prefix) ? 1 : 0) + (supports(suffixEv, q.suffix) ? 1 : 0),
    rank: quoteEv + ctx + POSITION_WEIGHT * closeness,
    score: Math.min(1, Math.max(0, (q.exact.length - 2 * errors + ctx) / Math.max(1, total))),
  };
}

/**
 * Both context sides agreeing is the normal case for a highlight that survived. With one side
 * or none, the candidate may be a stock phrase repeated elsewhere in the article (these texts
 * repeat formulas such as committee names), so more evidence is asked for.
 */
function acceptable(c: Candidate): boolean {
  const evidence = c.quoteEvidence + c.contextEvidence;
  if (c.sides === 2) return evidence >= MIN_EVIDENCE;
  if (c.sides === 1) return evidence >= ONE_SIDED_EVIDENCE;
  return c.quoteEvidence >= MIN_QUOTE_ALONE;
}

function best(candidates: Candidate[]): Candidate | null {
  let top: Candidate | null = null;
  for (const c of candidates) if (!top || c.rank > top.rank) top = c;
  return top;
}

function atPosition(prepared: PreparedText, q: Query, selectors: Selectors): Candidate | null {
  const { start, end } = selectors.position;
  if (start < 0 || end > prepared.original.length || end <= start) return null;
  const text = prepared.norm.text;
  let ns = prepared.toNorm[start]!;
  if (text[ns] === ' ' && q.exact[0] !== ' ') ns++;
  if (text.startsWith(q.exact, ns)) return evaluate(prepared, q, ns, ns + q.exact.length, 0, 'position');
  return null;
}

function exactOccurrences(prepared: PreparedText, q: Query): Candidate[] {
  const out: Candidate[] = [];
  const text = prepared.norm.text;
  for (let at = text.indexOf(q.exact); at !== -1 && out.length < MAX_CANDIDATES; ) {
    out.push(evaluate(prepared, q, at, at + q.exact.length, 0, 'quote'));
    at = text.indexOf(q.exact, at + 1);
  }
  return out;
}

/**
 * Approximate candidates from two searches: the quote alone, and the quote with its context.
 * The library only reports the lowest-error matches, so the quote alone can be out-scored by
 * a look-alike elsewhere; searching with the context too puts the true place among the
 * candidates whenever its surroundings survived.
 */
function approximateOccurrences(prepared: PreparedText, q: Query): Candidate[] {
  const text = prepared.norm.text;
  const budget = Math.floor(q.exact.length * MAX_ERROR_RATE);
  if (budget === 0) return [];
  const out: Candidate[] = [];
  for (const m of search(text, q.exact, budget).slice(0, MAX_CANDIDATES)) {
    out.push(evaluate(prepared, q, m.start, m.end, m.errors, 'fuzzy'));
  }
  const withContext = q.prefix + q.exact + q.suffix;
  if (withContext.length > q.exact.length) {
    const contextBudget = Math.floor(withContext.length * MAX_ERROR_RATE);
    for (const region of search(text, withContext, contextBudget).slice(0, MAX_CANDIDATES)) {
      const from = Math.max(0, region.start - budget);
      const slice = text.slice(from, region.end + budget);
      for (const m of search(slice, q.exact, budget)) {
        out.push(evaluate(prepared, q, from + m.start, from + m.end, m.errors, 'fuzzy'));
      }
    }
  }
  return out;
}

/**
 * A candidate accepted on the quote alone is suspect when the stored prefix and suffix still
 * stand side by side somewhere else: that is exactly what remains after the quote was deleted,
 * and the look-alike found is another passage.
 */
function contextCloseOverElsewhere(prepared: PreparedText, q: Query, c: Candidate): boolean {
  const joined = `${q.prefix.trimEnd()} ${q.suffix.trimStart()}`.trim();
  if (q.prefix.trim().length < MIN_CONTEXT || q.suffix.trim().length < MIN_CONTEXT) return false;
  const budget = Math.floor(joined.length * 0.15);
  return search(prepared.norm.text, joined, budget).some((m) => m.end <= c.start || m.start >= c.end);
}

function result(prepared: PreparedText, c: Candidate): AnchorResult {
  const [start, end] = toOriginalRange(prepared.norm, c.start, c.end);
  return { start, end, method: c.method, score: c.score };
}

function accept(prepared: PreparedText, q: Query, c: Candidate | null): AnchorResult | null {
  if (!c || !acceptable(c)) return null;
  if (c.sides < 2 && contextCloseOverElsewhere(prepared, q, c)) return null;
  return result(prepared, c);
}

export function anchor(text: string | PreparedText, selectors: Selectors): AnchorResult | null {
  const prepared = typeof text === 'string' ? prepareText(text) : text;
  const q = toQuery(selectors);
  if (q.exact.length === 0) return null;

  const positioned = atPosition(prepared, q, selectors);
  if (positioned && acceptable(positioned)) return result(prepared, positioned);

  const exact = best(exactOccurrences(prepared, q));
  if (exact && acceptable(exact)) return accept(prepared, q, exact);

  const fuzzy = best(approximateOccurrences(prepared, q).filter(acceptable));
  return accept(prepared, q, fuzzy ?? exact);
}
