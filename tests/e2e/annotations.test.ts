import type { CDPSession, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { findTabId, waitForContentScript } from '../support/browser';
import { useExtensionBrowser } from '../support/lifecycle';
import { loadFixtures } from '../support/site';

const ARTICLE =
  'https://dangcongsan.vn/thoi-su/tiep-tuc-doi-moi-linh-hoat-sang-tao-tham-muu-phuc-vu-bo-chinh-tri-ban-bi-thu-656789.html';
const ORIGINAL = loadFixtures().find((f) => f.url === ARTICLE)!.html;

/** Highlighted with the mouse, in the 4th paragraph. */
const MOUSE_QUOTE = 'biên tập, thẩm định các đề án, nghị quyết';
/** Starts the keyboard selection, in the 5th paragraph. */
const KEYBOARD_WORD = 'tiếp';
const KEYBOARD_QUOTE = 'tiếp công dân';
/** The first paragraph, selected with a triple click and given a note. */
const TRIPLE = 'Chiều 28/12, tại Hà Nội, Văn phòng Trung ương Đảng tổ chức Hội nghị tổng kết';
/** Highlighted with Alt+Shift+H, inside the triple-clicked paragraph. */
const SHORTCUT_QUOTE = 'Hà Nội, Văn phòng';
const NOTE = 'Hội nghị tổng kết năm 2023 của Văn phòng Trung ương';
const MOUSE_NOTE = 'Các việc tham mưu chính';

interface StoredAnnotation {
  id: string;
  articleKey: string;
  color: string;
  note: string;
  orphan?: boolean;
  quote: { exact: string };
}

const browsing = useExtensionBrowser({ locale: 'en' });
let page: Page;
let cdp: CDPSession;

beforeAll(async () => {
  page = await browsing.ext.context.newPage();
  cdp = await browsing.ext.context.newCDPSession(page);
});

interface DomNode {
  nodeId: number;
  localName?: string;
  children?: DomNode[];
  shadowRoots?: (DomNode & { shadowRootType?: string })[];
  contentDocument?: DomNode;
}

function findNode(node: DomNode, test: (n: DomNode) => boolean): DomNode | null {
  if (test(node)) return node;
  for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) {
    const found = findNode(child, test);
    if (found) return found;
  }
  return null;
}

/** The annotator's closed shadow root, as a remote object id; null when it is not on the page. */
async function annotatorRoot(): Promise<{ nodeId: number; objectId: string } | null> {
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
  const host = findNode(root, (n) => n.localName === 'cpv-reader-annotator');
  const shadow = host?.shadowRoots?.[0];
  if (!shadow) return null;
  expect(shadow.shadowRootType).toBe('closed');
  const { object } = await cdp.send('DOM.resolveNode', { nodeId: shadow.nodeId });
  return { nodeId: shadow.nodeId, objectId: object.objectId! };
}

/** Runs `fn` on one of the annotator's controls (by test id), or on its root without one. */
async function onControl<T>(testId: string | null, fn: string): Promise<T | null> {
  const shadow = await annotatorRoot();
  if (!shadow) return null;
  let objectId = shadow.objectId;
  if (testId) {
    const { nodeId } = await cdp.send('DOM.querySelector', {
      nodeId: shadow.nodeId,
      selector: `[data-testid="${testId}"]`,
    });
    if (!nodeId) return null;
    objectId = (await cdp.send('DOM.resolveNode', { nodeId })).object.objectId!;
  }
  const { result } = await cdp.send('Runtime.callFunctionOn', {
    objectId,
    functionDeclaration: fn,
    returnByValue: true,
  });
  return (result.value ?? null) as T | null;
}

/** A control of the annotator, read over CDP and pressed with the real mouse. */
function control(testId: string) {
  return {
    visible: async () =>
      (await onControl<boolean>(
        testId,
        'function () { const r = this.getBoundingClientRect(); return r.width > 0 && r.height > 0; }',
      )) ?? false,
    waitVisible: async () => expect.poll(() => control(testId).visible(), { timeout: 10_000 }).toBe(true),
    attribute: (name: string) =>
      onControl<string>(testId, `function () { return this.getAttribute(${JSON.stringify(name)}); }`),
    text: () => onControl<string>(testId, 'function () { return this.textContent; }'),
    /** A real click at the middle of the control: a trusted event, as the reader's would be. */
    click: async () => {
      await control(testId).waitVisible();
      const box = await onControl<{ x: number; y: number }>(
        testId,
        `function () {
          this.scrollIntoView({ block: 'nearest' });
          const r = this.getBoundingClientRect();
          return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
        }`,
      );
      await page.mouse.click(box!.x, box!.y);
    },
  };
}

