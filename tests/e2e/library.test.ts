/**
 * The library in real Chromium: an article saved from the popup is listed, found without
 * diacritics, exported, imported into a fresh profile, and comes out identical there.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type ExtensionBrowser,
  findTabId,
  launchWithExtension,
  openPopup,
  waitForContentScript,
} from '../support/browser';
import { type FakeSite, startFakeSite } from '../support/site';

const ARTICLE =
  'https://dangcongsan.vn/thoi-su/tiep-tuc-doi-moi-linh-hoat-sang-tao-tham-muu-phuc-vu-bo-chinh-tri-ban-bi-thu-656789.html';
const TITLE = 'Tiếp tục đổi mới, linh hoạt, sáng tạo tham mưu phục vụ Bộ Chính trị, Ban Bí thư';
const KEY =
  'dangcongsan.vn/thoi-su/tiep-tuc-doi-moi-linh-hoat-sang-tao-tham-muu-phuc-vu-bo-chinh-tri-ban-bi-thu-656789.html';

let site: FakeSite;
let first: ExtensionBrowser | undefined;
let second: ExtensionBrowser | undefined;
let exportedPath = '';

beforeAll(async () => {
  mkdirSync('test-results', { recursive: true });
  site = await startFakeSite();
  first = await launchWithExtension({ resolverRules: site.resolverRules });
});

afterAll(async () => {
  await first?.close();
  await second?.close();
  await site?.close();
});

async function openLibrary(ext: ExtensionBrowser, hash = ''): Promise<Page> {
  const page = await ext.context.newPage();
  await page.goto(`chrome-extension://${ext.extensionId}/library.html${hash}`);
  return page;
}

async function exportJson(page: Page, path: string): Promise<string> {
  const download = page.waitForEvent('download');
  await page.getByTestId('export-json').click();
  await (await download).saveAs(path);
  return readFileSync(path, 'utf8');
}

const withoutExportedAt = (text: string) => {
  const { exportedAt: _ignored, ...rest } = JSON.parse(text) as { exportedAt: string };
  return rest;
};

describe('the library page', () => {
  it('lists an article saved from the popup', async () => {
    const ext = first!;
    const page = await ext.context.newPage();
    await page.goto(ARTICLE);
    await waitForContentScript(page);
    const popup = await openPopup(ext, await findTabId(ext, ARTICLE));
    await popup.getByTestId('save-button').click();
    // The popup names the state `data-status` (older builds: `data-state`).
    const saveState = popup.getByTestId('save-state');
    await expect
      .poll(
        async () =>
          (await saveState.getAttribute('data-status')) ?? (await saveState.getAttribute('data-state')),
      )
      .toBe('saved');
    await popup.close();
    await page.close();

    const library = await openLibrary(ext);
    await expect.poll(() => library.getByTestId('article-link').allTextContents()).toEqual([TITLE]);
    expect(await library.getByTestId('row-category').textContent()).toBe('Thời sự');
    await library.screenshot({ path: 'test-results/library-list.png', fullPage: true });
    await library.close();
  });

  it('finds it by a search without diacritics, and by keyboard alone', async () => {
    const library = await openLibrary(first!);
    await library.getByTestId('article-row').first().waitFor();
    await library.getByTestId('search-input').fill('van phong trung uong');
    await library.keyboard.press('Enter');
    await expect.poll(() => library.evaluate(() => location.hash)).toBe('#/?q=van+phong+trung+uong');
    await expect.poll(() => library.getByTestId('article-link').allTextContents()).toEqual([TITLE]);
    await library.getByTestId('search-input').fill('khong co bai nao nhu the nay');
    await library.keyboard.press('Enter');
    await library.getByTestId('no-results').waitFor();

    // The view can be opened straight from its address.
    await library.goto(`chrome-extension://${first!.extensionId}/library.html#/?q=le+minh+hung`);
    await expect.poll(() => library.getByTestId('article-link').allTextContents()).toEqual([TITLE]);
    await library.getByTestId('article-link').focus();
    await library.keyboard.press('Enter');
    await library.getByTestId('reader-view').waitFor();
    expect(await library.getByTestId('reader-title').textContent()).toBe(TITLE);
    await library.close();
  });

  it('shows the reader view and the officials index', async () => {
    const library = await openLibrary(first!, `#/article/${encodeURIComponent(KEY)}`);
    await library.getByTestId('reader-view').waitFor();
    expect(await library.locator('h1').textContent()).toBe(TITLE);
    expect(await library.getByTestId('article-body').locator('p').count()).toBeGreaterThan(5);
    await library.getByTestId('note-input').fill('Đọc kỹ phần nhân sự');
    await library.getByTestId('note-save').click();
    await library.getByTestId('tag-input').fill('Văn phòng TW');
    await library.getByTestId('tag-add').click();
    await expect.poll(() => library.getByTestId('tag').allTextContents()).toEqual(['Văn phòng TW×']);
    await library.screenshot({ path: 'test-results/library-reader.png', fullPage: true });

    await library.getByTestId('nav-officials').click();
    await library.getByTestId('officials-view').waitFor();
    await expect
      .poll(() => library.getByTestId('official-entry-name').allTextContents())
      .toContain('Lê Minh Hưng');
    await library.screenshot({ path: 'test-results/library-officials.png', fullPage: true });
    await library.close();
  });

  it('exports, and a fresh profile importing the file holds the same collection', async () => {
    const library = await openLibrary(first!);
    await library.getByTestId('article-row').first().waitFor();
    exportedPath = 'test-results/library-export.json';
    const original = await exportJson(library, exportedPath);
    expect(JSON.parse(original).articles).toHaveLength(1);
    await library.close();

    second = await launchWithExtension({ resolverRules: site.resolverRules });
    const fresh = await openLibrary(second);
    await fresh.getByTestId('empty-library').waitFor();
    await fresh.getByTestId('import-input').setInputFiles(exportedPath);
    await expect
      .poll(() => fresh.getByTestId('notice').getAttribute('data-kind'), { timeout: 15_000 })
      .not.toBe('');
    // On failure the message carries the import's own explanation (which item, which field).
    const notice = fresh.getByTestId('notice');
    expect(await notice.getAttribute('data-kind'), (await notice.textContent()) ?? '').toBe('imported');
    await fresh.getByTestId('import-report').waitFor();
    expect(await fresh.getByTestId('import-articles').textContent()).toMatch(
      /1 mới, 0 cập nhật, 0 không đổi/,
    );
    await expect.poll(() => fresh.getByTestId('article-link').allTextContents()).toEqual([TITLE]);

    const copy = await exportJson(fresh, 'test-results/library-export-imported.json');
    expect(withoutExportedAt(copy)).toEqual(withoutExportedAt(original));

    await fresh.getByTestId('article-link').click();
    await fresh.getByTestId('reader-view').waitFor();
    expect(await fresh.getByTestId('note-input').inputValue()).toBe('Đọc kỹ phần nhân sự');
    await fresh.close();
  });

  it('refuses an invalid file with its problems and writes nothing', async () => {
    const page = await openLibrary(second!);
    await page.getByTestId('article-row').first().waitFor();
    await page.getByTestId('import-input').setInputFiles({
      name: 'bad.json',
      mimeType: 'application/json',
      buffer: Buffer.from(
        JSON.stringify({ format: 'cpv-reader-export', version: 1, exportedAt: 'x', articles: [{ key: 1 }] }),
      ),
    });
    await page.getByTestId('import-error').waitFor();
    expect(await page.getByTestId('import-problems').locator('li').count()).toBeGreaterThan(0);
    expect(await page.getByTestId('article-row').count()).toBe(1);
    await page.close();
  });
});
