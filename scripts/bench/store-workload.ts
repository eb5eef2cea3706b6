/**
 * The store benchmark's core, environment-free: give it a database (fake-indexeddb
 * in Node, the real IndexedDB in a Chromium page) and a corpus of real texts (the gold
 * fixtures, read by the caller), and it reports the timings the library page and
 * import/export depend on.
 *
 * The synthetic articles recombine real sentences with varied numbers, places, people,
 * document codes, dates and categories, deterministically (seeded), so common queries
 * match a realistic share of the library rather than nearly all of it.
 */
import { fold } from '../../lib/analysis/normalize';
import type { Analysis, Figure, Official } from '../../lib/analysis/types';
import type { Article, Block } from '../../lib/cpv/article';
import { exportJson } from '../../lib/exchange/export';
import { importDocument } from '../../lib/exchange/import';
import { parseExport } from '../../lib/exchange/read';
import { listArticles, saveArticles, updateNote } from '../../lib/store/articles';
import type { CpvDatabase } from '../../lib/store/db';
import { ArticleSearch, deleteSearchCache, getSearchIndex, searchArticles } from '../../lib/store/search';
import type { SaveInput } from '../../lib/store/types';

/** Real texts the synthetic articles are recombined from (the gold fixtures, read by the caller). */
export interface BenchCorpus {
  paragraphs: string[];
  titles: string[];
  officials: { name: string; positions: string[] }[];
  categories: string[];
  documents: string[];
}

function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(random: () => number, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
const between = (random: () => number, lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));

// A collection of thousands of articles names hundreds of people, not the dozen of the fixtures.
const SURNAMES = [
  'Nguyễn',
  'Trần',
  'Lê',
  'Phạm',
  'Hoàng',
  'Huỳnh',
  'Phan',
  'Vũ',
  'Võ',
  'Đặng',
  'Bùi',
  'Đỗ',
  'Hồ',
  'Ngô',
  'Dương',
  'Lý',
  'Đinh',
  'Trương',
  'Lương',
  'Mai',
];
const MIDDLES = [
  'Văn',
  'Thị',
  'Minh',
  'Đức',
  'Quốc',
  'Thanh',
  'Xuân',
  'Hồng',
  'Đình',
  'Hữu',
  'Công',
  'Ngọc',
  'Thế',
  'Trọng',
];
const GIVEN = [
  'Hưng',
  'Dũng',
  'Hải',
  'Tuấn',
  'Hùng',
  'Lan',
  'Hà',
  'Bình',
  'Thắng',
  'Quang',
  'Sơn',
  'Long',
  'Nam',
  'Phúc',
  'Thưởng',
  'Huệ',
  'Mai',
  'Chính',
  'Nghĩa',
  'Thủy',
  'Tú',
  'Lâm',
  'Vượng',
  'Trung',
  'Khải',
];
const POSITIONS = [
  'Bí thư Tỉnh ủy',
  'Chủ tịch Ủy ban nhân dân tỉnh',
  'Phó Thủ tướng Chính phủ',
  'Bộ trưởng Bộ Tài chính',
  'Ủy viên Bộ Chính trị',
  'Ủy viên Trung ương Đảng',
  'Phó Chủ tịch Quốc hội',
  'Trưởng Ban Tuyên giáo Trung ương',
  'Bí thư Thành ủy',
  'Phó Trưởng Ban Tổ chức Trung ương',
];
const PLACES = [
  'Hà Nội',
  'Thành phố Hồ Chí Minh',
  'Đà Nẵng',
  'Hải Phòng',
  'Cần Thơ',
  'Nghệ An',
  'Thanh Hóa',
  'Quảng Ninh',
  'Thừa Thiên Huế',
  'Đắk Lắk',
  'Lào Cai',
  'Cà Mau',
  'Bình Dương',
  'Quảng Trị',
  'Hà Giang',
  'Kiên Giang',
];
const DOC_TYPES: [string, string][] = [
  ['NQ', 'Nghị quyết'],
  ['KL', 'Kết luận'],
  ['CT', 'Chỉ thị'],
  ['QĐ', 'Quyết định'],
  ['HD', 'Hướng dẫn'],
];
const EXTRA_CATEGORIES = [
  'Thời sự',
  'Xây dựng Đảng',
  'Kinh tế',
  'Quốc phòng - An ninh',
  'Văn hóa',
  'Quốc tế',
  'Tin hoạt động',
];
const TAGS = ['nghiên cứu', 'luận văn', 'nhân sự', 'kinh tế', 'thiên tai', 'đối ngoại'];

