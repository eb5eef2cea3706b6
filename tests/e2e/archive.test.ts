/**
 * Wayback captures of CPV articles in real Chromium (issue 8). web.archive.org is mapped
 * to the local fixture server. Without the optional web.archive.org permission nothing
 * runs on a capture and the popup says how to enable archive reading; with the permission
 * (written into the profile: a prompt cannot be answered headless) the archive script is
 * registered, reads the capture like the live page, and saving the live copy of the same
 * article keeps one record listing the capture.
 *
 * What a real browser cannot show here: the 'archive-permission' state proper needs the
 * capture's address, which the popup sees only through activeTab — granted when the reader
 * clicks the toolbar button or presses the shortcut, not by `chrome.action.openPopup()`
 * (measured: tab.url stays hidden) nor by a popup opened as a tab with `?tabId=`. So here
 * the popup shows the not-CPV state with the archive offer (the same explanation and
 * button); the 'archive-permission' state itself is covered by tests/unit/popup/archive.test.tsx.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CPV_CAPTURE_MATCH_PATTERNS } from '../../lib/cpv/hosts';
import {
  type ExtensionBrowser,
  findTabId,
  launchWithExtension,
  openPopup,
  waitForContentScript,
} from '../support/browser';
import { type FakeSite, FIXTURES_DIR, startFakeSite } from '../support/site';

const goldUrl = (name: string) =>
  (JSON.parse(readFileSync(join(FIXTURES_DIR, `${name}.gold.json`), 'utf8')) as { url: string }).url;

const LIVE = goldUrl('newspaper-2023-van-phong-trung-uong');
const CAPTURE = goldUrl('wayback-newspaper-2023-van-phong-trung-uong');
const OTHER_CAPTURE = goldUrl('wayback-newspaper-2022-thien-tai');
const TITLE = 'Tiếp tục đổi mới, linh hoạt, sáng tạo tham mưu phục vụ Bộ Chính trị, Ban Bí thư';
/** Text of the archive's injected banner (#wm-ipp-base) in the capture fixture. */
const BANNER_TEXTS = ['12 captures', 'About this capture', 'Common Crawl', 'COLLECTED BY'];
const ARCHIVE_SCRIPT_ID = 'cpv-reader-archive';

interface ChromeApi {
  tabs: { query(q: object): Promise<{ id?: number }[]> };
  scripting: {
    getRegisteredContentScripts(filter?: object): Promise<{ id: string; matches?: string[] }[]>;
    unregisterContentScripts(filter: { ids: string[] }): Promise<void>;
  };
  permissions: { contains(p: { origins: string[] }): Promise<boolean> };
  runtime: { sendMessage(m: unknown): Promise<unknown> };
}

let site: FakeSite;

beforeAll(async () => {
  site = await startFakeSite();
});
afterAll(async () => {
  await site?.close();
});

async function activeTabId(ext: ExtensionBrowser, page: Page): Promise<number> {
  await page.bringToFront();
  return ext.worker.evaluate(async () => {
    const { chrome } = globalThis as unknown as { chrome: ChromeApi };
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.id ?? -1;
  });
}

async function registeredScripts(ext: ExtensionBrowser): Promise<string[]> {
  return ext.worker.evaluate(async () => {
    const { chrome } = globalThis as unknown as { chrome: ChromeApi };
    return (await chrome.scripting.getRegisteredContentScripts()).map((s) => s.id);
  });
}

async function expectNoBanner(popup: Page) {
  const text = (await popup.locator('body').textContent()) ?? '';
  for (const banner of BANNER_TEXTS) expect(text, banner).not.toContain(banner);
}

describe('without the web.archive.org permission', () => {
  let ext: ExtensionBrowser;
  beforeAll(async () => {
    ext = await launchWithExtension({ resolverRules: site.resolverRules, locale: 'vi' });
  });
  afterAll(async () => {
    await ext?.close();
  });

  it('nothing is registered for captures and the content script does not run on one', async () => {
    expect(await registeredScripts(ext)).not.toContain(ARCHIVE_SCRIPT_ID);
    const page = await ext.context.newPage();
    await page.goto(CAPTURE);
    await page.waitForTimeout(1000);
    expect(await page.locator('html').getAttribute('data-cpv-reader')).toBeNull();
    expect(site.requests.some((r) => r.includes('web.archive.org /web/20240105083012/'))).toBe(true);
    await page.close();
  });

  it('the popup explains what archive access would do and offers to allow it', async () => {
    const page = await ext.context.newPage();
    await page.goto(CAPTURE);
    const popup = await openPopup(ext, await activeTabId(ext, page));
    const status = await popup.evaluate(() =>
      (globalThis as unknown as { chrome: ChromeApi }).chrome.runtime.sendMessage({ type: 'archive/status' }),
    );
    expect(status).toEqual({ ok: true, value: { granted: false } });

    await popup.getByTestId('archive-offer').waitFor();
    const offer = (await popup.getByTestId('archive-offer').textContent()) ?? '';
    expect(offer).toContain('web.archive.org');
    // Vietnamese (the browser language): read like the live site; web.archive.org only; revocable.
    expect(offer).toContain('Tiện ích đọc bài lưu trữ như bài đang đăng');
    expect(offer).toContain('chỉ truy cập web.archive.org');
    expect(offer).toContain('thu hồi quyền này');
    expect(await popup.getByTestId('archive-allow').textContent()).toBe('Cho phép truy cập web.archive.org');
    expect(await popup.getByTestId('popup-title').count()).toBe(0);
    await expectNoBanner(popup);
    await popup.screenshot({ path: 'test-results/popup-archive-offer-vi-light.png', fullPage: true });
    await popup.close();
    await page.close();
  });
});

