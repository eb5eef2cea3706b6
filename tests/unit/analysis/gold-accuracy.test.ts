import { describe, expect, it } from 'vitest';
import {
  addPRF,
  documentsPRF,
  EMPTY_PRF,
  figuresPRF,
  officialNamesPRF,
  officialPairsPRF,
  rouge1,
} from '../../../lib/analysis/evaluation';
import { analyze } from '../../../lib/analysis/index';
import { bodySentences } from '../../../lib/analysis/summary';
import { articleFromGold, loadGolds } from './gold-article';

// Accuracy on every article fixture against its hand-made gold, at the targets.
const results = loadGolds().map(({ name, gold }) => {
  const article = articleFromGold(gold);
  return { name, gold, article, analysis: analyze(article) };
});

describe('accuracy on the fixtures’ gold', () => {
  it('finds person names with F1 ≥ 0.95', () => {
    const total = results.reduce(
      (acc, r) => addPRF(acc, officialNamesPRF(r.analysis.officials, r.gold.officials)),
      EMPTY_PRF,
    );
    expect(total.f1).toBeGreaterThanOrEqual(0.95);
  });

  it('finds (person, position) pairs with F1 ≥ 0.90', () => {
    const total = results.reduce(
      (acc, r) => addPRF(acc, officialPairsPRF(r.analysis.officials, r.gold.officials)),
      EMPTY_PRF,
    );
    expect(total.f1).toBeGreaterThanOrEqual(0.9);
  });

  it('finds figures with recall ≥ 0.90 and precision ≥ 0.80', () => {
    const total = results.reduce(
      (acc, r) => addPRF(acc, figuresPRF(r.analysis.figures, r.gold.figures)),
      EMPTY_PRF,
    );
    expect(total.recall).toBeGreaterThanOrEqual(0.9);
    expect(total.precision).toBeGreaterThanOrEqual(0.8);
  });

  it('finds every document code', () => {
    const total = results.reduce(
      (acc, r) =>
        addPRF(
          acc,
          documentsPRF(
            r.analysis.documents.map((d) => d.code),
            r.gold.documents,
          ),
        ),
      EMPTY_PRF,
    );
    expect(total.recall).toBe(1);
  });

  it('summarises at least 10% closer to the sapo (ROUGE-1 F1) than the first three sentences', () => {
    const withSapo = results.filter((r) => r.gold.sapo);
    let lead = 0;
    let ours = 0;
    for (const r of withSapo) {
      const sapo = r.gold.sapo ?? '';
      lead += rouge1(
        bodySentences(r.article)
          .slice(0, 3)
          .map((s) => s.text)
          .join(' '),
        sapo,
      );
      ours += rouge1(r.analysis.summary.map((s) => s.text).join(' '), sapo);
    }
    expect(withSapo.length).toBeGreaterThan(0);
    expect(ours).toBeGreaterThanOrEqual(1.1 * lead);
  });
});