/** The test id of the focused control inside the annotator, if any. */
const focusedControl = () =>
  onControl<string>(null, 'function () { return this.activeElement?.getAttribute("data-testid") ?? null; }');

/** The stored annotations and articles, read straight from the extension's IndexedDB. */
async function stored(): Promise<{ annotations: StoredAnnotation[]; articles: number }> {
  return browsing.ext.worker.evaluate(
    () =>
      new Promise<{ annotations: StoredAnnotation[]; articles: number }>((resolve, reject) => {
        const open = indexedDB.open('cpv-reader');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(['annotations', 'articles'], 'readonly');
          const annotations = tx.objectStore('annotations').getAll();
          const articles = tx.objectStore('articles').count();
          tx.oncomplete = () => {
            open.result.close();
            resolve({ annotations: annotations.result, articles: articles.result });
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
}

async function counts(): Promise<unknown> {
  const tabId = await findTabId(browsing.ext, ARTICLE);
  return browsing.ext.worker.evaluate(async (id: number) => {
    const { chrome } = globalThis as unknown as {
      chrome: { tabs: { sendMessage(tabId: number, m: unknown): Promise<unknown> } };
    };
    return chrome.tabs.sendMessage(id, { type: 'page/annotations' });
  }, tabId);
}

/** Viewport points just inside the first and last characters of `phrase` in the article body. */
async function phrasePoints(phrase: string) {
  return page.evaluate((p) => {
    const body = document.querySelector('.post-content')!;
    const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
      const at = n.data.indexOf(p);
      if (at === -1) continue;
      const charRect = (i: number) => {
        const r = document.createRange();
        r.setStart(n, i);
        r.setEnd(n, i + 1);
        return r.getBoundingClientRect();
      };
      const first = charRect(at);
      const last = charRect(at + p.length - 1);
      return {
        start: { x: first.left + 1, y: first.top + first.height / 2 },
        end: { x: last.right - 1, y: last.top + last.height / 2 },
      };
    }
    throw new Error(`not on the page: ${p}`);
  }, phrase);
}

async function scrollTo(phrase: string): Promise<void> {
  await page.evaluate((p) => {
    const el = [...document.querySelectorAll('.post-content p')].find((x) => x.textContent?.includes(p));
    el?.scrollIntoView({ block: 'center' });
  }, phrase);
}

const marks = (id: string) => page.locator(`mark[data-cpv-highlight="${id}"]`);
const markedText = async (id: string) => (await marks(id).allTextContents()).join('');
const byQuote = (list: StoredAnnotation[], text: string) => list.find((a) => a.quote.exact.includes(text));

async function visit(): Promise<void> {
  await page.goto(ARTICLE);
  await waitForContentScript(page);
}

describe('annotating an article page', () => {
  it('highlights a passage selected with the mouse, saving the unsaved article', async () => {
    await visit();
    expect((await stored()).articles).toBe(0);
    await scrollTo(MOUSE_QUOTE);
    const { start, end } = await phrasePoints(MOUSE_QUOTE);
    await page.mouse.move(start.x, start.y);
    await page.mouse.down();
    await page.mouse.move((start.x + end.x) / 2, end.y, { steps: 4 });
    await page.mouse.move(end.x, end.y, { steps: 4 });
    await page.mouse.up();
    expect(await page.evaluate(() => getSelection()?.toString())).toBe(MOUSE_QUOTE);

    const green = control('cpv-hl-green');
    await green.waitVisible();
    expect(await green.attribute('aria-label')).toBe('Highlight in green');
    // Out of the page's reach: its scripts see no root, Playwright's locators find nothing.
    expect(await page.evaluate(() => document.querySelector('cpv-reader-annotator')?.shadowRoot)).toBeNull();
    expect(await page.getByTestId('cpv-hl-green').count()).toBe(0);
    await page.screenshot({ path: 'test-results/annotations-toolbar.png' });
    await green.click();

    await expect.poll(() => page.locator('mark[data-cpv-highlight]').count()).toBeGreaterThan(0);
    const { annotations, articles } = await stored();
    expect(articles).toBe(1);
    expect(annotations).toHaveLength(1);
    expect(annotations[0]).toMatchObject({ color: 'green', note: '', quote: { exact: MOUSE_QUOTE } });
    expect(await markedText(annotations[0]!.id)).toBe(MOUSE_QUOTE);
    expect(
      await page
        .locator('mark.cpv-hl-green')
        .first()
        .evaluate((m) => getComputedStyle(m).backgroundColor),
    ).toBe('rgba(46, 204, 113, 0.35)');
    await expect.poll(() => green.visible()).toBe(false);
  });

  it('adds a note to that highlight from its popover', async () => {
    const { annotations } = await stored();
    const id = annotations[0]!.id;
    await marks(id).first().hover();
    await control('cpv-note-edit').click();
    // The editor takes focus; the note is typed as a reader types it.
    await expect.poll(focusedControl).toBe('cpv-note-input');
    await page.keyboard.insertText(MOUSE_NOTE);
    await control('cpv-note-save').click();
    await expect.poll(async () => (await stored()).annotations[0]?.note).toBe(MOUSE_NOTE);
    expect(await marks(id).first().getAttribute('aria-label')).toBe('Highlighted passage with a note');
    // Page scripts see the highlight, never the note.
    expect(await page.evaluate((note) => document.documentElement.outerHTML.includes(note), MOUSE_NOTE)).toBe(
      false,
    );
  });

  it('highlights a selection made with the keyboard, through the toolbar', async () => {
    await scrollTo(KEYBOARD_QUOTE);
    const { start, end } = await phrasePoints(KEYBOARD_WORD);
    await page.mouse.dblclick((start.x + end.x) / 2, start.y);
    expect(await page.evaluate(() => getSelection()?.toString().trim())).toBe(KEYBOARD_WORD);
    // Extend "tiếp" to "tiếp công dân" from the keyboard.
    for (let i = 0; i < KEYBOARD_QUOTE.length - KEYBOARD_WORD.length; i++)
      await page.keyboard.press('Shift+ArrowRight');
    expect(await page.evaluate(() => getSelection()?.toString().trim())).toBe(KEYBOARD_QUOTE);
    await control('cpv-hl-yellow').waitVisible();

    // Tab moves into the toolbar, arrows walk it, Enter presses.
    await page.keyboard.press('Tab');
    expect(await focusedControl()).toBe('cpv-hl-yellow');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await expect.poll(async () => byQuote((await stored()).annotations, KEYBOARD_QUOTE)?.color).toBe('blue');
    const id = byQuote((await stored()).annotations, KEYBOARD_QUOTE)!.id;
    expect(await markedText(id)).toBe(KEYBOARD_QUOTE);
    // The new highlight takes focus, so the keyboard user can go on to its note.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-cpv-highlight'))).toBe(id);
  });

  it('highlights a triple-clicked paragraph with Alt+Shift+H and adds a note from the toolbar', async () => {
    await scrollTo(TRIPLE);
    const { start } = await phrasePoints(TRIPLE);
    await page.mouse.click(start.x + 20, start.y, { clickCount: 3 });
    await control('cpv-add-note').click();
    await expect.poll(focusedControl).toBe('cpv-note-input');
    await page.keyboard.insertText(NOTE);
    // Ctrl+Enter saves from the keyboard.
    await page.keyboard.press('Control+Enter');
    await expect.poll(async () => byQuote((await stored()).annotations, TRIPLE)?.note).toBe(NOTE);
    const id = byQuote((await stored()).annotations, TRIPLE)!.id;
    expect(await markedText(id)).toContain(TRIPLE);

    // The shortcut on a fresh selection: the page's own selection, no toolbar click.
    await page.evaluate(() => getSelection()?.removeAllRanges());
    const { start: s2 } = await phrasePoints(SHORTCUT_QUOTE);
    await page.mouse.dblclick(s2.x + 3, s2.y);
    expect(await page.evaluate(() => getSelection()?.toString())).toBe('Hà');
    for (let i = 2; i < SHORTCUT_QUOTE.length; i++) await page.keyboard.press('Shift+ArrowRight');
    // A page script pressing the shortcut is ignored: its events are not trusted.
    await page.evaluate(() =>
      document.dispatchEvent(
        new KeyboardEvent('keydown', { key: 'Ĥ', code: 'KeyH', altKey: true, shiftKey: true, bubbles: true }),
      ),
    );
    await page.waitForTimeout(500);
    expect((await stored()).annotations).toHaveLength(3);
    expect(await page.evaluate(() => getSelection()?.toString())).toBe(SHORTCUT_QUOTE);
    await page.keyboard.press('Alt+Shift+H');
    await expect.poll(async () => (await stored()).annotations.length).toBe(4);
    expect(await counts()).toEqual({ ok: true, value: { total: 4, anchored: 4, orphans: 0 } });
  });

  it('restores the highlights and notes on reload', async () => {
    await visit();
    const { annotations } = await stored();
    for (const a of annotations) {
      await expect.poll(() => marks(a.id).count()).toBeGreaterThan(0);
    }
    const mouse = byQuote(annotations, MOUSE_QUOTE)!;
    expect(await markedText(mouse.id)).toBe(MOUSE_QUOTE);
    expect(await marks(mouse.id).first().getAttribute('aria-label')).toBe('Highlighted passage with a note');
    await scrollTo(MOUSE_QUOTE);
    await marks(mouse.id).first().hover();
    await expect.poll(() => control('cpv-note-text').text()).toBe(MOUSE_NOTE);
    await page.screenshot({ path: 'test-results/annotations-restored.png' });
    expect(await counts()).toEqual({ ok: true, value: { total: 4, anchored: 4, orphans: 0 } });
  });

  it('deletes a highlight in place from its popover', async () => {
    const shortcut = (await stored()).annotations.find((a) => a.quote.exact === SHORTCUT_QUOTE)!;
    await scrollTo(TRIPLE);
    // The triple-click highlight encloses this one: hover a piece only the inner one has.
    await marks(shortcut.id).last().hover();
    await control('cpv-note-delete').click();
    await expect.poll(() => marks(shortcut.id).count()).toBe(0);
    expect((await stored()).annotations).toHaveLength(3);
  });

  it('re-attaches the highlights after the page changed around them', async () => {
    const changed = ORIGINAL.replace(
      '<p style="text-align: justify;">Chiều 28/12',
      '<p>Đoạn mới: bài viết được cập nhật sau khi đăng, có thêm phần mở đầu này.</p><p style="text-align: justify;">Chiều 28/12',
    ).replace('chủ trì và phối hợp tham mưu', 'chủ trì, phối hợp tham mưu');
    expect(changed).not.toBe(ORIGINAL);
    browsing.site.setPage(ARTICLE, changed);
    await visit();
    expect(await page.locator('.post-content').textContent()).toContain('Đoạn mới');
    const { annotations } = await stored();
    for (const a of annotations) await expect.poll(() => marks(a.id).count()).toBeGreaterThan(0);
    expect(await markedText(byQuote(annotations, MOUSE_QUOTE)!.id)).toBe(MOUSE_QUOTE);
    expect(await markedText(byQuote(annotations, KEYBOARD_QUOTE)!.id)).toBe(KEYBOARD_QUOTE);
    expect(await counts()).toEqual({ ok: true, value: { total: 3, anchored: 3, orphans: 0 } });
  });

  it('counts a highlight whose passage was removed as an orphan, and keeps it', async () => {
    const without = ORIGINAL.replace(/<p[^>]*>Văn phòng Trung ương chủ trì[^<]*<\/p>/, '');
    expect(without).not.toContain(MOUSE_QUOTE);
    browsing.site.setPage(ARTICLE, without);
    await visit();
    const mouse = byQuote((await stored()).annotations, MOUSE_QUOTE)!;
    await expect.poll(counts).toEqual({ ok: true, value: { total: 3, anchored: 2, orphans: 1 } });
    expect(await marks(mouse.id).count()).toBe(0);
    const after = await stored();
    expect(after.annotations).toHaveLength(3);
    expect(byQuote(after.annotations, MOUSE_QUOTE)).toMatchObject({ note: MOUSE_NOTE, orphan: true });
    expect(byQuote(after.annotations, KEYBOARD_QUOTE)?.orphan).toBeFalsy();
  });

  it('draws nothing, and offers no toolbar, on a page that is not CPV', async () => {
    const other = await browsing.ext.context.newPage();
    await other.goto('https://example.com/');
    await other.waitForTimeout(500);
    expect(await other.locator('[data-cpv-reader-ui]').count()).toBe(0);
    await other.close();
  });
});
