import { RangeSet } from 'dexie';
import { describe, expect, it } from 'vitest';
import {
  exportFileNames,
  formatDate,
  formatDateTime,
  pageInfo,
  parseTagInput,
  webUrl,
} from '@/lib/library/format';
import { formatHash, HOME, hasCriteria, parseHash, type Route } from '@/lib/library/route';
import { initialViewState, pageSelection, reduceView } from '@/lib/library/state';
import { libraryText, stringKeys } from '@/lib/library/strings';
import { changedKeys, pointKeys } from '@/lib/library/sync';

describe('routes in the URL hash', () => {
  const routes: Route[] = [
    HOME,
    { view: 'list', query: 'văn phòng trung ương', filters: {}, page: 1 },
    {
      view: 'list',
      query: 'uy ban',
      filters: {
        official: 'Lê Minh Hưng',
        documentCode: '82-KL/TW',
        category: 'Thời sự',
        tag: 'a&b=c',
        from: '2023-01-01',
        to: '2023-12-31',
      },
      page: 3,
    },
    { view: 'article', key: 'dangcongsan.vn/thoi-su/bai-656789.html' },
    { view: 'article', key: 'dangcongsan.vn/cpv/Modules/News/NewsDetail.aspx?cn_id=201609&co_id=30456' },
    { view: 'officials', query: '' },
    { view: 'officials', query: 'Trương Thị Mai' },
  ];

  it('round-trip every view, including keys with slashes, queries and Vietnamese text', () => {
    for (const route of routes) expect(parseHash(formatHash(route))).toEqual(route);
  });

  it('read the documented short forms', () => {
    expect(parseHash('')).toEqual(HOME);
    expect(parseHash('#/')).toEqual(HOME);
    expect(parseHash('#/?q=van+phong+trung+uong')).toMatchObject({
      view: 'list',
      query: 'van phong trung uong',
    });
    expect(parseHash('#/officials')).toEqual({ view: 'officials', query: '' });
  });

  it('turn a damaged hash into something safe instead of throwing', () => {
    expect(parseHash('#/article/%E0%A4%A')).toEqual(HOME);
    expect(parseHash('#/?page=-4&from=yesterday&to=2023-13')).toEqual(HOME);
    expect(parseHash('#/?page=abc')).toEqual(HOME);
    expect(parseHash('#/nowhere')).toEqual(HOME);
  });

  it('leave out empty filters and page 1', () => {
    expect(formatHash({ view: 'list', query: '  ', filters: { tag: '', official: ' ' }, page: 1 })).toBe(
      '#/',
    );
    expect(hasCriteria(HOME)).toBe(false);
    expect(hasCriteria({ ...HOME, filters: { tag: 'x' } })).toBe(true);
  });
});

describe('view state', () => {
  it('toggles, selects a page, forgets deleted keys and clears', () => {
    let s = reduceView(initialViewState, { type: 'toggle', key: 'a' });
    s = reduceView(s, { type: 'select-page', keys: ['a', 'b', 'c'], selected: true });
    expect(s.selected).toEqual(['a', 'b', 'c']);
    expect(pageSelection(s.selected, ['a', 'b', 'c'])).toBe('all');
    s = reduceView(s, { type: 'toggle', key: 'b' });
    expect(pageSelection(s.selected, ['a', 'b', 'c'])).toBe('some');
    s = reduceView(s, { type: 'forget', keys: ['a'] });
    expect(s.selected).toEqual(['c']);
    s = reduceView(s, { type: 'select-page', keys: ['c'], selected: false });
    expect(pageSelection(s.selected, ['a', 'b', 'c'])).toBe('none');
    expect(reduceView(s, { type: 'clear-selection' })).toBe(s);
  });

  it('holds one notice at a time', () => {
    const s = reduceView(initialViewState, { type: 'notice', notice: { kind: 'info', text: 'x' } });
    expect(reduceView(s, { type: 'notice', notice: { kind: 'error', text: 'y' } }).notice).toEqual({
      kind: 'error',
      text: 'y',
    });
  });
});

describe('formatting', () => {
  it('shows dates in Vietnam time whatever the offset written', () => {
    expect(formatDate('2023-12-28T22:34:00+07:00')).toBe('28/12/2023');
    expect(formatDate('2023-12-28T20:00:00Z')).toBe('29/12/2023');
    expect(formatDate('2020-07-22')).toBe('22/07/2020');
    expect(formatDateTime('2023-12-28T15:34:00.000Z')).toBe('28/12/2023 22:34');
    expect(formatDate('not a date')).toBeNull();
  });

  it('pages, tags, file names and safe links', () => {
    expect(pageInfo(120, 3, 50, 20)).toEqual({ page: 3, pages: 3, offset: 100, first: 101, last: 120 });
    expect(pageInfo(0, 1, 50, 0)).toMatchObject({ pages: 1, first: 0, last: 0 });
    expect(parseTagInput(' nhân sự, Văn phòng TW ;; x\n')).toEqual(['nhân sự', 'Văn phòng TW', 'x']);
    expect(exportFileNames(new Date('2025-01-31T23:00:00Z'))).toEqual({
      json: 'cpv-reader-2025-01-31.json',
      csv: 'cpv-reader-figures-2025-01-31.csv',
      jsonld: 'cpv-reader-annotations-2025-01-31.jsonld',
    });
    expect(webUrl('javascript:alert(1)')).toBeNull();
    expect(webUrl('data:text/html,<script>')).toBeNull();
    expect(webUrl('https://dangcongsan.vn/a.jpg')).toBe('https://dangcongsan.vn/a.jpg');
  });
});

describe('strings', () => {
  it('have the same keys in Vietnamese and English', () => {
    expect(stringKeys('vi').sort()).toEqual(stringKeys('en').sort());
  });

  it('fill placeholders and plurals per language', () => {
    expect(libraryText('en').plural('resultsCount', 1)).toBe('1 article');
    expect(libraryText('en').plural('resultsCount', 1234)).toBe('1,234 articles');
    expect(libraryText('vi').plural('resultsCount', 1234)).toBe('1.234 bài');
    expect(libraryText('vi').t('importArticles', 2, 0, 1)).toBe('Bài viết: 2 mới, 0 cập nhật, 1 không đổi.');
  });
});

describe('changes from other connections', () => {
  it('reads point keys from a Dexie range set, and refuses real ranges', () => {
    expect(pointKeys(new RangeSet().addKeys(['b', 'a', 'c']))?.sort()).toEqual(['a', 'b', 'c']);
    expect(pointKeys(new RangeSet('a', 'z'))).toBeNull();
    expect(pointKeys(undefined)).toEqual([]);
  });

  it('finds created, updated and deleted articles and the articles of changed annotations', () => {
    const before = {
      articles: new Map([
        ['a', '1'],
        ['b', '1'],
        ['gone', '1'],
      ]),
      annotations: new Map([['n1', 'a']]),
    };
    const after = {
      articles: new Map([
        ['a', '1'],
        ['b', '2'],
        ['new', '1'],
      ]),
      annotations: new Map([['n2', 'x']]),
    };
    expect(changedKeys(before, after, []).sort()).toEqual(['b', 'gone', 'new']);
    expect(changedKeys(before, after, ['n1']).sort()).toEqual(['a', 'b', 'gone', 'new']);
    expect(changedKeys(before, after, null).sort()).toEqual(['a', 'b', 'gone', 'new', 'x']);
  });
});
