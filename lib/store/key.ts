/**
 * Dedupe keys. One saved article = one key, whatever address it was read from:
 * `http`/`https`, `www.`, tracking queries, trailing slashes, or a Wayback capture.
 *
 * Local on purpose: `lib/cpv` is growing its own `canonicalKey(url)`; when it lands,
 * `urlKey` should delegate to it (and a v3 upgrade re-key if the two ever disagree).
 */
import type { Article } from '../cpv/article';

const WAYBACK = /^(?:https?:\/\/)?(?:www\.)?web\.archive\.org\/web\/\d{1,14}[a-z_]*\/(.+)$/i;
// Legacy ASP.NET pages identify the article only in the query (`NewsDetail.aspx?co_id=…&cn_id=…`):
// dropping the query there would fold every legacy article into one record.
const ASPX = /\.aspx$/i;
const ID_PARAM = /(^|_)id$/i;

/** Normalised address: lower-case host without `www.`, no scheme, query, hash or trailing slash. */
export function urlKey(url: string): string {
  const trimmed = url.trim();
  const unwrapped = WAYBACK.exec(trimmed)?.[1] ?? trimmed;
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(unwrapped) ? unwrapped : `https://${unwrapped}`;
  let parsed: URL;
  try {
    parsed = new URL(withScheme);
  } catch {
    return unwrapped
      .toLowerCase()
      .replace(/[?#].*$/, '')
      .replace(/\/+$/, '');
  }
  const host = parsed.hostname
    .toLowerCase()
    .replace(/\.$/, '')
    .replace(/^www\./, '');
  const path = parsed.pathname.replace(/\/+$/, '');
  return `${host}${path}${identifyingQuery(parsed)}`;
}

function identifyingQuery(url: URL): string {
  if (!ASPX.test(url.pathname)) return '';
  const kept = [...url.searchParams.entries()]
    .filter(([name]) => ID_PARAM.test(name))
    .map(([name, value]) => [name.toLowerCase(), value] as const)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return kept.length ? `?${kept.map(([n, v]) => `${n}=${v}`).join('&')}` : '';
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
