/**
 * Dedupe keys. One saved article = one key, whatever address it was read from:
 * `http`/`https`, `www.`, tracking queries, trailing slashes, or a Wayback capture.
 * The rules belong to the site, so they live with the site's other address rules in
 * `lib/cpv` (`canonicalKey`); the store only names them.
 */
import type { Article } from '../cpv/article';
import { canonicalKey } from '../cpv/urls';

/** Normalised address: lower-case, no scheme, `www.`, tracking query, hash or trailing slash. */
export function urlKey(url: string): string {
  return canonicalKey(url);
}

/** The address an article is about: the original of a capture, else its canonical URL. */
export function articleUrl(article: Pick<Article, 'url' | 'canonicalUrl' | 'archive'>): string {
  return article.archive?.originalUrl || article.canonicalUrl || article.url;
}

/** The primary key of a saved article. */
export function articleKey(article: Pick<Article, 'url' | 'canonicalUrl' | 'archive'>): string {
  return urlKey(articleUrl(article));
}

/**
 * Secondary identity from the site's own article id, for a page whose slug changed.
 * The template is part of it because the legacy and newspaper eras number articles
 * independently: merging two different articles would be worse than keeping two records.
 */
export function idKey(
  article: Pick<Article, 'url' | 'canonicalUrl' | 'archive' | 'articleId' | 'template'>,
): string | null {
  if (!article.articleId) return null;
  const host = articleKey(article).split('/')[0] ?? '';
  return `${host}#${article.template}#${article.articleId}`;
}
