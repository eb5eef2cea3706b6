/**
 * Local Vietnamese analysis of an `Article`: summary, named officials with their
 * positions, key figures and cited document codes. Pure, deterministic, no network.
 *
 * Block indices: results point at `article.blocks[i]`; -1 stands for the title and
 * -2 for the sapo, which are not blocks.
 */

import type { Article } from '../cpv/article';
import { findDocuments } from './documents';
import { findFigures } from './figures';
import { findOfficials } from './officials/index';
import { summarize } from './summary';
import type { Analysis } from './types';

export { findDocuments } from './documents';
export { findFigures } from './figures';
export { canonicalTones, fold, matchKey, nfc } from './normalize';
export { parseVietnameseNumber } from './numbers';
export { findOfficials } from './officials/index';
export { type SentenceSpan, splitSentenceSpans, splitSentences } from './sentences';
export { summarize } from './summary';
export type * from './types';
export { SAPO_INDEX, TITLE_INDEX } from './units';

export interface AnalyzeOptions {
  /** Number of summary sentences, 1–7 (default 3). */
  summaryLength?: number;
}

function safely<T>(run: () => T, fallback: T): T {
  try {
    return run();
  } catch {
    // Analysis is a convenience on top of the article: a bug here must not break the popup.
    return fallback;
  }
}

export function analyze(article: Article, options: AnalyzeOptions = {}): Analysis {
  return {
    summary: safely(() => summarize(article, options.summaryLength ?? 3), []),
    officials: safely(() => findOfficials(article), []),
    figures: safely(() => findFigures(article), []),
    documents: safely(() => findDocuments(article), []),
  };
}
