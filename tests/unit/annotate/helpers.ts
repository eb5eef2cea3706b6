import { readFileSync } from 'node:fs';
import { join } from 'node:path';

// happy-dom replaces the global URL, so the fixture folder is resolved as a path.
const FIXTURES = join(import.meta.dirname, '../../fixtures/');

/** The article body of a fixture page, parsed in its own document. */
export function fixtureBody(name: string): Element {
  // Stylesheet links only make happy-dom log failed fetches.
  const html = readFileSync(`${FIXTURES}${name}.html`, 'utf8').replace(/<link\b[^>]*>/gi, '');
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const body = doc.querySelector('.post-content') ?? doc.querySelector('div.article-content');
  if (!body) throw new Error(`no article body in ${name}`);
  return body;
}

export function bodyFrom(html: string): Element {
  const doc = new DOMParser().parseFromString(`<div id="body">${html}</div>`, 'text/html');
  return doc.getElementById('body')!;
}
