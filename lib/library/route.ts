/**
 * The library's views as URL hashes, so a view can be bookmarked, reloaded, opened by
 * a test, and the browser's back button works: `#/?q=…&tag=…&page=2`, `#/article/<key>`,
 * `#/officials?q=…`. Parsing never throws: a damaged hash is the list.
 */
import type { ListFilters } from '../store/types';

export const FILTER_PARAMS = {
  official: 'official',
  documentCode: 'code',
  category: 'category',
  tag: 'tag',
  from: 'from',
  to: 'to',
} as const satisfies Record<keyof ListFilters, string>;

export type FilterName = keyof typeof FILTER_PARAMS;
export const FILTER_NAMES = Object.keys(FILTER_PARAMS) as FilterName[];

export interface ListRoute {
  view: 'list';
  query: string;
  filters: ListFilters;
  /** 1-based. */
  page: number;
}

export interface ArticleRoute {
  view: 'article';
  key: string;
}

export interface OfficialsRoute {
  view: 'officials';
  query: string;
}

export type Route = ListRoute | ArticleRoute | OfficialsRoute;

export const HOME: ListRoute = { view: 'list', query: '', filters: {}, page: 1 };

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const MAX_PARAM = 500;

function decode(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

function clean(value: string | null): string {
  return (value ?? '').trim().slice(0, MAX_PARAM);
}

/** Only non-empty filters, dates only when they are dates: what the store receives is valid. */
export function normalizeFilters(filters: ListFilters): ListFilters {
  const out: ListFilters = {};
  for (const name of FILTER_NAMES) {
    const value = clean(filters[name] ?? null);
    if (!value) continue;
    if ((name === 'from' || name === 'to') && !DATE.test(value)) continue;
    out[name] = value;
  }
  return out;
}

export function parseHash(hash: string): Route {
  const raw = hash.replace(/^#/, '').replace(/^\/?/, '/');
  const [path = '/', search = ''] = splitOnce(raw, '?');
  const params = new URLSearchParams(search);
  if (path.startsWith('/article/')) {
    const key = decode(path.slice('/article/'.length));
    return key ? { view: 'article', key } : HOME;
  }
  if (path === '/officials' || path === '/officials/') {
    return { view: 'officials', query: clean(params.get('q')) };
  }
  const filters: ListFilters = {};
  for (const name of FILTER_NAMES) {
    const value = params.get(FILTER_PARAMS[name]);
    if (value !== null) filters[name] = value;
  }
  const page = Number.parseInt(params.get('page') ?? '1', 10);
  return {
    view: 'list',
    query: clean(params.get('q')),
    filters: normalizeFilters(filters),
    page: Number.isFinite(page) && page >= 1 ? Math.min(page, 1_000_000) : 1,
  };
}

function splitOnce(text: string, separator: string): [string, string] {
  const at = text.indexOf(separator);
  return at < 0 ? [text, ''] : [text.slice(0, at), text.slice(at + 1)];
}

export function formatHash(route: Route): string {
  switch (route.view) {
    case 'article':
      return `#/article/${encodeURIComponent(route.key)}`;
    case 'officials':
      return route.query ? `#/officials?${new URLSearchParams({ q: route.query })}` : '#/officials';
    case 'list': {
      const params = new URLSearchParams();
      if (route.query.trim()) params.set('q', route.query.trim());
      const filters = normalizeFilters(route.filters);
      for (const name of FILTER_NAMES) {
        const value = filters[name];
        if (value) params.set(FILTER_PARAMS[name], value);
      }
      if (route.page > 1) params.set('page', String(route.page));
      const search = params.toString();
      return search ? `#/?${search}` : '#/';
    }
  }
}

export const articleHref = (key: string): string => formatHash({ view: 'article', key });

export function hasCriteria(route: ListRoute): boolean {
  return route.query.trim() !== '' || Object.keys(normalizeFilters(route.filters)).length > 0;
}
