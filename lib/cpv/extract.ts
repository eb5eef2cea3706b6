/**
 * Extraction pipeline, one named step per field, each trying the layers in order:
 * template profile → page metadata → content heuristics (→ Readability for the
 * body, in `extractWithFallback` only). Pure: reads the document, never writes it.
 *
 * Why two entry points: `extract` is synchronous and small enough for the content
 * script's budget; Readability (~11.6 KB gzip) is loaded with a dynamic import only
 * by `extractWithFallback`, and only when no layer found a body.
 */
import type { Article, Detection, ExtractionResult, Layer, RelatedLink, Template } from './article.ts';
import {
  attachCaptions,
  dropEchoes,
  findBodyByDensity,
  type RawItem,
  takeTrailer,
  textLength,
  toBlocks,
  walkBody,
} from './body.ts';
import { isPlaceholderAuthor, looksLikePersonName, parseCredit, stripDegrees } from './credits.ts';
import { parseMachineDate, parseVietnameseDate } from './dates.ts';
import { addressVeto, decide, guessTemplate, locatePage, type Page, visibleH1Count } from './detect.ts';
import { isHidden, makeJunkOracle, readInline } from './dom.ts';
import { readMetadata } from './metadata.ts';
import { type Profile, profileFor } from './profiles.ts';
import { clean, splitDateline, startsWithDateline } from './text.ts';
import { articleIdFromUrl, canonicalForm, isCpvUrl, parseUrl, resolveHref, resolveLink } from './urls.ts';
import { parseWaybackUrl } from './wayback.ts';

type Found<T> = { value: T; layer: Layer } | null;

interface Run {
  page: Page;
  template: Template;
  profile: Profile;
  insideJunk: (el: Element) => boolean;
  titleEl: Element | null;
  bodyEl: Element | null;
}

/** Category labels of section slugs, for pages whose breadcrumb and meta are gone. */
const SECTION_LABELS: Record<string, string> = {
  'thoi-su': 'Thời sự',
  'xay-dung-dang': 'Xây dựng Đảng',
  'kinh-te': 'Kinh tế',
  'xa-hoi': 'Xã hội',
  'van-hoa': 'Văn hóa',
  'khoa-giao': 'Khoa giáo',
  'phap-luat': 'Pháp luật',
  'the-gioi': 'Thế giới',
  'doi-ngoai': 'Đối ngoại',
  'quoc-phong-an-ninh': 'Quốc phòng - An ninh',
  'ban-doc': 'Bạn đọc',
  'tieu-diem': 'Tiêu điểm',
  'lanh-dao-dang-nha-nuoc': 'Lãnh đạo Đảng, Nhà nước',
  'bao-ve-nen-tang-tu-tuong-cua-dang': 'Bảo vệ nền tảng tư tưởng của Đảng',
  'tin-hoat-dong': 'Tin hoạt động',
  'van-de-quan-tam': 'Vấn đề quan tâm',
  'van-kien-dang': 'Văn kiện Đảng',
  tinhoatdong: 'Tin hoạt động',
  xaydungdang: 'Xây dựng Đảng',
  vandequantam: 'Vấn đề quan tâm',
};

const HOME_LABEL = /^(?:trang chủ|home|trang chu|首页|accueil)$/i;
const GENERIC_KEYWORDS = new Set(['tin tức', 'tin hoạt động', 'vấn đề quan tâm', 'thời sự', 'tin tuc']);

function textOf(el: Element, max = 100_000): string {
  return clean(readInline(el, max).text);
}

function outsideBody(run: Run, el: Element): boolean {
  return !run.bodyEl || (!run.bodyEl.contains(el) && !el.contains(run.bodyEl));
}

// ── steps ────────────────────────────────────────────────────────────────────

