import { describe, expect, it, vi } from 'vitest';
import { buildTextMap } from '../../../lib/annotate/text-map';
import { startAnnotator } from '../../../lib/page/annotator';
import { findBodyRoot } from '../../../lib/page/annotator/body-root';
import { AnnotationController } from '../../../lib/page/annotator/controller';
import { articleOf, FakeBackground, parse } from './helpers';

const P1 = 'Chiều 28/12, tại Hà Nội, Văn phòng Trung ương Đảng tổ chức Hội nghị tổng kết công tác năm 2023.';
const P2 =
  'Hội nghị đã thống nhất cao với báo cáo của Ủy ban, đồng thời đề ra các nhiệm vụ trọng tâm cho năm 2024 theo tinh thần Nghị quyết.';
const P3 =
  'Phát biểu chỉ đạo, đồng chí Chánh Văn phòng đề nghị các đơn vị tiếp tục đổi mới, sáng tạo trong công tác.';
const STRINGS = { highlight: 'Highlighted passage', highlightWithNote: 'Highlighted passage with a note' };

function page(paragraphs: string[]): Document {
  const body = paragraphs.map((p) => `<p>${p}</p>`).join('');
  return parse(`<!doctype html><html><head></head><body><header>Báo</header><div class="post">${body}</div>
    <aside><p>Tin liên quan: một bài khác hoàn toàn.</p></aside></body></html>`);
}

function controllerFor(doc: Document, bg: FakeBackground, paragraphs = [P1, P2, P3]) {
  const article = articleOf(paragraphs);
  const root = findBodyRoot(doc, article)!;
  return new AnnotationController(root, article, bg.send, STRINGS);
}

/** Boundaries of `phrase` inside the first text node that holds it. */
function rangeOf(root: Element, phrase: string) {
  const walker = root.ownerDocument.createTreeWalker(root, 4);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const at = (n as Text).data.indexOf(phrase);
    if (at !== -1)
      return { startContainer: n, startOffset: at, endContainer: n, endOffset: at + phrase.length };
  }
  throw new Error(`not on the page: ${phrase}`);
}

const marksOf = (root: Element, id: string) => [...root.querySelectorAll(`mark[data-cpv-highlight="${id}"]`)];

describe('the annotation controller', () => {
  it('stores a selection with selectors over the body text map and draws it when the store answers', async () => {
    const bg = new FakeBackground();
    const doc = page([P1, P2, P3]);
    const c = controllerFor(doc, bg);
    expect(c.root.className).toBe('post');
    const selectors = c.describe(rangeOf(c.root, 'thống nhất cao với báo cáo'))!;
    const text = buildTextMap(c.root).text;
    expect(text.slice(selectors.position.start, selectors.position.end)).toBe('thống nhất cao với báo cáo');
    expect(selectors.quote.prefix.endsWith('Hội nghị đã ')).toBe(true);

    const a = await c.add(selectors, 'green');
    const add = bg.requests.find((r) => r.type === 'annotations/add') as unknown as {
      article: { canonicalUrl: string };
      color: string;
    };
    expect(add.article.canonicalUrl).toBe('https://dangcongsan.vn/thoi-su/bai-viet-1.html');
    expect(add.color).toBe('green');
    const marks = marksOf(c.root, a.id);
    expect(marks.map((m) => m.textContent).join('')).toBe('thống nhất cao với báo cáo');
    expect(marks[0]!.className).toBe('cpv-hl cpv-hl-green');
    expect(marks[0]!.getAttribute('tabindex')).toBe('0');
    expect(marks[0]!.getAttribute('aria-label')).toBe('Highlighted passage');
    expect(c.counts()).toEqual({ total: 1, anchored: 1, orphans: 0 });
  });

  it('ignores a selection outside the article body', () => {
    const c = controllerFor(page([P1, P2, P3]), new FakeBackground());
    const aside = c.root.ownerDocument.querySelector('aside')!;
    expect(c.describe(rangeOf(aside, 'Tin liên quan'))).toBeNull();
  });

  it('edits the note in place and deletes the highlight from page and store', async () => {
    const bg = new FakeBackground();
    const c = controllerFor(page([P1, P2, P3]), bg);
    const a = await c.add(c.describe(rangeOf(c.root, 'Văn phòng Trung ương Đảng'))!, 'yellow');
    await c.setNote(a.id, 'Cơ quan tham mưu');
    expect(bg.annotations[0]!.note).toBe('Cơ quan tham mưu');
    expect(marksOf(c.root, a.id)[0]!.getAttribute('aria-label')).toBe('Highlighted passage with a note');
    expect(c.root.ownerDocument.body.innerHTML).not.toContain('Cơ quan tham mưu');
    expect(c.get(a.id)?.note).toBe('Cơ quan tham mưu');

    const before = buildTextMap(c.root).text;
    await c.remove(a.id);
    expect(marksOf(c.root, a.id)).toHaveLength(0);
    expect(bg.annotations).toHaveLength(0);
    expect(buildTextMap(c.root).text).toBe(before);
    expect(c.root.querySelector('p')!.childNodes).toHaveLength(1);
  });

  it('restores highlights on the next visit, also after the page changed around them', async () => {
    const bg = new FakeBackground();
    const first = controllerFor(page([P1, P2, P3]), bg);
    const a = await first.add(
      first.describe(rangeOf(first.root, 'các nhiệm vụ trọng tâm cho năm 2024'))!,
      'blue',
    );
    await first.setNote(a.id, 'Trọng tâm');

    const same = controllerFor(page([P1, P2, P3]), bg);
    expect(await same.restore()).toEqual({ total: 1, anchored: 1, orphans: 0 });
    expect(
      marksOf(same.root, a.id)
        .map((m) => m.textContent)
        .join(''),
    ).toBe('các nhiệm vụ trọng tâm cho năm 2024');
    expect(marksOf(same.root, a.id)[0]!.getAttribute('aria-label')).toBe('Highlighted passage with a note');

    const inserted = 'Một đoạn mới được chèn vào đầu bài sau khi bài đã được đăng lần đầu.';
    const edited = [inserted, P1, P2.replace('thống nhất cao', 'nhất trí cao'), P3];
    const moved = controllerFor(page(edited), bg, edited);
    expect(await moved.restore()).toEqual({ total: 1, anchored: 1, orphans: 0 });
    expect(
      marksOf(moved.root, a.id)
        .map((m) => m.textContent)
        .join(''),
    ).toBe('các nhiệm vụ trọng tâm cho năm 2024');
    expect(bg.placements.at(-1)).toEqual({ anchoredIds: [a.id], orphanIds: [] });
  });

  it('counts a highlight whose passage is gone as an orphan and keeps it in the store', async () => {
    const bg = new FakeBackground();
    const first = controllerFor(page([P1, P2, P3]), bg);
    const kept = await first.add(
      first.describe(rangeOf(first.root, 'Văn phòng Trung ương Đảng tổ chức'))!,
      'pink',
    );
    const gone = await first.add(
      first.describe(rangeOf(first.root, 'đề ra các nhiệm vụ trọng tâm'))!,
      'yellow',
    );

    const later = controllerFor(page([P1, P3]), bg, [P1, P3]);
    expect(await later.restore()).toEqual({ total: 2, anchored: 1, orphans: 1 });
    expect(marksOf(later.root, kept.id).length).toBeGreaterThan(0);
    expect(later.root.querySelector(`mark[data-cpv-highlight="${gone.id}"]`)).toBeNull();
    expect(bg.placements.at(-1)).toEqual({ anchoredIds: [kept.id], orphanIds: [gone.id] });
    expect(bg.annotations.map((x) => [x.id, !!x.orphan])).toEqual([
      [kept.id, false],
      [gone.id, true],
    ]);
    expect(bg.requests.some((r) => r.type === 'annotations/delete')).toBe(false);
  });

  it('asks nothing more than the list when the article has no annotations', async () => {
    const bg = new FakeBackground();
    const c = controllerFor(page([P1, P2, P3]), bg);
    expect(await c.restore()).toEqual({ total: 0, anchored: 0, orphans: 0 });
    expect(bg.requests.map((r) => r.type)).toEqual(['annotations/for-page']);
  });
});

