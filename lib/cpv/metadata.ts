/**
 * Page metadata: Open Graph, `article:*`, Dublin Core, `<link rel=canonical>` and
 * JSON-LD. Read once per page; every value is plain cleaned text.
 */
import { clean } from './text.ts';

export interface Metadata {
  ogType: string | null;
  ogUrl: string | null;
  canonical: string | null;
  ogTitle: string | null;
  description: string | null;
  publishedTime: string | null;
  section: string | null;
  tags: string[];
  keywords: string[];
  author: string | null;
  dcCreator: string | null;
  siteName: string | null;
  jsonLd: {
    headline: string | null;
    datePublished: string | null;
    author: string | null;
    section: string | null;
    description: string | null;
  };
}

type Json = Record<string, unknown>;

function str(v: unknown): string | null {
  if (typeof v === 'string') return clean(v) || null;
  if (Array.isArray(v)) return str(v[0]);
  if (v && typeof v === 'object' && 'name' in v) return str((v as Json).name);
  return null;
}

function articleNode(data: unknown, depth = 0): Json | null {
  if (!data || typeof data !== 'object' || depth > 4) return null;
  if (Array.isArray(data)) {
    for (const item of data.slice(0, 20)) {
      const found = articleNode(item, depth + 1);
      if (found) return found;
    }
    return null;
  }
  const obj = data as Json;
  const type = obj['@type'];
  const types = Array.isArray(type) ? type : [type];
  if (types.some((t) => typeof t === 'string' && /Article|BlogPosting|Report/.test(t))) return obj;
  return articleNode(obj['@graph'], depth + 1);
}

function readJsonLd(doc: Document): Metadata['jsonLd'] {
  const empty = { headline: null, datePublished: null, author: null, section: null, description: null };
  // The page's few scripts, then their type: an attribute selector over the whole
  // document would test every element.
  const scripts = Array.from(doc.getElementsByTagName('script')).filter((s) =>
    s.matches('[type="application/ld+json"]'),
  );
  for (let i = 0; i < scripts.length && i < 10; i++) {
    const raw = scripts[i]?.textContent ?? '';
    if (raw.length > 200_000) continue;
    try {
      const node = articleNode(JSON.parse(raw));
      if (node) {
        return {
          headline: str(node.headline) ?? str(node.name),
          datePublished: str(node.datePublished),
          author: str(node.author),
          section: str(node.articleSection),
          description: str(node.description),
        };
      }
    } catch {
      // Malformed JSON-LD is common; the other layers still answer.
    }
  }
  return empty;
}

function splitList(value: string | null): string[] {
  if (!value) return [];
  return value
    .split(/[,;]/)
    .map((s) => clean(s))
    .filter(Boolean);
}

export function readMetadata(doc: Document): Metadata {
  const map = new Map<string, string>();
  const tags: string[] = [];
  const metas = doc.querySelectorAll('meta');
  for (let i = 0; i < metas.length && i < 500; i++) {
    const m = metas[i];
    if (!m) continue;
    const key = (m.getAttribute('property') ?? m.getAttribute('name') ?? m.getAttribute('itemprop') ?? '')
      .trim()
      .toLowerCase();
    const content = m.getAttribute('content');
    if (!key || content == null) continue;
    if (key === 'article:tag') tags.push(clean(content));
    if (!map.has(key)) map.set(key, content);
  }
  const get = (...keys: string[]) => {
    for (const k of keys) {
      const v = map.get(k);
      const cleaned = v == null ? '' : clean(v);
      if (cleaned) return cleaned;
    }
    return null;
  };
  const canonical = doc.querySelector('link[rel~="canonical" i]')?.getAttribute('href')?.trim() || null;
  return {
    ogType: get('og:type')?.toLowerCase() ?? null,
    ogUrl: get('og:url'),
    canonical,
    ogTitle: get('og:title', 'twitter:title'),
    description: get('description', 'og:description', 'twitter:description', 'dc.description'),
    publishedTime: get(
      'article:published_time',
      'datepublished',
      'dc.date.issued',
      'dc.date',
      'pubdate',
      'publishdate',
    ),
    section: get('article:section'),
    tags: tags.filter(Boolean),
    keywords: splitList(get('keywords', 'news_keywords')),
    author: get('author', 'article:author'),
    dcCreator: get('dc.creator'),
    siteName: get('og:site_name'),
    jsonLd: readJsonLd(doc),
  };
}