function findTitle(run: Run): { value: string; layer: Layer; el?: Element | null } | null {
  const { doc, meta } = run.page;
  for (const sel of run.profile.title) {
    const el = doc.querySelector(sel);
    if (el && !isHidden(el) && !el.closest('nav,aside,footer')) {
      const t = textOf(el, 2_000);
      if (t.length >= 5 && t.length <= 400) return { value: t, layer: 'profile', el };
    }
  }
  const h1s = Array.from(doc.getElementsByTagName('h1')).slice(0, 50);
  const visible = h1s.filter(
    (h) => !isHidden(h) && !run.insideJunk(h) && !/hidden|sr-only/i.test(h.className),
  );
  const og = meta.ogTitle?.replace(/\s*(?:\.{3}|…)$/, '') ?? '';
  const pick = visible.find((h) => og && textOf(h, 2_000).startsWith(og.slice(0, 30))) ?? visible[0];
  if (pick) {
    const t = textOf(pick, 2_000);
    if (t.length >= 5 && t.length <= 400) return { value: t, layer: 'heuristic', el: pick };
  }
  if (meta.jsonLd.headline) return { value: meta.jsonLd.headline, layer: 'metadata' };
  const siteSuffix = /\s+[-|–]\s+(?:Báo điện tử|Cổng thông tin|Tư liệu).*$/iu;
  if (meta.ogTitle && !/(?:\.{3}|…)$/.test(meta.ogTitle))
    return { value: meta.ogTitle.replace(siteSuffix, ''), layer: 'metadata' };
  const docTitle = clean(doc.title ?? '').replace(siteSuffix, '');
  return docTitle.length >= 5 ? { value: docTitle, layer: 'metadata' } : null;
}

function isBodyCandidate(run: Run, el: Element): boolean {
  return !run.insideJunk(el) && textOf(el, 400).length >= 80;
}

function findBody(run: Run, fallback: Element | null): { el: Element; layer: Layer } | null {
  const { doc } = run.page;
  // Asked for after every layer failed: Readability's container is the only answer.
  if (fallback) return { el: fallback, layer: 'readability' };
  for (const sel of run.profile.body) {
    // The first match is nearly always the body: `querySelector` stops there, while
    // `querySelectorAll` would list every match in the document first.
    let first: Element | null;
    try {
      first = doc.querySelector(sel);
    } catch {
      continue;
    }
    if (!first) continue;
    if (isBodyCandidate(run, first)) return { el: first, layer: 'profile' };
    const list = doc.querySelectorAll(sel);
    for (let i = 1; i < list.length && i < 5; i++) {
      const el = list[i]!;
      if (isBodyCandidate(run, el)) return { el, layer: 'profile' };
    }
  }
  const dense = findBodyByDensity(doc);
  return dense && dense.score >= 150 ? { el: dense.el, layer: 'heuristic' } : null;
}

/** Elements after the title, up to the body: where the sapo and the date line sit. */
function nearTitle(run: Run, limit = 12): Element[] {
  const out: Element[] = [];
  let anchor: Element | null = run.titleEl;
  for (let level = 0; anchor && level < 3 && out.length < limit; level++) {
    for (let s = anchor.nextElementSibling; s && out.length < limit; s = s.nextElementSibling) {
      if (run.bodyEl && (s === run.bodyEl || s.contains(run.bodyEl))) return out;
      if (!isHidden(s)) out.push(s);
    }
    anchor = anchor.parentElement;
  }
  return out;
}

interface SapoFound {
  raw: string | null;
  found: Found<string>;
  dateline: string | null;
  el: Element | null;
}