interface Pools {
  sentences: string[];
  people: { name: string; positions: string[] }[];
  categories: string[];
  codes: [string, string][];
}

const pools = new WeakMap<BenchCorpus, Pools>();

function poolsOf(corpus: BenchCorpus): Pools {
  let p = pools.get(corpus);
  if (p) return p;
  const sentences = corpus.paragraphs
    .flatMap((text) => text.split(/(?<=[.!?…;])\s+(?=\p{Lu})/u))
    .map((s) => s.trim())
    .filter((s) => s.length >= 30);
  const random = prng(0x5eed);
  const people = [...corpus.officials];
  for (let n = 0; n < 400; n++) {
    people.push({
      name: `${pick(random, SURNAMES)} ${pick(random, MIDDLES)} ${pick(random, GIVEN)}`,
      positions: [pick(random, POSITIONS)],
    });
  }
  const codes: [string, string][] = [];
  for (const code of corpus.documents) codes.push([code, /NQ/.test(code) ? 'Nghị quyết' : 'Kết luận']);
  for (let n = 0; n < 600; n++) {
    const [abbr, type] = pick(random, DOC_TYPES);
    codes.push([`${between(random, 1, 250)}-${abbr}/TW`, type]);
  }
  p = { sentences, people, categories: [...new Set([...corpus.categories, ...EXTRA_CATEGORIES])], codes };
  pools.set(corpus, p);
  return p;
}

// Numbers and places vary from article to article in real reporting; swapping them in keeps
// the recombined sentences from being word-for-word repeats across thousands of articles.
function vary(random: () => number, sentence: string): string {
  return sentence
    .replace(/\d+/g, (digits) => String(between(random, 1, 10 ** Math.min(digits.length, 4))))
    .replace(/Hà Nội|Thành phố Hồ Chí Minh/g, () => pick(random, PLACES));
}

/** The i-th synthetic article: recombined real sentences, ~6,000 characters of body. */
export function makeArticle(corpus: BenchCorpus, i: number): SaveInput {
  const { sentences, people, categories, codes } = poolsOf(corpus);
  const random = prng(i + 1);
  const category = pick(random, categories);
  const id = 500000 + i;
  const cast = Array.from({ length: between(random, 1, 5) }, () => pick(random, people));
  const cited = Array.from({ length: between(random, 0, 3) }, () => pick(random, codes));
  const place = pick(random, PLACES);
  const blocks: Block[] = [];
  const count = between(random, 8, 18);
  for (let p = 0; p < count; p++) {
    const parts = Array.from({ length: between(random, 1, 4) }, () => vary(random, pick(random, sentences)));
    const person = cast[p % cast.length];
    if (person && random() < 0.4) parts.push(`${person.positions[0]} ${person.name} nhấn mạnh tại ${place}.`);
    const doc = cited[p % Math.max(1, cited.length)];
    if (doc && random() < 0.3) parts.unshift(`Thực hiện ${doc[1]} số ${doc[0]}, các cấp ủy đã triển khai.`);
    if (random() < 0.12)
      blocks.push({ type: 'heading', text: vary(random, pick(random, sentences)).slice(0, 80), level: 2 });
    blocks.push({ type: 'paragraph', text: parts.join(' ') });
  }
  const base = pick(random, [...corpus.titles, ...sentences.slice(0, 200)]);
  const titleWords = vary(random, base)
    .split(' ')
    .slice(0, between(random, 8, 20))
    .join(' ');
  const title = random() < 0.5 ? `${titleWords} tại ${place}` : titleWords;
  const date = new Date(Date.UTC(2010, 0, 1) + Math.floor(random() * 16 * 365.25 * 86_400_000));
  const url = `https://dangcongsan.vn/${fold(category)}/bai-viet-${i}-${id}.html`;
  const article: Article = {
    url,
    canonicalUrl: url,
    articleId: String(id),
    template: random() < 0.7 ? 'newspaper' : 'portal',
    title,
    dateline: '(ĐCSVN) - ',
    sapo: vary(random, pick(random, sentences)),
    publishedAt: date.toISOString().replace('Z', '+00:00'),
    category,
    author: random() < 0.3 ? pick(random, people).name : null,
    tags: [],
    related: [
      { title: pick(random, sentences).slice(0, 60), url: `https://dangcongsan.vn/lien-quan-${id - 1}.html` },
    ],
    blocks,
    sources: { title: 'profile', sapo: 'profile', publishedAt: 'profile', body: 'profile' },
  };
  const officials: Official[] = [...new Map(cast.map((o) => [o.name, o])).values()].map((o, n) => ({
    name: o.name,
    positions: o.positions,
    mentions: 1 + n,
    firstSentence: `${o.positions[0]} ${o.name} phát biểu.`,
    attributes: [],
    blockIndex: n,
  }));
  const figures: Figure[] = [0, 1, 2].map((n) => ({
    text: `${between(random, 1, 9000)} tỷ đồng`,
    value: between(random, 1, 9000),
    unit: 'tỷ đồng',
    kind: 'money',
    qualifier: null,
    sentence: vary(random, pick(random, sentences)),
    blockIndex: n,
  }));
  const analysis: Analysis = {
    summary: [0, 2, 4].map((blockIndex) => ({
      text: (blocks[blockIndex]?.text ?? '').slice(0, 200),
      blockIndex,
    })),
    officials,
    figures,
    documents: [...new Map(cited.map((d) => [d[0], d])).values()].map(([code, type], n) => ({
      code,
      type,
      text: `${type} số ${code}`,
      date: null,
      blockIndex: n,
    })),
  };
  const tags = random() < 0.15 ? [pick(random, TAGS)] : [];
  const note =
    random() < 0.05 ? `Ghi chú: ${vary(random, pick(random, sentences)).slice(0, 120)}` : undefined;
  return { article, analysis, tags, ...(note ? { note } : {}) };
}

