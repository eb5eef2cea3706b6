/**
 * Scores the analysis on the held-out set, per task, micro-averaged. Used by the
 * held-out tests (which pin a floor) and runnable on its own to print the table:
 *   npx tsx tests/unit/analysis/heldout/measure.ts
 */

import {
  addPRF,
  documentsPRF,
  EMPTY_PRF,
  figuresPRF,
  officialNamesPRF,
  officialPairsPRF,
  type PRF,
} from '../../../../lib/analysis/evaluation';
import { analyze } from '../../../../lib/analysis/index';
import type { Article, Block } from '../../../../lib/cpv/article';
import { HELDOUT, type HeldoutCase } from './cases';

export function heldoutArticle(c: HeldoutCase): Article {
  const blocks: Block[] = [
    ...c.paragraphs.map((text): Block => ({ type: 'paragraph', text })),
    ...(c.captions ?? []).map(
      (caption): Block => ({ type: 'image', text: caption, src: '', caption, credit: null, alt: null }),
    ),
  ];
  return {
    url: 'https://dangcongsan.vn/heldout.html',
    canonicalUrl: 'https://dangcongsan.vn/heldout.html',
    articleId: null,
    template: 'generic',
    title: c.title ?? '',
    dateline: null,
    sapo: c.sapo ?? null,
    publishedAt: null,
    category: null,
    author: null,
    tags: [],
    related: [],
    blocks,
    sources: {},
  };
}

export interface HeldoutScores {
  names: PRF;
  pairs: PRF;
  figures: PRF;
  documents: PRF;
}

export function scoreCase(c: HeldoutCase): HeldoutScores {
  const a = analyze(heldoutArticle(c));
  return {
    names: officialNamesPRF(a.officials, c.officials),
    pairs: officialPairsPRF(a.officials, c.officials),
    figures: figuresPRF(
      a.figures,
      c.figures.map((f) => ({ ...f, text: '' })),
    ),
    documents: documentsPRF(
      a.documents.map((d) => d.code),
      c.documents,
    ),
  };
}

export function scoreHeldout(cases: HeldoutCase[] = HELDOUT): HeldoutScores {
  let total: HeldoutScores = { names: EMPTY_PRF, pairs: EMPTY_PRF, figures: EMPTY_PRF, documents: EMPTY_PRF };
  for (const c of cases) {
    const s = scoreCase(c);
    total = {
      names: addPRF(total.names, s.names),
      pairs: addPRF(total.pairs, s.pairs),
      figures: addPRF(total.figures, s.figures),
      documents: addPRF(total.documents, s.documents),
    };
  }
  return total;
}

const fmt = (p: PRF) =>
  `P ${p.precision.toFixed(3)}  R ${p.recall.toFixed(3)}  F1 ${p.f1.toFixed(3)}  (tp ${p.tp}, fp ${p.fp}, fn ${p.fn})`;

export function heldoutReport(verbose = false): string {
  const lines: string[] = [];
  const s = scoreHeldout();
  lines.push(`Held-out set: ${HELDOUT.length} articles`);
  for (const k of ['names', 'pairs', 'figures', 'documents'] as const)
    lines.push(`${k.padEnd(10)} ${fmt(s[k])}`);
  if (verbose) {
    for (const c of HELDOUT) {
      const a = analyze(heldoutArticle(c));
      const sc = scoreCase(c);
      if (
        sc.pairs.fp +
          sc.pairs.fn +
          sc.names.fp +
          sc.names.fn +
          sc.figures.fp +
          sc.figures.fn +
          sc.documents.fn +
          sc.documents.fp ===
        0
      )
        continue;
      lines.push('', `## ${c.label}`);
      lines.push(`officials: ${JSON.stringify(a.officials.map((o) => [o.name, o.positions, o.attributes]))}`);
      lines.push(`figures: ${JSON.stringify(a.figures.map((f) => [f.value, f.unit]))}`);
      lines.push(`documents: ${JSON.stringify(a.documents.map((d) => d.code))}`);
    }
  }
  return lines.join('\n');
}

if (process.argv[1]?.endsWith('measure.ts')) console.log(heldoutReport(process.argv.includes('-v')));
