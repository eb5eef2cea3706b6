/**
 * Popup time-to-data in real Chromium: from the popup's navigation start to the first
 * render of the article (the popup records it on <html data-time-to-data>), with the
 * built extension on every article fixture.
 */
import { findTabId, launchWithExtension, openPopup, waitForContentScript } from '../../tests/support/browser';
import { loadFixtures, startFakeSite } from '../../tests/support/site';
import { median, table } from './table';

const OPENS = 5;

export async function benchPopup(): Promise<string> {
  const fixtures = loadFixtures().filter((f) => f.isArticle && !f.url.includes('web.archive.org'));
  const site = await startFakeSite();
  const ext = await launchWithExtension({ resolverRules: site.resolverRules });
  const rows: (string | number)[][] = [];
  const firsts: number[] = [];
  const repeats: number[] = [];
  const phases: Record<string, number[]> = {};
  try {
    for (const fixture of fixtures) {
      const page = await ext.context.newPage();
      await page.goto(fixture.url);
      await waitForContentScript(page);
      const tabId = await findTabId(ext, fixture.url);
      const times: number[] = [];
      for (let i = 0; i < OPENS; i++) {
        const popup = await openPopup(ext, tabId);
        await popup.waitForSelector('html[data-time-to-data]', { state: 'attached', timeout: 15_000 });
        times.push(Number(await popup.locator('html').getAttribute('data-time-to-data')));
        const marks = await popup.evaluate(() =>
          performance.getEntriesByType('mark').map((m) => [m.name, m.startTime] as const),
        );
        for (const [name, at] of marks) {
          phases[name] ??= [];
          phases[name].push(at);
        }
        await popup.close();
      }
      await page.close();
      firsts.push(times[0] ?? Number.NaN);
      repeats.push(...times.slice(1));
      rows.push([fixture.name, times[0] ?? Number.NaN, median(times.slice(1)), Math.max(...times)]);
    }
  } finally {
    await ext.close();
    await site.close();
  }
  rows.push(['median', median(firsts), median(repeats), Math.max(...firsts, ...repeats)]);
  const order = ['popup:module', 'popup:tab', 'popup:page-state', 'popup:analysis', 'popup:data'];
  return [
    `ms from popup navigation start to the article on screen; ${OPENS} opens per page (the first pays for module loading)`,
    table(['page', 'first open', 'later opens (median)', 'max'], rows),
    '',
    'where the time goes (median over every open, ms after navigation start)',
    table(
      ['mark', 'at'],
      order.filter((m) => phases[m]).map((m) => [m.replace('popup:', ''), median(phases[m] ?? [])]),
    ),
    'target: data visible ≤ 100 ms after the popup opens',
  ].join('\n');
}
