import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { matchKey } from '../../../lib/analysis/normalize.ts';

export const FIXTURES = join(__dirname, '../../fixtures');

interface HappyWindow {
  happyDOM?: { settings: { handleDisabledFileLoadingAsSuccess: boolean } };
}

/** Parses like the content script sees a page; stylesheets are not fetched. */
export function parse(html: string): Document {
  const w = globalThis.window as unknown as HappyWindow;
  if (w?.happyDOM) w.happyDOM.settings.handleDisabledFileLoadingAsSuccess = true;
  return new DOMParser().parseFromString(html, 'text/html');
}

export function fixtureHtml(name: string): string {
  return readFileSync(join(FIXTURES, name), 'utf8');
}

export interface Gold {
  url: string;
  layout: string;
  isArticle: boolean;
  title?: string;
  publishedAt?: string | null;
  sapo?: string | null;
  category?: string | null;
  author?: string | null;
  paragraphs?: string[];
  captions?: string[];
  archive?: { service: string; capturedAt: string; originalUrl: string };
}

export function goldFixtures(): Array<{ name: string; html: string; gold: Gold }> {
  return readdirSync(FIXTURES)
    .filter((f) => f.endsWith('.gold.json'))
    .sort()
    .map((f) => {
      const name = f.replace(/\.gold\.json$/, '');
      return {
        name,
        html: fixtureHtml(`${name}.html`),
        gold: JSON.parse(readFileSync(join(FIXTURES, f), 'utf8')) as Gold,
      };
    });
}

/** Comparison key: NFC, one tone placement, case kept apart only by `matchKey`. */
export const key = (s: string | null | undefined) => (s == null ? null : matchKey(s));
