/**
 * Bench for the analysis engine: time per fixture (median of repeats), a
 * ~2,000-word article, a 200,000-word article, and the accuracy table against the
 * fixtures' gold (articles are built from the gold, so this does not depend on
 * the extractor). Run alone:
 *   npx tsx -e "import('./scripts/bench/analysis.ts').then(async m=>console.log(await m.benchAnalysis()))"
 */

import {
  addPRF,
  documentsPRF,
  EMPTY_PRF,
  figuresPRF,
  officialNamesPRF,
  officialPairsPRF,
  type PRF,
  rouge1,
} from '../../lib/analysis/evaluation';
import { analyze } from '../../lib/analysis/index';
import { bodySentences } from '../../lib/analysis/summary';
import type { Article } from '../../lib/cpv/article';
import { articleFromGold, articleOf, loadGolds } from '../../tests/unit/analysis/gold-article';

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] ?? 0) : ((s[m - 1] ?? 0) + (s[m] ?? 0)) / 2;
}

function time(article: Article, repeats: number): number {
  analyze(article);
  const runs: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const t0 = performance.now();
    analyze(article);
    runs.push(performance.now() - t0);
  }
  return median(runs);
}

function words(article: Article): number {
  const text = [article.title, article.sapo ?? '', ...article.blocks.map((b) => b.text)].join(' ');
  return text.split(/\s+/).filter(Boolean).length;
}

/** An article of about `target` words, made by repeating the fixtures' paragraphs. */
export function syntheticArticle(target: number): Article {
  const golds = loadGolds();
  const pool = golds.flatMap((g) => g.gold.paragraphs);
  const paragraphs: string[] = [];
  let n = 0;
  for (let i = 0; n < target && pool.length > 0; i++) {
    const p = pool[i % pool.length] ?? '';
    paragraphs.push(p);
    n += p.split(/\s+/).length;
  }
  return articleOf({ title: golds[0]?.gold.title ?? '', sapo: golds[0]?.gold.sapo ?? null, paragraphs });
}

const pct = (x: number) => x.toFixed(3);
const fmt = (p: PRF) =>
  `P ${pct(p.precision)}  R ${pct(p.recall)}  F1 ${pct(p.f1)}  (tp ${p.tp}, fp ${p.fp}, fn ${p.fn})`;

export async function benchAnalysis(): Promise<string> {
  const lines: string[] = [];
  const golds = loadGolds();
  lines.push('Analysis (lib/analysis), Node', '');
  lines.push('Timing: median of 15 runs');
  lines.push(`${'fixture'.padEnd(46)} ${'words'.padStart(6)} ${'ms'.padStart(8)}`);
  for (const { name, gold } of golds) {
    const a = articleFromGold(gold);
    lines.push(`${name.padEnd(46)} ${String(words(a)).padStart(6)} ${time(a, 15).toFixed(2).padStart(8)}`);
  }
  const a2k = syntheticArticle(2000);
  const t2k = time(a2k, 21);
  lines.push(
    `${'synthetic ~2,000 words'.padEnd(46)} ${String(words(a2k)).padStart(6)} ${t2k.toFixed(2).padStart(8)}  (target ≤ 15 ms)`,
  );
  const a200k = syntheticArticle(200_000);
  const t200k = time(a200k, 3);
  lines.push(
    `${'synthetic ~200,000 words'.padEnd(46)} ${String(words(a200k)).padStart(6)} ${t200k.toFixed(0).padStart(8)}  (${(t200k / t2k).toFixed(0)}× the 2,000-word time for ${(words(a200k) / words(a2k)).toFixed(0)}× the words)`,
  );
  lines.push('');

  lines.push('Summary: ROUGE-1 F1 against the sapo');
  lines.push(`${'fixture'.padEnd(46)} ${'lead-3'.padStart(7)} ${'ours'.padStart(7)}`);
  const leads: number[] = [];
  const ours: number[] = [];
  let names = EMPTY_PRF;
  let pairs = EMPTY_PRF;
  let figures = EMPTY_PRF;
  let docs = EMPTY_PRF;
  const perFixture: string[] = [];
  for (const { name, gold } of golds) {
    const article = articleFromGold(gold);
    const result = analyze(article);
    if (gold.sapo) {
      const lead = bodySentences(article)
        .slice(0, 3)
        .map((s) => s.text)
        .join(' ');
      const mine = result.summary.map((s) => s.text).join(' ');
      const l = rouge1(lead, gold.sapo);
      const o = rouge1(mine, gold.sapo);
      leads.push(l);
      ours.push(o);
      lines.push(`${name.padEnd(46)} ${pct(l).padStart(7)} ${pct(o).padStart(7)}`);
    }
    const n = officialNamesPRF(result.officials, gold.officials);
    const p = officialPairsPRF(result.officials, gold.officials);
    const f = figuresPRF(result.figures, gold.figures);
    const d = documentsPRF(
      result.documents.map((x) => x.code),
      gold.documents,
    );
    names = addPRF(names, n);
    pairs = addPRF(pairs, p);
    figures = addPRF(figures, f);
    docs = addPRF(docs, d);
    perFixture.push(
      `${name.padEnd(46)} names ${n.tp}/${n.tp + n.fn} (+${n.fp})  pairs ${p.tp}/${p.tp + p.fn} (+${p.fp})  figures ${f.tp}/${f.tp + f.fn} (+${f.fp})  docs ${d.tp}/${d.tp + d.fn} (+${d.fp})`,
    );
  }
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
  const ratio = mean(ours) / Math.max(1e-9, mean(leads));
  lines.push(
    `${'mean'.padEnd(46)} ${pct(mean(leads)).padStart(7)} ${pct(mean(ours)).padStart(7)}  (×${ratio.toFixed(2)} lead-3; target ≥ ×1.10)`,
  );
  lines.push('');
  lines.push('Extraction accuracy, micro-averaged over all article fixtures');
  lines.push(`officials, names            ${fmt(names)}   (target F1 ≥ 0.95)`);
  lines.push(`officials, (name, position) ${fmt(pairs)}   (target F1 ≥ 0.90)`);
  lines.push(`figures                     ${fmt(figures)}   (target R ≥ 0.90, P ≥ 0.80)`);
  lines.push(`document codes              ${fmt(docs)}   (target R = 1.0)`);
  lines.push('');
  lines.push('Per fixture: found/gold (+false positives)');
  lines.push(...perFixture);
  return lines.join('\n');
}
