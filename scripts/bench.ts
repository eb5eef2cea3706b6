/**
 * `npm run bench`: every measurement the project makes, each printed beside its
 * reference or target from the same run. Speed is measured here, never asserted in
 * timed tests. `npm run bench -- extraction popup` runs only the sections named.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { benchAnalysis } from './bench/analysis';
import { benchAnchoring } from './bench/anchoring';
import { benchBundle } from './bench/bundle';
import { benchExtraction } from './bench/extraction';
import { benchPopup } from './bench/popup';
import { benchStoreChromium } from './bench/store-chromium';

const SECTIONS: [key: string, title: string, run: () => Promise<string> | string][] = [
  ['bundle', 'Bundle sizes', () => benchBundle()],
  ['extraction', 'Extraction speed (Chromium and Node, against @mozilla/readability)', benchExtraction],
  ['analysis', 'Analysis speed and accuracy (Node)', benchAnalysis],
  ['popup', 'Popup time-to-data (Chromium, built extension)', benchPopup],
  ['anchoring', 'Annotation anchoring drift (Node)', () => benchAnchoring()],
  ['store', 'Library at 10,000 articles (Chromium IndexedDB)', () => benchStoreChromium()],
];

async function main(): Promise<void> {
  const only = process.argv.slice(2);
  const report: string[] = [`# CPV Reader bench — ${new Date().toISOString()}`];
  for (const [key, title, run] of SECTIONS) {
    if (only.length && !only.includes(key)) continue;
    const started = Date.now();
    let body: string;
    try {
      body = await run();
    } catch (error) {
      body = `(failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)})`;
      process.exitCode = 1;
    }
    const section = `\n## ${title}\n\n${body}\n(${((Date.now() - started) / 1000).toFixed(1)} s)`;
    console.log(section);
    report.push(section);
  }
  mkdirSync('bench-results', { recursive: true });
  writeFileSync('bench-results/latest.md', `${report.join('\n')}\n`);
}

await main();
