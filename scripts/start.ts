/**
 * `npm start`: the product on a fresh machine, with no internet. Serves the bundled
 * sample CPV pages under their real hostnames and opens Chromium with the built
 * extension on a sample article, the popup beside it.
 *
 * Without a display (a bare server), it runs headless once, saves a screenshot of the
 * popup and says where, rather than pretending a window opened.
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
  findTabId,
  launchWithExtension,
  openArticle,
  openPopup,
  waitForContentScript,
} from '../tests/support/browser';
import { startFakeSite } from '../tests/support/site';

const SAMPLE =
  'https://dangcongsan.vn/thoi-su/tiep-tuc-doi-moi-linh-hoat-sang-tao-tham-muu-phuc-vu-bo-chinh-tri-ban-bi-thu-656789.html';

async function main(): Promise<void> {
  const site = await startFakeSite();
  const headless = process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
  const ext = await launchWithExtension({ resolverRules: site.resolverRules, headless, viewport: null });
  const article = await openArticle(ext.context, SAMPLE);
  await waitForContentScript(article);
  const tabId = await findTabId(ext, SAMPLE);
  const popup = await openPopup(ext, tabId);
  await popup.getByTestId('popup-title').waitFor({ timeout: 15_000 });

  if (headless) {
    const dir = resolve('test-results');
    mkdirSync(dir, { recursive: true });
    const file = join(dir, 'start-popup.png');
    await popup.screenshot({ path: file, fullPage: true });
    console.log(`No display found, so Chromium ran headless. The popup on the sample article: ${file}`);
    await ext.close();
    await site.close();
    return;
  }
  await article.bringToFront();
  console.log(`CPV Reader is loaded. Sample article: ${SAMPLE}`);
  console.log('Other sample pages (served locally):');
  for (const r of ['https://dangcongsan.vn/', 'https://dangcongsan.vn/thoi-su']) console.log(`  ${r}`);
  console.log('The popup page is open in the next tab; close the browser to stop.');
  await new Promise<void>((done) => ext.context.on('close', () => done()));
  await site.close();
}

main().catch((error: unknown) => {
  console.error(`npm start failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