describe('with the web.archive.org permission granted in the profile', () => {
  let ext: ExtensionBrowser;
  beforeAll(async () => {
    ext = await launchWithExtension({
      resolverRules: site.resolverRules,
      locale: 'vi',
      grantOptionalHosts: ['*://web.archive.org/*'],
    });
  });
  afterAll(async () => {
    await ext?.close();
  });

  it('the archive script is registered for captures of CPV pages only', async () => {
    await expect.poll(() => registeredScripts(ext)).toContain(ARCHIVE_SCRIPT_ID);
    const scripts = await ext.worker.evaluate(async () => {
      const { chrome } = globalThis as unknown as { chrome: ChromeApi };
      return chrome.scripting.getRegisteredContentScripts();
    });
    expect(scripts.find((s) => s.id === ARCHIVE_SCRIPT_ID)?.matches?.sort()).toEqual(
      [...CPV_CAPTURE_MATCH_PATTERNS].sort(),
    );
  });

  it('the capture reads like the live article, with the archived-copy line; Save works; the live copy is the same record', async () => {
    const capture = await ext.context.newPage();
    await capture.goto(CAPTURE);
    await waitForContentScript(capture);
    const captureTab = await findTabId(ext, CAPTURE);

    let popup = await openPopup(ext, captureTab);
    await expect.poll(() => popup.getByTestId('popup-title').textContent()).toBe(TITLE);
    expect(await popup.getByTestId('archive-note').textContent()).toContain('05/01/2024');
    expect(await popup.getByTestId('wayback-link').count()).toBe(0);
    expect(await popup.getByTestId('summary-item').count()).toBeGreaterThanOrEqual(3);
    expect(await popup.getByTestId('official-item').count()).toBeGreaterThan(0);
    await expectNoBanner(popup);
    const state = () => popup.getByTestId('save-state').getAttribute('data-status');
    await expect.poll(state).toBe('unsaved');
    await popup.getByTestId('save-button').click();
    await expect.poll(state).toBe('saved');
    await popup.screenshot({ path: 'test-results/popup-archive-vi-light.png', fullPage: true });
    await popup.close();

    // The live copy: already known as saved, and saving it again keeps one record.
    const live = await ext.context.newPage();
    await live.goto(LIVE);
    await waitForContentScript(live);
    popup = await openPopup(ext, await findTabId(ext, LIVE));
    await expect.poll(() => popup.getByTestId('popup-title').textContent()).toBe(TITLE);
    await expect.poll(state).toBe('saved');
    expect(await popup.getByTestId('wayback-link').count()).toBe(1);
    await popup.getByTestId('save-button').click();
    await expect.poll(state).toBe('saved');

    const records = await popup.evaluate(
      () =>
        new Promise<{ key: string; title: string; captures: { url: string; originalUrl: string }[] }[]>(
          (resolve, reject) => {
            const open = indexedDB.open('cpv-reader');
            open.onerror = () => reject(open.error);
            open.onsuccess = () => {
              const all = open.result.transaction('articles', 'readonly').objectStore('articles').getAll();
              all.onsuccess = () =>
                resolve(
                  all.result.map(
                    (r: {
                      key: string;
                      article: { title: string };
                      captures?: { url: string; originalUrl: string }[];
                    }) => ({ key: r.key, title: r.article.title, captures: r.captures ?? [] }),
                  ),
                );
              all.onerror = () => reject(all.error);
            };
          },
        ),
    );
    expect(records).toHaveLength(1);
    expect(records[0]?.title).toBe(TITLE);
    expect(records[0]?.captures.map((c) => c.url)).toEqual([CAPTURE]);
    expect(records[0]?.captures[0]?.originalUrl).toBe(LIVE);
    await popup.close();
    await live.close();
    await capture.close();
  });

  it('a capture opened while no archive script ran gets it injected by the popup', async () => {
    // As for a tab opened before the grant: take the registration away, open the capture.
    await ext.worker.evaluate(async (id: string) => {
      const { chrome } = globalThis as unknown as { chrome: ChromeApi };
      await chrome.scripting.unregisterContentScripts({ ids: [id] });
    }, ARCHIVE_SCRIPT_ID);
    const page = await ext.context.newPage();
    await page.goto(OTHER_CAPTURE);
    await page.waitForTimeout(800);
    expect(await page.locator('html').getAttribute('data-cpv-reader')).toBeNull();

    const popup = await openPopup(ext, await activeTabId(ext, page));
    await popup.getByTestId('popup-title').waitFor({ timeout: 10_000 });
    expect(await popup.getByTestId('archive-note').count()).toBe(1);
    expect(await page.locator('html').getAttribute('data-cpv-reader')).toBe('ran');
    await expectNoBanner(popup);
    // Asking for the status re-registered the script for the captures opened next.
    expect(await registeredScripts(ext)).toContain(ARCHIVE_SCRIPT_ID);
    await popup.close();
    await page.close();
  });
});