function findSapo(run: Run, items: RawItem[]): SapoFound {
  const { doc, meta } = run.page;
  const done = (raw: string, layer: Layer, el: Element | null = null): SapoFound => {
    const { dateline, text } = splitDateline(raw);
    return { raw, found: text ? { value: text, layer } : null, dateline, el };
  };
  for (const sel of run.profile.sapo) {
    const el = doc.querySelector(sel);
    if (el && outsideBody(run, el) && !run.insideJunk(el)) {
      const t = textOf(el, 5_000);
      if (t.length >= 20) return done(t, 'profile', el);
    }
  }
  const desc = meta.description ? splitDateline(meta.description).text : '';
  for (const el of nearTitle(run)) {
    if (run.insideJunk(el)) continue;
    const t = textOf(el, 5_000);
    if (t.length < 40 || t.length > 2_000) continue;
    if (startsWithDateline(t) || (desc.length >= 40 && splitDateline(t).text.startsWith(desc.slice(0, 40)))) {
      return done(t, 'heuristic', el);
    }
  }
  // No sapo element: a lead paragraph opening with the dateline is the sapo.
  const leadIndex = items
    .slice(0, 3)
    .findIndex((it) => it.kind === 'p' && /^\s*\(\s*ĐCSVN\s*\)/u.test(it.text));
  if (leadIndex >= 0) {
    const [lead] = items.splice(leadIndex, 1);
    if (lead) return done(lead.text, 'heuristic');
  }
  if (meta.description && /^\s*\(\s*ĐCSVN\s*\)/u.test(meta.description))
    return done(meta.description, 'metadata');
  return { raw: null, found: null, dateline: null, el: null };
}

function findDate(run: Run): Found<string> {
  const { doc, meta } = run.page;
  const machine = parseMachineDate(meta.publishedTime) ?? parseMachineDate(meta.jsonLd.datePublished);
  if (machine) return { value: machine, layer: 'metadata' };
  for (const sel of run.profile.date) {
    const el = doc.querySelector(sel);
    if (!el || !outsideBody(run, el)) continue;
    const iso =
      parseMachineDate(el.getAttribute('datetime') ?? el.getAttribute('content')) ??
      parseVietnameseDate(textOf(el, 300));
    if (iso) return { value: iso, layer: 'profile' };
  }
  // The date line sits under the title, or just above it (legacy pages): there only a
  // short line counts, not a header holding today's date.
  const above: Element[] = [];
  for (let s = run.titleEl?.previousElementSibling, n = 0; s && n < 3; s = s.previousElementSibling, n++)
    if ((s.textContent ?? '').length <= 100 && !run.insideJunk(s)) above.push(s);
  for (const el of [...nearTitle(run), ...above]) {
    const candidates = [el, ...Array.from(el.querySelectorAll('*')).slice(0, 40)];
    for (const c of candidates) {
      const datetime = c.getAttribute('datetime');
      // A date line needs digits: without any in the raw text (NFC makes none), the
      // element is passed over before its text is read and cleaned.
      if (datetime === null && !/\d/.test(c.textContent ?? '')) continue;
      const t = textOf(c, 300);
      if (t.length > 100) continue;
      const iso = parseMachineDate(datetime) ?? parseVietnameseDate(t);
      if (iso) return { value: iso, layer: 'heuristic' };
    }
  }
  return null;
}