describe('starting the annotator', () => {
  it('does nothing on a page that is not an article', async () => {
    const bg = new FakeBackground();
    const doc = page([P1]);
    const a = startAnnotator({
      doc,
      send: bg.send,
      state: {
        kind: 'not-article',
        url: 'https://dangcongsan.vn/',
        detection: { isArticle: false, template: null, reason: 'home' },
      },
    });
    expect(await a.counts()).toEqual({ total: 0, anchored: 0, orphans: 0 });
    expect(doc.querySelector('[data-cpv-reader-ui]')).toBeNull();
    expect(bg.requests).toHaveLength(0);
  });

  it('offers nothing, and logs once, when the body cannot be found', async () => {
    const log = vi.fn();
    const doc = page(['Một đoạn khác']);
    const a = startAnnotator({ doc, send: new FakeBackground().send, log, state: articleState([P1, P2]) });
    expect(await a.counts()).toEqual({ total: 0, anchored: 0, orphans: 0 });
    expect(doc.querySelector('cpv-reader-annotator')).toBeNull();
    expect(log).toHaveBeenCalledTimes(1);
  });

  it('keeps the page intact when the background cannot be reached', async () => {
    const log = vi.fn();
    const doc = page([P1, P2, P3]);
    const before = doc.querySelector('.post')!.innerHTML;
    const a = startAnnotator({
      doc,
      log,
      send: () => Promise.reject(new Error('Extension context invalidated.')),
      state: articleState([P1, P2, P3]),
    });
    expect(await a.counts()).toEqual({ total: 0, anchored: 0, orphans: 0 });
    expect(doc.querySelector('.post')!.innerHTML).toBe(before);
    expect(log).toHaveBeenCalledTimes(1);
  });

  it('injects the highlight style once, after the flash overlay host', () => {
    const doc = page([P1, P2, P3]);
    startAnnotator({ doc, send: new FakeBackground().send, state: articleState([P1, P2, P3]) });
    const styles = doc.querySelectorAll('style[data-cpv-reader-ui]');
    expect(styles).toHaveLength(1);
    expect(styles[0]!.textContent).toContain('mark.cpv-hl-yellow');
    // The overlay finds its host as the first UI element: it must not be our style.
    expect(doc.querySelector('[data-cpv-reader-ui]')!.tagName.toLowerCase()).toBe('cpv-reader-overlay');
  });
});

function articleState(paragraphs: string[]) {
  return {
    kind: 'article' as const,
    url: 'https://dangcongsan.vn/thoi-su/bai-viet-1.html',
    detection: { isArticle: true, template: 'portal' as const, reason: 'test' },
    article: articleOf(paragraphs),
    extractMs: 1,
  };
}
