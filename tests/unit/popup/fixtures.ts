/** Fixture article and analysis for the popup tests, from the project's reference article. */
import type { Analysis } from '@/lib/analysis/types';
import type { Article } from '@/lib/cpv/article';
import type { PageState, SavedStatus } from '@/lib/messaging/protocol';
import type { PopupDeps } from '@/lib/popup/flow';
import { initialState, type PopupAction, type PopupState, reduce } from '@/lib/popup/state';
import gold from '../../fixtures/newspaper-2023-van-phong-trung-uong.gold.json';

export const NOW = Date.parse('2026-11-26T12:00:00Z');

export function makeArticle(overrides: Partial<Article> = {}): Article {
  return {
    url: gold.url,
    canonicalUrl: gold.url,
    articleId: '656789',
    template: 'newspaper',
    title: gold.title,
    dateline: null,
    sapo: gold.sapo,
    publishedAt: gold.publishedAt,
    category: gold.category,
    author: gold.author,
    tags: [],
    related: [],
    blocks: gold.paragraphs.map((text) => ({ type: 'paragraph' as const, text })),
    sources: {},
    ...overrides,
  };
}

const paragraphs = gold.paragraphs;

export function makeAnalysis(overrides: Partial<Analysis> = {}): Analysis {
  return {
    summary: [0, 1, 2].map((i) => ({ text: paragraphs[i] ?? '', blockIndex: i })),
    officials: gold.officials.map((o, i) => ({
      name: o.name,
      positions: o.positions,
      mentions: i === 0 ? 3 : 1,
      firstSentence: '',
      attributes: i === 1 ? ['PGS.TS'] : [],
      blockIndex: i + 1,
    })),
    figures: gold.figures.map((f, i) => ({
      text: f.text,
      value: f.value,
      unit: f.unit,
      kind: 'count' as const,
      qualifier: i === 0 ? 'gần' : null,
      sentence: `Câu có ${f.text}.`,
      blockIndex: 5 + i,
    })),
    documents: gold.documents.map((code) => ({
      code,
      type: 'Kết luận',
      text: `Kết luận số ${code}`,
      date: '2020-07-22',
      blockIndex: 9,
    })),
    ...overrides,
  };
}

export function makeSaved(overrides: Partial<SavedStatus> = {}): SavedStatus {
  return {
    key: 'dangcongsan.vn/thoi-su/tiep-tuc-doi-moi-656789.html',
    savedAt: '2026-11-26T11:58:00Z',
    updatedAt: '2026-11-26T11:58:00Z',
    note: '',
    tags: [],
    annotationCount: 2,
    orphanCount: 0,
    recentNotes: [
      { quote: 'tham mưu, phục vụ', note: 'Ý chính', updatedAt: '2026-11-26T11:59:00Z' },
      { quote: '23.000 đơn, thư', note: '', updatedAt: '2026-11-26T11:58:30Z' },
    ],
    ...overrides,
  };
}

export function articleState(
  overrides: Partial<PopupState> = {},
  article = makeArticle(),
  analysis = makeAnalysis(),
): PopupState {
  return {
    ...initialState,
    page: { kind: 'article', tabId: 7, article, analysis, extractMs: 12 },
    save: { status: 'unsaved' },
    ...overrides,
  };
}

/** Browser-free popup dependencies: an article tab that answers, a library that is empty. */
export function fakeDeps(overrides: Partial<PopupDeps> = {}): PopupDeps {
  return {
    getTab: async () => ({ id: 7, url: 'https://dangcongsan.vn/thoi-su/a-1.html' }),
    pageState: async (): Promise<PageState> => ({
      kind: 'article',
      url: 'https://dangcongsan.vn/thoi-su/a-1.html',
      detection: { isArticle: true, template: 'newspaper', reason: 'ok' },
      article: makeArticle(),
      extractMs: 9,
    }),
    analyze: () => makeAnalysis(),
    savedStatus: async () => null,
    save: async () => ({ status: 'created', saved: makeSaved() }),
    setNote: async (_key, note) => makeSaved({ note }),
    reveal: async () => ({ ok: true }),
    reloadTab: async () => undefined,
    copyText: async () => undefined,
    archiveStatus: async () => false,
    inject: async () => true,
    sleep: async () => undefined,
    ...overrides,
  };
}

/** Runs a flow against the real reducer, keeping the state and every action. */
export function recorder(start: PopupState = initialState) {
  let state = start;
  const actions: PopupAction[] = [];
  return {
    dispatch: (action: PopupAction) => {
      actions.push(action);
      state = reduce(state, action);
    },
    get state() {
      return state;
    },
    actions,
  };
}
