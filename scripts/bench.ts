/**
 * `npm run bench`: every measurement the project makes, printed side by side with its
 * reference from the same run. Speed is measured here, never asserted in timed tests.
 */
import { benchBundle } from './bench/bundle';
import { benchExtraction } from './bench/extraction';

async function main(): Promise<void> {
  const sections: [string, () => Promise<string> | string][] = [
    ['Bundle sizes', () => benchBundle()],
    ['Extraction speed (Chromium and Node, against @mozilla/readability)', benchExtraction],
  ];
  for (const [title, run] of sections) {
    console.log(`\n## ${title}\n`);
    try {
      console.log(await run());
    } catch (error) {
      console.log(`(failed: ${error instanceof Error ? error.message : String(error)})`);
      process.exitCode = 1;
    }
  }
}

await main();
