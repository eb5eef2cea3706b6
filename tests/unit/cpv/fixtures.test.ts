import { describe, expect, it } from 'vitest';
import type { Article } from '../../../lib/cpv/index.ts';
import { canonicalKey, extract } from '../../../lib/cpv/index.ts';
import { goldFixtures, key, parse } from './helpers.ts';

const TEXT_TYPES = new Set(['paragraph', 'heading', 'quote', 'list', 'table']);

function paragraphs(a: Article): string[] {
  return a.blocks.filter((b) => TEXT_TYPES.has(b.type)).map((b) => b.text);
}

// Gold captions are the printed caption lines, credit included ("… Ảnh: TTXVN").
function captions(a: Article): string[] {
  return a.blocks.flatMap((b) => (b.type === 'image' && b.text ? [b.text] : []));
}

describe.each(goldFixtures())('fixture $name', ({ html, gold }) => {
  const result = extract(parse(html), gold.url);

  it(gold.isArticle ? 'is detected as an article' : 'is not taken for an article', () => {
    expect(result.detection.isArticle, result.detection.reason).toBe(gold.isArticle);
    expect(result.detection.reason).toMatch(/\w/);
  });

  if (!gold.isArticle) return;
  const article = result.ok ? result.article : null;
  /** The article's blocks; a test over them must fail, not pass empty, when extraction failed. */
  const blocks = () => {
    expect(article, 'extraction failed').not.toBeNull();
    expect(article?.blocks.length).toBeGreaterThan(0);
    return article?.blocks ?? [];
  };

  it('gives the h1 as the title', () => expect(key(article?.title)).toBe(key(gold.title)));
  it('gives the publication time in Hanoi time, or null', () =>
    expect(article?.publishedAt ?? null).toBe(gold.publishedAt ?? null));
  it('gives the sapo without its dateline', () => expect(key(article?.sapo)).toBe(key(gold.sapo ?? null)));
  it('gives the category', () => expect(key(article?.category)).toBe(key(gold.category ?? null)));
  it('credits the person, not the desk or the outlet', () =>
    expect(key(article?.author)).toBe(key(gold.author ?? null)));
  it('reads the body text blocks in order, without captions or credit line', () => {
    expect(article ? paragraphs(article).map(key) : null).toEqual((gold.paragraphs ?? []).map(key));
  });
  it('attaches every caption to its picture', () => {
    expect(article ? captions(article).map(key) : null).toEqual((gold.captions ?? []).map(key));
  });
  it('keeps text in NFC with collapsed whitespace', () => {
    for (const b of blocks()) {
      expect(b.text).toBe(b.text.normalize('NFC'));
      expect(b.text).not.toMatch(/\s{2,}|^\s|\s$|<\/?[a-z]/);
    }
  });
  it('gives absolute http(s) addresses for pictures and related links', () => {
    for (const b of blocks()) if (b.type === 'image') expect(b.src).toMatch(/^https?:\/\//);
    for (const r of article?.related ?? []) expect(r.url).toMatch(/^https?:\/\//);
  });

  if (gold.archive) {
    it('reads the capture as the original article', () => {
      expect(article?.archive?.service).toBe('wayback');
      expect(article?.archive?.originalUrl).toBe(gold.archive?.originalUrl);
      // Gold keeps the raw Wayback timestamp; the contract asks for ISO 8601 UTC.
      expect(article?.archive?.capturedAt.replace(/\D/g, '')).toBe(gold.archive?.capturedAt);
      expect(article?.canonicalUrl).toBe(gold.archive?.originalUrl);
      expect(canonicalKey(article?.url ?? '')).toBe(canonicalKey(gold.archive?.originalUrl ?? ''));
      expect(article?.articleId).toMatch(/^\d+$/);
    });
    it('keeps archive addresses for pictures and links', () => {
      for (const b of blocks())
        if (b.type === 'image') expect(b.src).toMatch(/^https:\/\/web\.archive\.org\/web\/\d{14}im_\//);
      for (const r of article?.related ?? [])
        expect(r.url).toMatch(/^https:\/\/web\.archive\.org\/web\/\d{14}\//);
    });
  }
});
