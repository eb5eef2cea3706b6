/**
 * The last layer of extraction in the real browser: on a CPV article whose body the
 * extractor cannot find (one bare block of text, no paragraphs at all), the popup reads the
 * page's markup with Mozilla Readability and shows the article.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { findTabId, openPopup, waitForContentScript } from '../support/browser';
import { useExtensionBrowser } from '../support/lifecycle';
import { FIXTURES_DIR } from '../support/site';

const URL_ = 'https://dangcongsan.vn/thoi-su/van-phong-trung-uong-dang-tong-ket-cong-tac-nam-656001.html';

const browsing = useExtensionBrowser();

beforeAll(() => {
  browsing.site.setPage(
    URL_,
    readFileSync(join(FIXTURES_DIR, 'drift', 'no-body-markup-one-text-block.html'), 'utf8'),
  );
});

describe('Readability as the last resort', () => {
  it('shows the article of a page whose body only Readability finds, and scrolls to its sentences', async () => {
    const page = await browsing.ext.context.newPage();
    await page.goto(URL_);
    await waitForContentScript(page);
    const tabId = await findTabId(browsing.ext, URL_);
    const popup = await openPopup(browsing.ext, tabId);
    await expect
      .poll(() => popup.getByTestId('popup-title').textContent())
      .toBe('Văn phòng Trung ương Đảng tổng kết công tác năm');
    await expect.poll(() => popup.getByTestId('figure-value').allTextContents()).toContain('23.000');
    await popup.getByTestId('summary-item').first().click();
    await expect.poll(() => page.locator('cpv-reader-overlay').count()).toBe(1);
    await popup.close();
    await page.close();
  });
});