export interface BenchRow {
  name: string;
  ms: number;
  detail?: string;
}

export interface StoreBenchOptions {
  corpus: BenchCorpus;
  /** An empty database to import into (the "fresh profile"). */
  importInto?: () => Promise<CpvDatabase> | CpvDatabase;
  queries?: readonly string[];
  batch?: number;
  /** Bytes the origin uses on disk (Chromium: `navigator.storage.estimate()`). */
  storageUsage?: () => Promise<number>;
  log?: (message: string) => void;
}

/** Names typed without diacritics, document codes, common phrases, rare words, a word being typed. */
export const BENCH_QUERIES = [
  'le minh hung',
  'tran cam tu',
  'pham minh chinh',
  'nguyen van hung',
  '126-KL/TW',
  '18-NQ/TW',
  'uy ban kiem tra',
  'kinh te xa hoi',
  'ban chap hanh trung uong',
  'tinh gon to chuc bo may',
  'ngan sach nha nuoc',
  'sieu bao ragasa',
  'quoc tang',
  'chu nghia co hoi',
  'phuong phap dan chu',
  'phong chong thien t',
  'bao',
];

const now = () => globalThis.performance.now();

async function timed<T>(run: () => Promise<T> | T): Promise<[T, number]> {
  const start = now();
  const value = await run();
  return [value, now() - start];
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

export async function runStoreBench(
  db: CpvDatabase,
  n: number,
  options: StoreBenchOptions,
): Promise<BenchRow[]> {
  const log = options.log ?? (() => {});
  const rows: BenchRow[] = [];
  const batch = options.batch ?? 500;
  const usageBefore = options.storageUsage ? await options.storageUsage() : 0;
  const inputs = Array.from({ length: n }, (_, i) => makeArticle(options.corpus, i));
  const chars = inputs.reduce((sum, i) => sum + i.article.blocks.reduce((s, b) => s + b.text.length, 0), 0);
  log(`generated ${n} articles`);

  const [, saveMs] = await timed(async () => {
    for (let i = 0; i < n; i += batch) {
      await saveArticles(db, inputs.slice(i, i + batch));
      if ((i / batch) % 4 === 3) log(`saved ${i + batch}`);
    }
  });
  rows.push({
    name: `bulk save ${n}`,
    ms: saveMs,
    detail: `batches of ${batch}, ${Math.round(chars / n)} body chars/article`,
  });

  const [, resaveMs] = await timed(() => saveArticles(db, inputs.slice(0, batch)));
  rows.push({ name: `re-save ${batch} unchanged`, ms: resaveMs });

  const [page, listMs] = await timed(() => listArticles(db, { limit: 50 }));
  rows.push({ name: 'first list page (50)', ms: listMs, detail: `total ${page.total}` });

  const [filtered, filteredMs] = await timed(() =>
    listArticles(db, { limit: 50, filters: { official: 'Lê Minh Hưng' } }),
  );
  rows.push({ name: 'list filtered by official', ms: filteredMs, detail: `total ${filtered.total}` });

  await deleteSearchCache(db);
  const [built, buildMs] = await timed(() => ArticleSearch.build(db));
  built.dispose();
  rows.push({
    name: 'search index: first build',
    ms: buildMs,
    detail: `${built.reindexed} articles tokenised + cache written`,
  });
  log('index built');
  const [search, loadMs] = await timed(() => getSearchIndex(db));
  rows.push({
    name: 'search index: load on wake',
    ms: loadMs,
    detail: `${search.reused} from cache, ${search.reindexed} re-read`,
  });

  const times: number[] = [];
  const perQuery: BenchRow[] = [];
  for (const query of options.queries ?? BENCH_QUERIES) {
    const own: number[] = [];
    let total = 0;
    for (let r = 0; r < 5; r++) {
      const [result, ms] = await timed(() => searchArticles(db, { query, limit: 50 }));
      own.push(ms);
      total = result.total;
    }
    times.push(...own);
    perQuery.push({ name: `  "${query}"`, ms: median(own), detail: `${total} hits` });
  }
  rows.push({ name: 'search median (page of 50)', ms: median(times), detail: `${times.length} runs` });
  rows.push({ name: 'search max', ms: Math.max(...times) });
  // The in-memory phrase query alone: the rest of a search is reading the page's 50 records.
  const queryOnly: number[] = [];
  for (const query of options.queries ?? BENCH_QUERIES)
    for (let r = 0; r < 5; r++) queryOnly.push((await timed(() => search.page(query, { limit: 50 })))[1]);
  rows.push({ name: 'search median, index query only', ms: median(queryOnly), detail: 'no records read' });
  rows.push(...perQuery);

  const key = page.items[0]?.key;
  if (key) {
    await updateNote(db, key, 'Ghi chú mới về bộ máy tinh gọn');
    const [, updateMs] = await timed(() => searchArticles(db, { query: 'ghi chu moi', limit: 50 }));
    rows.push({
      name: 'search after a note change',
      ms: updateMs,
      detail: 're-index 1 article + cache write',
    });
  }
  log('searched');

  const [json, exportMs] = await timed(() => exportJson(db));
  const bytes = new TextEncoder().encode(json).length;
  rows.push({ name: 'export JSON', ms: exportMs, detail: `${mb(bytes)} UTF-8` });
  log('exported');

  if (options.storageUsage) {
    const usage = await options.storageUsage();
    rows.push({
      name: 'database size on disk (estimate)',
      ms: Number.NaN,
      detail: `${mb(usage - usageBefore)} for ${n} articles + search cache`,
    });
  }

  if (options.importInto) {
    const target = await options.importInto();
    // parseExport, not readExport: a 10,000-article export is above the 50 MB file cap.
    const [doc, parseMs] = await timed(() => parseExport(json));
    rows.push({ name: 'import: parse + validate', ms: parseMs, detail: 'JSON.parse, depth, valibot, keys' });
    const [report, writeMs] = await timed(() => importDocument(target, doc));
    rows.push({ name: 'import: merge + write', ms: writeMs, detail: 'one transaction' });
    rows.push({
      name: 'import into empty db',
      ms: parseMs + writeMs,
      detail: `${report.articles.created} created`,
    });
    log('imported');
    const [again, reimportMs] = await timed(() => importDocument(target, parseExport(json)));
    rows.push({
      name: 're-import (no-op)',
      ms: reimportMs,
      detail: `parse + validate + compare, ${again.articles.unchanged} unchanged`,
    });
  }
  return rows;
}

export function formatBenchRows(rows: readonly BenchRow[]): string {
  const width = Math.max(...rows.map((r) => r.name.length));
  return rows
    .map((r) =>
      `${r.name.padEnd(width)}  ${(Number.isNaN(r.ms) ? '' : r.ms.toFixed(1)).padStart(9)} ms  ${r.detail ?? ''}`.trimEnd(),
    )
    .join('\n');
}
