/**
 * Address rules of the CPV family: what a URL says about the page before the DOM
 * is read, article ids, the canonical form and the dedupe key.
 */
import { isCpvHost } from './hosts.ts';
import { archiveAddress, parseWaybackUrl, type WaybackUrl } from './wayback.ts';

export function parseUrl(url: string | null | undefined, base?: string): URL | null {
  if (!url || typeof url !== 'string') return null;
  try {
    return new URL(url.trim(), base);
  } catch {
    return null;
  }
}

const LEGACY_DETAIL = /\/(?:newsdetail|printpreview)\.aspx$/i;
const ID_IN_SLUG = /-(\d{5,9})\.html?$/i;
// Legacy ASP.NET addresses carry the article in the query: dropping it would merge every article.
const KEPT_PARAMS = ['cn_id'];

function isLegacyDetail(u: URL): boolean {
  return LEGACY_DETAIL.test(u.pathname) && /^\d+$/.test(u.searchParams.get('cn_id') ?? '');
}

/** The numeric article id in the address (`…-656789.html`, `cn_id=201609`), or null. */
export function articleIdFromUrl(u: URL): string | null {
  if (isLegacyDetail(u)) return u.searchParams.get('cn_id');
  const m = ID_IN_SLUG.exec(u.pathname);
  if (m?.[1]) return m[1];
  const item = u.searchParams.get('ItemID') ?? u.searchParams.get('itemid');
  if (item && /^\d+$/.test(item) && /\/noidung\//i.test(u.pathname)) return item;
  return null;
}

/** Address without query and hash, except the legacy `co_id`/`cn_id` pair that names the article. */
export function canonicalForm(u: URL): string {
  // Nothing to drop (most links): no copy of the URL to edit.
  if (!u.href.includes('?') && !u.href.includes('#')) return u.href;
  const out = new URL(u.href);
  out.hash = '';
  if (isLegacyDetail(u)) {
    const co = u.searchParams.get('co_id');
    const cn = u.searchParams.get('cn_id') ?? '';
    out.search = co ? `?co_id=${co}&cn_id=${cn}` : `?cn_id=${cn}`;
  } else if (/\/noidung\//i.test(u.pathname) && articleIdFromUrl(u)) {
    out.search = `?ItemID=${articleIdFromUrl(u)}`;
  } else {
    out.search = '';
  }
  return out.href;
}

/**
 * Dedupe key for an article address: lower case, no scheme, no `www.`, no query or
 * hash, no trailing slash; Wayback addresses are unwrapped to the original. The
 * legacy print view and detail view of one `cn_id` share a key.
 */
export function canonicalKey(url: string): string {
  const capture = parseWaybackUrl(url);
  const u = parseUrl(capture ? capture.originalUrl : url) ?? parseUrl(`http://${url}`);
  if (!u)
    return String(url ?? '')
      .trim()
      .toLowerCase();
  const host = u.hostname
    .toLowerCase()
    .replace(/^www\./, '')
    .replace(/\.$/, '');
  if (isLegacyDetail(u)) {
    const params = KEPT_PARAMS.map((k) => `${k}=${u.searchParams.get(k)}`).join('&');
    return `${host}/cpv/modules/news/newsdetail.aspx?${params}`;
  }
  const item = /\/noidung\//i.test(u.pathname) ? articleIdFromUrl(u) : null;
  if (item) return `${host}${u.pathname}?itemid=${item}`.toLowerCase();
  let path = u.pathname.replace(/\/+$/, '');
  try {
    path = decodeURI(path);
  } catch {
    // keep the encoded path
  }
  return `${host}${path}`.toLowerCase();
}

export type UrlKind =
  | 'article'
  | 'maybe-article'
  | 'home'
  | 'category'
  | 'search'
  | 'tag'
  | 'list'
  | 'feed'
  | 'other';

export interface UrlShape {
  kind: UrlKind;
  reason: string;
  articleId: string | null;
}

/** What the address alone says; `maybe-article` leaves the decision to the DOM. */
export function urlShape(u: URL): UrlShape {
  const path = u.pathname;
  const lower = path.toLowerCase();
  const segments = lower.split('/').filter(Boolean);
  const id = articleIdFromUrl(u);
  if (
    segments.length === 0 ||
    /^\/(?:cpv\/?)?(?:index|default)\.(?:aspx|html?)$/.test(lower) ||
    lower === '/cpv/'
  ) {
    return { kind: 'home', reason: 'home page address', articleId: null };
  }
  if (/\/(?:page\/)?(?:search|tim-kiem|timkiem)(?:[/.]|$)/.test(lower) || /\/search\.aspx$/.test(lower)) {
    return { kind: 'search', reason: 'search page address', articleId: null };
  }
  if (/\/(?:page\/tag|tags?|chu-de|topic|tu-khoa)(?:[/.]|$)/.test(lower)) {
    return { kind: 'tag', reason: 'tag page address', articleId: null };
  }
  if (/listobjectnews\.aspx$/.test(lower) || /\/lists\/[^/]+\/(?:view|allitems)\.aspx$/.test(lower)) {
    return { kind: 'list', reason: 'list page address', articleId: null };
  }
  if (/\/rss(?:[/.]|$)/.test(lower) || /\.(?:rss|xml)$/.test(lower)) {
    return { kind: 'feed', reason: 'feed address', articleId: null };
  }
  if (isLegacyDetail(u))
    return { kind: 'article', reason: `legacy detail address (cn_id=${id})`, articleId: id };
  if (id && /\/noidung\//.test(lower))
    return { kind: 'article', reason: `interim item address (ItemID=${id})`, articleId: id };
  if (/\.aspx$/.test(lower)) return { kind: 'other', reason: 'ASP.NET page without cn_id', articleId: null };
  if (u.searchParams.has('page') || /\/(?:p|trang|page)[-/]?\d+\/?$/.test(lower)) {
    return { kind: 'list', reason: 'paginated list address', articleId: null };
  }
  if (id) return { kind: 'article', reason: `article id ${id} in the address`, articleId: id };
  const isHtml = /\.html?$/.test(lower);
  if (segments.length === 1) {
    return {
      kind: 'category',
      reason: isHtml ? 'one-segment .html category address' : 'bare section address',
      articleId: null,
    };
  }
  if (/\.(?:jpe?g|png|gif|webp|pdf|docx?|mp4|mp3|zip)$/.test(lower)) {
    return { kind: 'other', reason: 'file address', articleId: null };
  }
  if (isHtml) return { kind: 'maybe-article', reason: 'section/slug .html address', articleId: null };
  if (/^tulieuvankien\./i.test(u.hostname)) {
    return { kind: 'maybe-article', reason: 'documents archive slug address', articleId: null };
  }
  return { kind: 'maybe-article', reason: 'nested address without .html', articleId: null };
}

export function isCpvUrl(u: URL | null): boolean {
  return !!u && /^https?:$/.test(u.protocol) && isCpvHost(u.hostname);
}

/**
 * A usable absolute http(s) address for an href found in the page, or null for
 * `javascript:`, `data:`, `mailto:` and malformed values. On a capture, relative
 * links are resolved against the original page and wrapped in an archive address.
 */
export function resolveHref(
  href: string | null | undefined,
  pageUrl: URL | null,
  capture: WaybackUrl | null,
  kind: 'link' | 'image' = 'link',
): string | null {
  return resolveLink(href, pageUrl, capture, kind)?.href ?? null;
}

/**
 * `resolveHref`, with the parsed address too when the answer is one (not wrapped in
 * an archive address), so that a caller reading many links need not parse it again.
 */
export function resolveLink(
  href: string | null | undefined,
  pageUrl: URL | null,
  capture: WaybackUrl | null,
  kind: 'link' | 'image' = 'link',
): { href: string; url: URL | null } | null {
  if (!href) return null;
  // Browsers ignore tabs and newlines inside a scheme (`java\nscript:`): drop them before checking.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is dropped.
  const raw = href.trim().replace(/[\u0000-\u001F\u007F]/g, '');
  if (!raw || /^(?:javascript|data|vbscript|mailto|tel|about|blob|file):/i.test(raw) || raw.startsWith('#'))
    return null;
  if (!capture) {
    const u = parseUrl(raw, pageUrl?.href);
    return u && /^https?:$/.test(u.protocol) ? { href: u.href, url: u } : null;
  }
  if (/^\/web\/\d/.test(raw) || /^(?:https?:)?\/\/(?:www\.)?web\.archive\.org\//i.test(raw)) {
    const u = parseUrl(raw, 'https://web.archive.org/');
    return u && /^https?:$/.test(u.protocol) ? { href: u.href.replace(/^http:/, 'https:'), url: null } : null;
  }
  const u = parseUrl(raw, capture.originalUrl);
  if (!u || !/^https?:$/.test(u.protocol)) return null;
  return { href: archiveAddress(capture.timestamp, u.href, kind === 'image' ? 'im_' : ''), url: null };
}