function findCategory(run: Run): Found<string> {
  const { doc, meta, original } = run.page;
  for (const sel of run.profile.category) {
    const links = Array.from(doc.querySelectorAll(sel)).filter(
      (a) => !a.closest('nav.main-nav,.menu,.menu-top'),
    );
    const labels = links.map((a) => textOf(a, 200)).filter((t) => t && t.length <= 80 && !HOME_LABEL.test(t));
    const last = labels[labels.length - 1];
    if (last) return { value: last, layer: 'profile' };
  }
  const section = meta.section ?? meta.jsonLd.section;
  if (section) return { value: section, layer: 'metadata' };
  // Interim lists (`/noidung/tintuc/Lists/Tinhoatdong/…`) name the section.
  const path = original?.pathname ?? '';
  const slug = (/\/lists\/([^/]+)\//i.exec(path)?.[1] ?? path.split('/').filter(Boolean)[0])?.toLowerCase();
  const label = slug ? SECTION_LABELS[slug] : undefined;
  return label ? { value: label, layer: 'url' } : null;
}

function findTags(run: Run, category: string | null): Found<string[]> {
  const { doc, meta } = run.page;
  const uniq = (xs: string[]) => [...new Set(xs.filter((x) => x && x.length <= 80))].slice(0, 30);
  for (const sel of run.profile.tags) {
    const tags = uniq(Array.from(doc.querySelectorAll(sel)).map((a) => textOf(a, 200)));
    if (tags.length) return { value: tags, layer: 'profile' };
  }
  if (meta.tags.length) return { value: uniq(meta.tags), layer: 'metadata' };
  const cat = category?.toLowerCase();
  const kw = uniq(
    meta.keywords.filter((k) => k.toLowerCase() !== cat && !GENERIC_KEYWORDS.has(k.toLowerCase())),
  );
  return kw.length ? { value: kw, layer: 'metadata' } : null;
}

const RELATED_HEADING =
  /liên quan|tin khác|bài khác|có thể bạn quan tâm|cùng chuyên mục|đọc thêm|xem thêm|các tin|相关|articles liés/i;

function findRelated(run: Run, canonical: string): Found<RelatedLink[]> {
  const { doc, original, capture } = run.page;
  const base = original;
  const collect = (anchors: Element[]) => {
    const seen = new Set<string>([canonical]);
    const out: RelatedLink[] = [];
    for (const a of anchors) {
      // Cheapest test first: addresses are parsed only for links with a real title.
      const title = clean(a.getAttribute('title') ?? '') || textOf(a, 500);
      if (title.length < 10) continue;
      const link = resolveLink(a.getAttribute('href'), base, capture);
      if (!link) continue;
      const url = link.href;
      const wayback = parseWaybackUrl(url);
      const inner = wayback ? parseUrl(wayback.originalUrl) : (link.url ?? parseUrl(url));
      if (!inner || !isCpvUrl(inner)) continue;
      const key = canonicalForm(inner);
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ title, url });
      if (out.length >= 30) break;
    }
    return out;
  };
  for (const sel of run.profile.related) {
    const found = collect(Array.from(doc.querySelectorAll(sel)));
    if (found.length) return { value: found, layer: 'profile' };
  }
  const headings = Array.from(doc.querySelectorAll('h2,h3,h4,.title-box,.box-title')).slice(0, 100);
  for (const h of headings) {
    if (!RELATED_HEADING.test(textOf(h, 200)) || /đọc nhiều|xem nhiều/i.test(textOf(h, 200))) continue;
    const box = h.parentElement;
    if (!box || box === doc.body) continue;
    const found = collect(Array.from(box.querySelectorAll('a[href]')));
    if (found.length) return { value: found, layer: 'heuristic' };
  }
  return null;
}

function findProfileAuthor(run: Run): { author: string | null; source: string | null } | null {
  for (const sel of run.profile.author) {
    const el = run.page.doc.querySelector(sel);
    if (!el || !outsideBody(run, el)) continue;
    const t = textOf(el, 300);
    if (!t || isPlaceholderAuthor(t)) continue;
    const credit = parseCredit(t, true);
    if (credit) return credit;
  }
  return null;
}

function findMetaAuthor(run: Run): string | null {
  const { meta } = run.page;
  for (const v of [meta.jsonLd.author, meta.author, meta.dcCreator]) {
    if (!v || isPlaceholderAuthor(v) || /^https?:/i.test(v)) continue;
    const name = stripDegrees(v);
    if (looksLikePersonName(name)) return name;
  }
  return null;
}

function findCanonical(run: Run): Found<string> {
  const { meta, given, original } = run.page;
  const candidates: Array<[string | null, Layer]> = [
    [meta.ogUrl, 'metadata'],
    [meta.canonical, 'metadata'],
  ];
  for (const [raw, layer] of candidates) {
    if (!raw) continue;
    const resolved = /^\/web\/\d/.test(raw)
      ? parseUrl(raw, 'https://web.archive.org/')
      : parseUrl(raw, given?.href);
    if (!resolved) continue;
    const unwrapped = parseWaybackUrl(resolved.href);
    const u = unwrapped ? parseUrl(unwrapped.originalUrl) : resolved;
    if (u && isCpvUrl(u)) return { value: canonicalForm(u), layer };
  }
  if (!original) return null;
  const u = new URL(original.href);
  // The legacy print view stands for the detail page of the same item.
  u.pathname = u.pathname.replace(
    /\/Modules\/Preview\/PrintPreview\.aspx$/i,
    '/Modules/News/NewsDetail.aspx',
  );
  return { value: canonicalForm(u), layer: 'url' };
}

