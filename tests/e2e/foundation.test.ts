import { describe, expect, it } from 'vitest';
import { findTabId, openPopup, waitForContentScript } from '../support/browser';
import { useExtensionBrowser } from '../support/lifecycle';

const ARTICLE =
  'https://dangcongsan.vn/thoi-su/tiep-tuc-doi-moi-linh-hoat-sang-tao-tham-muu-phuc-vu-bo-chinh-tri-ban-bi-thu-656789.html';
const ARTICLE_HTTP_WWW = ARTICLE.replace('https://dangcongsan.vn', 'http://www.dangcongsan.vn');

const browsing = useExtensionBrowser();

describe('the content script', () => {
  it('runs on an https article of dangcongsan.vn', async () => {
    const page = await browsing.ext.context.newPage();
    await page.goto(ARTICLE);
    await waitForContentScript(page);
    expect(page.url()).toBe(ARTICLE);
    await page.close();
  });

  it('runs on the http www. address too, without being upgraded to https', async () => {
    const page = await browsing.ext.context.newPage();
    await page.goto(ARTICLE_HTTP_WWW);
    await waitForContentScript(page);
    expect(page.url()).toBe(ARTICLE_HTTP_WWW);
    expect(browsing.site.requests.some((r) => r.startsWith('http www.dangcongsan.vn'))).toBe(true);
    await page.close();
  });

  it('does not run on a site that is not CPV', async () => {
    const page = await browsing.ext.context.newPage();
    await page.goto('https://example.com/');
    await page.waitForTimeout(800);
    expect(await page.locator('html').getAttribute('data-cpv-reader')).toBeNull();
    await page.close();
  });
});

describe('the popup', () => {
  it('shows the article of the tab it was opened for', async () => {
    const page = await browsing.ext.context.newPage();
    await page.goto(ARTICLE);
    await waitForContentScript(page);
    const tabId = await findTabId(browsing.ext, ARTICLE);
    const popup = await openPopup(browsing.ext, tabId);
    await expect
      .poll(() => popup.getByTestId('popup-title').textContent())
      .toBe('Tiếp tục đổi mới, linh hoạt, sáng tạo tham mưu phục vụ Bộ Chính trị, Ban Bí thư');
    await popup.screenshot({ path: 'test-results/popup.png', fullPage: true });
    await popup.close();
    await page.close();
  });

  it('explains itself on a tab that is not a CPV page', async () => {
    const page = await browsing.ext.context.newPage();
    await page.goto('https://example.com/');
    await page.bringToFront();
    const tabId = await browsing.ext.worker.evaluate(async () => {
      const { chrome } = globalThis as unknown as {
        chrome: { tabs: { query(q: object): Promise<{ id?: number }[]> } };
      };
      const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      return tab?.id ?? -1;
    });
    const popup = await openPopup(browsing.ext, tabId);
    await popup.getByTestId('state-not-cpv').waitFor();
    expect(await popup.getByRole('link', { name: /dangcongsan\.vn/ }).count()).toBeGreaterThan(0);
    await popup.close();
    await page.close();
  });
});

describe('the background', () => {
  it('saves the article into IndexedDB and reads it back', async () => {
    const page = await browsing.ext.context.newPage();
    await page.goto(ARTICLE);
    await waitForContentScript(page);
    const tabId = await findTabId(browsing.ext, ARTICLE);
    const popup = await openPopup(browsing.ext, tabId);
    await popup.getByTestId('save-button').click();
    await expect.poll(() => popup.getByTestId('save-state').getAttribute('data-status')).toBe('saved');

    // Read the database directly from the extension origin, not through our own code.
    const titles = await popup.evaluate(
      () =>
        new Promise<string[]>((resolve, reject) => {
          const open = indexedDB.open('cpv-reader');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const tx = open.result.transaction('articles', 'readonly');
            const all = tx.objectStore('articles').getAll();
            all.onsuccess = () =>
              resolve(all.result.map((r: { article: { title: string } }) => r.article.title));
            all.onerror = () => reject(all.error);
          };
        }),
    );
    expect(titles).toContain(
      'Tiếp tục đổi mới, linh hoạt, sáng tạo tham mưu phục vụ Bộ Chính trị, Ban Bí thư',
    );
    const ping = await popup.evaluate(() =>
      (
        globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }
      ).chrome.runtime.sendMessage({
        type: 'db/ping',
      }),
    );
    expect(ping).toEqual({ ok: true, value: { ok: true, articles: 1 } });
    await popup.close();
    await page.close();
  });
});
