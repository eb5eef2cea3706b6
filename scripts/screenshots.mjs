#!/usr/bin/env node
// Copies the popup screenshots the real-browser tests took into docs/ for the README.
import { copyFileSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const from = 'test-results';
const to = join('docs', 'screenshots');
const wanted =
  /^(popup-(vi|en)-(light|dark)|popup-not-cpv-(vi|en)-(light|dark)|library-(list|reader|officials))\.png$/;
mkdirSync(to, { recursive: true });
const files = readdirSync(from).filter((f) => wanted.test(f));
if (files.length === 0) {
  console.error('No screenshots in test-results/: run "npm test" (or "npm run test:e2e") first.');
  process.exit(1);
}
for (const f of files) copyFileSync(join(from, f), join(to, f));
console.log(`Copied ${files.length} screenshots to ${to}/`);
