/**
 * Known selectors of each template the site has used (docs/cpv-markup.md). They are
 * tried first; when a class is renamed the metadata and heuristic layers answer.
 * Each list is ordered: the template's own hook, then its siblings' hooks.
 */
import type { Template } from './article.ts';

export interface Profile {
  title: readonly string[];
  sapo: readonly string[];
  date: readonly string[];
  body: readonly string[];
  author: readonly string[];
  category: readonly string[];
  tags: readonly string[];
  related: readonly string[];
}

const NEWSPAPER: Profile = {
  title: ['h1.post-title', '.detail-post h1', '.post-title'],
  sapo: ['.post-summary h2', '.post-summary', '.post-sapo'],
  date: ['.lbPublishedDate', '.post-subinfo .date', '.post-date'],
  body: ['.post-content', '[itemprop="articleBody"]', '.detail-post .content'],
  author: ['.post-author', '.author'],
  category: ['.breadcrumb a', '.post-cate a'],
  tags: ['.tags-post a', '.tag-item'],
  related: ['.box-relate a', '.list-relate a'],
};

const PORTAL: Profile = {
  title: ['h1.article-title', 'article h1', '.article-detail h1', 'h1.title-detail'],
  sapo: ['.sapo-detail', '.article-sapo', '.article-summary', '.article-detail .summary', '.sapo', '.lead'],
  date: ['.article-meta .publish-date', '.publish-date', '.article-meta time', 'time[datetime]'],
  body: ['.article-content', '#content-detail', '.detail-content-body', '.detail-content', '.content-detail'],
  author: ['.article-meta .author', '.author'],
  category: ['.breadcrumb-item a', '.breadcrumb a', '.breadcrumbs a', '.article-meta .category a'],
  tags: ['.article-tags a', '.tags a', 'a[rel="tag"]'],
  related: ['.box-related a', '.list-related a', '.box-other a', '.list-other a'],
};

const INTERIM: Profile = {
  title: ['h1#contenttitle', '#contenttitle'],
  sapo: ['#description', '.description'],
  date: ['#ngaytao', '.ngaytao'],
  body: ['.noidungtt', '#noidungtt'],
  author: ['b#tacgia', '#tacgia'],
  category: ['.breadcrumb a', '.breadcrumbs a'],
  tags: ['.tags a', 'a[rel="tag"]'],
  related: ['.tinlienquan a', '.tin-lien-quan a', '.box-related a'],
};

const LEGACY: Profile = {
  title: ['[id$="lblTitle"]', '.news_title', '.print_title'],
  sapo: ['[id$="lblSummary"]', '.news_summary'],
  date: ['[id$="lblDate"]', '.news_date'],
  body: ['[id$="lblContent"]', '.news_content', '.print_content'],
  author: ['[id$="lblAuthor"]', '.news_author'],
  category: ['.path a', '.breadcrumb a'],
  tags: ['.tags a'],
  related: ['.othernews a', 'ul.othernews a'],
};

const DOCUMENTS: Profile = {
  ...PORTAL,
  title: ['h1.title-detail', '.detail-box h1', ...PORTAL.title],
  category: ['.breadcrumbs a', ...PORTAL.category],
  related: ['.box-other a', '.list-other a', ...PORTAL.related],
};

const ALL_BODY = [
  ...PORTAL.body,
  ...NEWSPAPER.body,
  ...INTERIM.body,
  ...LEGACY.body,
  '.entry-content',
  '.fck_detail',
  '.article-body',
];

const PROFILES: Record<Template, Profile> = {
  newspaper: NEWSPAPER,
  portal: PORTAL,
  interim: INTERIM,
  'legacy-aspx': LEGACY,
  documents: DOCUMENTS,
  generic: {
    title: [...NEWSPAPER.title, ...PORTAL.title, ...INTERIM.title, ...LEGACY.title],
    sapo: [...NEWSPAPER.sapo, ...PORTAL.sapo, ...INTERIM.sapo, ...LEGACY.sapo],
    date: [...NEWSPAPER.date, ...PORTAL.date, ...INTERIM.date, ...LEGACY.date],
    body: ALL_BODY,
    author: [...PORTAL.author, ...INTERIM.author, ...LEGACY.author],
    category: [...PORTAL.category, ...LEGACY.category],
    tags: [...NEWSPAPER.tags, ...PORTAL.tags],
    related: [...NEWSPAPER.related, ...PORTAL.related, ...LEGACY.related],
  },
};

const MERGED = new Map<Template, Profile>();

/** The template's own selectors first, then every other template's: a page may mix them. */
export function profileFor(template: Template): Profile {
  let merged = MERGED.get(template);
  if (!merged) {
    merged = mergeProfile(template);
    MERGED.set(template, merged);
  }
  return merged;
}

function mergeProfile(template: Template): Profile {
  const own = PROFILES[template];
  const any = PROFILES.generic;
  const merge = (a: readonly string[], b: readonly string[]) => [...new Set([...a, ...b])];
  return {
    title: merge(own.title, any.title),
    sapo: merge(own.sapo, any.sapo),
    date: merge(own.date, any.date),
    body: merge(own.body, any.body),
    author: merge(own.author, any.author),
    category: merge(own.category, any.category),
    tags: merge(own.tags, any.tags),
    related: merge(own.related, any.related),
  };
}

/** DOM signatures that name a template outright. */
export const SIGNATURES: ReadonlyArray<{ template: Template; selector: string; label: string }> = [
  { template: 'newspaper', selector: 'h1.post-title', label: 'h1.post-title' },
  { template: 'newspaper', selector: '.post-content', label: '.post-content' },
  { template: 'newspaper', selector: '.lbPublishedDate', label: '.lbPublishedDate' },
  { template: 'interim', selector: '#contenttitle', label: 'h1#contenttitle' },
  { template: 'interim', selector: '.noidungtt', label: '.noidungtt' },
  { template: 'legacy-aspx', selector: '[id$="lblContent"]', label: 'ASP.NET lblContent' },
  { template: 'portal', selector: '.article-content', label: '.article-content' },
];
