/**
 * Is this page a CPV article, and which template built it? The address gives a
 * prior (home, list, search and tag addresses are never articles); the DOM
 * decides the rest. Every answer carries its reason in plain words.
 */
import type { Template } from './article.ts';
import { isJunk } from './dom.ts';
import type { Metadata } from './metadata.ts';
import { SIGNATURES } from './profiles.ts';
import { isCpvUrl, parseUrl, type UrlShape, urlShape } from './urls.ts';
import { parseWaybackUrl, type WaybackUrl } from './wayback.ts';

export interface Page {
  doc: Document;
  /** The address as given (an archive address for captures). */
  url: string;
  given: URL | null;
  capture: WaybackUrl | null;
  /** The CPV address the page stands for: the capture's original, or the page itself. */
  original: URL | null;
  meta: Metadata;
  shape: UrlShape | null;
}

export function locatePage(doc: Document, url: string, meta: Metadata): Page {
  // The caller's address is authoritative: a page's own og:url could claim anything.
  const parsed = parseUrl(url);
  const given = parsed && /^https?:$/.test(parsed.protocol) ? parsed : null;
  const capture = given ? parseWaybackUrl(given.href) : null;
  const original = capture ? parseUrl(capture.originalUrl) : given;
  return {
    doc,
    url: given?.href ?? String(url ?? ''),
    given,
    capture,
    original,
    meta,
    shape: original ? urlShape(original) : null,
  };
}

/** Address-level verdict: a reason when the page cannot be an article, else null. */
export function addressVeto(page: Page): string | null {
  if (!page.original) return 'no usable page address';
  if (!isCpvUrl(page.original))
    return `not a CPV address (${page.original.hostname || page.original.protocol})`;
  const kind = page.shape?.kind;
  if (kind && kind !== 'article' && kind !== 'maybe-article') return `${page.shape?.reason}: not an article`;
  return null;
}

function has(doc: Document, selector: string): boolean {
  try {
    return !!doc.querySelector(selector);
  } catch {
    return false;
  }
}

export function guessTemplate(page: Page): { template: Template; signals: string[] } {
  const { doc, original, meta } = page;
  const signals: string[] = [];
  const path = original?.pathname.toLowerCase() ?? '';
  const host = original?.hostname.toLowerCase() ?? '';
  if (/\/noidung\//.test(path)) {
    signals.push('interim /noidung/ address');
    return { template: 'interim', signals };
  }
  if (/\/cpv\/modules\//.test(path) || /\.aspx$/.test(path)) {
    signals.push('legacy ASP.NET address');
    return { template: 'legacy-aspx', signals };
  }
  if (/^tulieuvankien\./.test(host)) {
    signals.push('tulieuvankien host');
    return { template: 'documents', signals };
  }
  for (const sig of SIGNATURES) {
    if (has(doc, sig.selector)) {
      signals.push(sig.label);
      return { template: sig.template, signals };
    }
  }
  if (/\/noidung\//.test(path)) {
    signals.push('interim /noidung/ address');
    return { template: 'interim', signals };
  }
  if (
    meta.ogType === 'article' ||
    original?.searchParams.has('categoryId') ||
    /cổng thông tin/i.test(meta.siteName ?? meta.dcCreator ?? '')
  ) {
    signals.push(meta.ogType === 'article' ? 'og:type=article' : 'portal markers');
    return { template: 'portal', signals };
  }
  if (page.shape?.articleId) {
    signals.push('newspaper-style article id');
    return { template: 'newspaper', signals };
  }
  return { template: 'generic', signals };
}

const NOT_FOUND =
  /(?:^|\W)404(?:\W|$)|không tìm thấy|không tồn tại|page not found|not found|đã bị xóa|bài viết không/i;

export interface Evidence {
  title: string | null;
  titleFromProfile: boolean;
  bodyLength: number;
  bodyLayer: 'profile' | 'heuristic' | 'readability' | null;
  /** More than half of the body's text is link text. */
  mostlyLinks: boolean;
  hasDateline: boolean;
  visibleH1: number;
}

/** The DOM verdict once the title and body have been looked for. */
export function decide(
  page: Page,
  template: Template,
  signals: string[],
  ev: Evidence,
): { isArticle: boolean; reason: string } {
  const where = page.capture ? ' (Wayback capture)' : '';
  const docTitle = page.doc.title ?? '';
  if (!ev.title) return { isArticle: false, reason: `no headline found${where}` };
  if (ev.bodyLength < 1_000 && (NOT_FOUND.test(ev.title) || NOT_FOUND.test(docTitle))) {
    return { isArticle: false, reason: `error page ("${ev.title.slice(0, 40)}")${where}` };
  }
  if (ev.bodyLength < 200) {
    return {
      isArticle: false,
      reason: `too little article text (${ev.bodyLength} characters): empty, player-only or gallery page${where}`,
    };
  }
  if (ev.mostlyLinks) return { isArticle: false, reason: `body is mostly links: a list page${where}` };
  const shape = page.shape;
  const ogType = page.meta.ogType;
  const because = [shape?.reason, ...signals].filter(Boolean);
  if (shape?.kind === 'article') {
    return { isArticle: true, reason: `${template}: ${because.join('; ')}${where}` };
  }
  if (ogType && ogType !== 'article' && !ev.titleFromProfile) {
    return { isArticle: false, reason: `og:type=${ogType} and no article template${where}` };
  }
  const strong =
    ogType === 'article' ||
    (ev.titleFromProfile && ev.bodyLayer === 'profile') ||
    ev.hasDateline ||
    (ev.visibleH1 === 1 && ev.bodyLength >= 500);
  if (strong) {
    if (ev.hasDateline) because.push('(ĐCSVN) dateline');
    if (ogType === 'article') because.push('og:type=article');
    return { isArticle: true, reason: `${template}: ${[...new Set(because)].join('; ')}${where}` };
  }
  return {
    isArticle: false,
    reason: `no article signals (og:type, template hooks, dateline, single h1 with text)${where}`,
  };
}

export function visibleH1Count(doc: Document): number {
  let n = 0;
  for (const h of Array.from(doc.getElementsByTagName('h1')).slice(0, 50)) {
    if (!isJunk(h) && !h.closest('nav,aside,footer')) n++;
  }
  return n;
}