/**
 * Is more than half of the body's text inside links (a list page)? Counting link
 * characters exactly means walking the whole body a second time. The anchors' raw
 * text (hidden text and whitespace included) is an upper bound of that count, read
 * from the few anchors alone: only when it exceeds half does the exact walk run.
 */
function mostlyLinks(bodyEl: Element | null, bodyLength: number): boolean {
  if (!bodyEl || !bodyLength) return false;
  const half = bodyLength / 2;
  let bound = bodyEl.localName === 'a' ? (bodyEl.textContent ?? '').length : 0;
  const anchors = bodyEl.getElementsByTagName('a');
  for (let i = 0; i < anchors.length && bound <= half; i++) bound += (anchors[i]?.textContent ?? '').length;
  return bound > half && readInline(bodyEl, 200_000).linkChars > half;
}

// ── pipeline ─────────────────────────────────────────────────────────────────

interface Outcome {
  result: ExtractionResult;
  /** The page passed the address checks but no body was found: Readability may help. */
  bodyMissing: boolean;
}

function notArticle(detection: Detection, bodyMissing = false): Outcome {
  const told = bodyMissing ? { ...detection, bodyMissing } : detection;
  return { result: { ok: false, detection: told, error: detection.reason }, bodyMissing };
}

export function runPipeline(doc: Document, url: string, fallbackBody: Element | null): Outcome {
  // 1. Addresses and metadata.
  const page = locatePage(doc, url, readMetadata(doc));
  const veto = addressVeto(page);
  if (veto) return notArticle({ isArticle: false, template: null, reason: veto });
  if (!doc.body) return notArticle({ isArticle: false, template: null, reason: 'empty document (no body)' });

  // 2. Template, title and body container.
  const { template, signals } = guessTemplate(page);
  const run: Run = {
    page,
    template,
    profile: profileFor(template),
    insideJunk: makeJunkOracle(doc.body),
    titleEl: null,
    bodyEl: null,
  };
  const title = findTitle(run);
  run.titleEl = title?.el ?? null;
  const body = findBody(run, fallbackBody);
  run.bodyEl = body?.el ?? null;
  const resolveImage = (src: string) => resolveHref(src, page.original, page.capture, 'image');
  let items = body ? walkBody(body.el, resolveImage) : [];

  // 3. Detection on the evidence.
  const bodyLength = textLength(items);
  const verdict = decide(page, template, signals, {
    title: title?.value ?? null,
    titleFromProfile: title?.layer === 'profile',
    bodyLength,
    bodyLayer: body ? (body.layer as 'profile' | 'heuristic' | 'readability') : null,
    mostlyLinks: mostlyLinks(run.bodyEl, bodyLength),
    hasDateline: items.slice(0, 3).some((it) => /^\s*\(\s*ĐCSVN\s*\)/u.test(it.text)),
    visibleH1: visibleH1Count(doc),
  });
  const detection: Detection = {
    isArticle: verdict.isArticle,
    template: verdict.isArticle ? template : null,
    reason: verdict.reason,
  };
  if (!verdict.isArticle || !title) return notArticle(detection, !body || bodyLength < 200);

  // 4. Fields.
  const sources: Record<string, Layer> = { title: title.layer, body: body?.layer ?? 'none' };
  const sapo = findSapo(run, items);
  // A wide container (heuristic layer) can hold the title and sapo; a body may also
  // legitimately repeat its sapo, so only echoes of elements inside it are dropped.
  const inBody = (el: Element | null | undefined) => !!el && !!run.bodyEl?.contains(el);
  items = dropEchoes(items, [
    inBody(run.titleEl) ? title.value : null,
    inBody(sapo.el) ? sapo.raw : null,
    inBody(sapo.el) ? (sapo.found?.value ?? null) : null,
  ]);
  items = attachCaptions(items);
  const trailer = takeTrailer(items);
  const profileCredit = findProfileAuthor(run);
  const metaAuthor = findMetaAuthor(run);
  const author = profileCredit?.author ?? trailer.author ?? metaAuthor;
  sources.author = profileCredit?.author
    ? 'profile'
    : trailer.author
      ? 'heuristic'
      : metaAuthor
        ? 'metadata'
        : 'none';
  const date = findDate(run);
  const category = findCategory(run);
  const tags = findTags(run, category?.value ?? null);
  const canonical = findCanonical(run);
  const canonicalUrl = canonical?.value ?? page.url;
  const related = findRelated(run, canonicalUrl);
  const canonicalParsed = parseUrl(canonicalUrl);
  const articleId =
    (canonicalParsed && articleIdFromUrl(canonicalParsed)) ??
    (page.original ? articleIdFromUrl(page.original) : null);

  sources.sapo = sapo.found?.layer ?? 'none';
  sources.dateline = sapo.dateline ? (sapo.found?.layer ?? 'heuristic') : 'none';
  sources.publishedAt = date?.layer ?? 'none';
  sources.category = category?.layer ?? 'none';
  sources.tags = tags?.layer ?? 'none';
  sources.related = related?.layer ?? 'none';
  sources.canonicalUrl = canonical?.layer ?? 'url';
  sources.articleId = articleId ? 'url' : 'none';

  const article: Article = {
    url: page.url,
    canonicalUrl,
    articleId,
    template,
    title: title.value,
    dateline: sapo.dateline,
    sapo: sapo.found?.value ?? null,
    publishedAt: date?.value ?? null,
    category: category?.value ?? null,
    author,
    source: profileCredit?.source ?? trailer.source ?? null,
    tags: tags?.value ?? [],
    related: related?.value ?? [],
    blocks: toBlocks(items),
    sources,
  };
  if (page.capture) {
    article.archive = {
      service: 'wayback',
      capturedAt: page.capture.capturedAt,
      originalUrl: page.capture.originalUrl,
      url: page.url,
    };
  }
  return { result: { ok: true, detection, article }, bodyMissing: false };
}

