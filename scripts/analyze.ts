/**
 * Offline analysis of saved CPV pages with the same engine as the extension:
 *   tsx scripts/analyze.ts PAGE.html [--url URL] [PAGE2.html --url URL2 …]
 * Prints one JSON object per file: { isArticle, template, reason, article, analysis }.
 * Pages are parsed by happy-dom with scripts, styles, frames and navigation disabled.
 */
import { readFileSync } from 'node:fs';
import { Window } from 'happy-dom';
import { analyze } from '../lib/analysis/index.ts';
import { extractWithFallback } from '../lib/cpv/index.ts';

interface Job {
  file: string;
  url: string | null;
}

function parseArgs(argv: string[]): Job[] {
  const jobs: Job[] = [];
  const urls: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--url') {
      const value = argv[++i];
      if (!value) throw new Error('--url needs a value');
      // `--url` after a file belongs to it; given first, it belongs to the first file.
      const owner = [...jobs].reverse().find((j) => j.url === null && urls.length === 0) ?? null;
      if (owner) owner.url = value;
      else urls.push(value);
    } else if (arg.startsWith('--url=')) {
      const value = arg.slice(6);
      const owner = [...jobs].reverse().find((j) => j.url === null) ?? null;
      if (owner) owner.url = value;
      else urls.push(value);
    } else if (arg === '-h' || arg === '--help') {
      process.stdout.write('usage: analyze PAGE.html [--url URL] [PAGE.html [--url URL] …]\n');
      process.exit(0);
    } else {
      jobs.push({ file: arg, url: null });
    }
  }
  // URLs given before the files are assigned to files in order.
  for (const job of jobs) if (job.url === null && urls.length) job.url = urls.shift() ?? null;
  return jobs;
}

function parseHtml(html: string, url: string | null) {
  const window = new Window({
    url: url && /^https?:/i.test(url) ? url : 'https://localhost/',
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      disableComputedStyleRendering: true,
      handleDisabledFileLoadingAsSuccess: true,
      navigation: {
        disableMainFrameNavigation: true,
        disableChildFrameNavigation: true,
        disableChildPageNavigation: true,
        disableFallbackToSetURL: true,
      },
    },
  });
  const doc = new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
  return { window, doc };
}

function selfAddress(doc: Document): string | null {
  const og = doc.querySelector('meta[property="og:url"]')?.getAttribute('content');
  const canonical = doc.querySelector('link[rel~="canonical" i]')?.getAttribute('href');
  // A saved capture names itself through its rewritten canonical link (`/web/<ts>…/`).
  const raw = canonical && /^\/web\/\d|web\.archive\.org/.test(canonical) ? canonical : og || canonical;
  if (!raw) return null;
  try {
    return new URL(raw, 'https://web.archive.org/').href;
  } catch {
    return null;
  }
}

async function main(): Promise<number> {
  let jobs: Job[];
  try {
    jobs = parseArgs(process.argv.slice(2));
  } catch (e) {
    process.stderr.write(`analyze: ${(e as Error).message}\n`);
    return 2;
  }
  if (!jobs.length) {
    process.stderr.write('analyze: no input file. usage: analyze PAGE.html [--url URL]\n');
    return 2;
  }
  let status = 0;
  for (const job of jobs) {
    let html: string;
    try {
      html = readFileSync(job.file, 'utf8');
    } catch (e) {
      process.stderr.write(
        `analyze: cannot read ${job.file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}\n`,
      );
      status = 1;
      continue;
    }
    const { window, doc } = parseHtml(html, job.url);
    try {
      const url = job.url ?? selfAddress(doc);
      if (!url) {
        process.stderr.write(
          `analyze: ${job.file}: no --url and the page names no og:url or canonical link\n`,
        );
        status = 1;
        continue;
      }
      // The CLI can afford Readability as the last layer for a body the extractor misses.
      const result = await extractWithFallback(doc, url);
      const article = result.ok ? result.article : null;
      let analysis: unknown = null;
      if (article) {
        try {
          analysis = analyze(article);
        } catch (e) {
          analysis = { error: (e as Error).message };
        }
      }
      process.stdout.write(
        `${JSON.stringify({
          isArticle: result.detection.isArticle,
          template: result.detection.template,
          reason: result.detection.reason,
          article,
          analysis,
        })}\n`,
      );
    } finally {
      await window.happyDOM.close();
    }
  }
  return status;
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    process.stderr.write(`analyze: ${(e as Error)?.message ?? String(e)}\n`);
    process.exit(1);
  },
);