function crashed(e: unknown): ExtractionResult {
  const message = e instanceof Error ? e.message : String(e);
  const detection: Detection = { isArticle: false, template: null, reason: `extraction failed: ${message}` };
  return { ok: false, detection, error: detection.reason };
}

/** Detects and extracts a CPV article. Synchronous, no Readability; never throws. */
export function extract(doc: Document, url: string): ExtractionResult {
  try {
    return runPipeline(doc, url, null).result;
  } catch (e) {
    return crashed(e);
  }
}

/** Like `extract`, then Readability (loaded on demand) when no layer found a body. Never rejects. */
export async function extractWithFallback(doc: Document, url: string): Promise<ExtractionResult> {
  let first: Outcome;
  try {
    first = runPipeline(doc, url, null);
  } catch (e) {
    return crashed(e);
  }
  if (first.result.ok || !first.bodyMissing) return first.result;
  try {
    const { Readability } = await import('@mozilla/readability');
    const parsed = new Readability(doc.cloneNode(true) as Document, { charThreshold: 200 }).parse();
    if (!parsed?.content) return first.result;
    // An inert document: nothing in Readability's HTML loads or runs.
    const holder = doc.implementation.createHTMLDocument('');
    holder.body.innerHTML = parsed.content;
    const second = runPipeline(doc, url, holder.body);
    return second.result.ok ? second.result : first.result;
  } catch {
    return first.result;
  }
}

export function detect(doc: Document, url: string): Detection {
  return extract(doc, url).detection;
}
