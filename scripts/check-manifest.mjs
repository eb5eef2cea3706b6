#!/usr/bin/env node
// Least privilege, checked on what ships: the built manifests, not the config.
import { existsSync, readFileSync } from 'node:fs';

const CPV = [
  '*://dangcongsan.vn/*',
  '*://*.dangcongsan.vn/*',
  '*://dangcongsan.org.vn/*',
  '*://*.dangcongsan.org.vn/*',
  '*://cpv.org.vn/*',
  '*://*.cpv.org.vn/*',
];
const ARCHIVE = ['*://web.archive.org/*'];
const API = ['storage', 'scripting', 'activeTab'];
const sorted = (xs) => [...xs].sort();
const same = (a, b) => JSON.stringify(sorted(a)) === JSON.stringify(sorted(b));

const problems = [];
function check(dir, label, test) {
  const file = `.output/${dir}/manifest.json`;
  if (!existsSync(file)) return false;
  const m = JSON.parse(readFileSync(file, 'utf8'));
  const fail = (what) => problems.push(`${label}: ${what}`);
  test(m, fail);
  const matches = (m.content_scripts ?? []).flatMap((c) => c.matches);
  if (!same(matches, CPV)) fail(`content scripts match ${matches.join(', ')}`);
  if (m.web_accessible_resources) fail('exposes web_accessible_resources');
  const csp =
    typeof m.content_security_policy === 'string'
      ? m.content_security_policy
      : m.content_security_policy?.extension_pages;
  const directive = (name) =>
    (csp ?? '')
      .split(';')
      .map((d) => d.trim())
      .find((d) => d.startsWith(`${name} `));
  if (directive('script-src') !== "script-src 'self'" || /unsafe/.test(csp ?? '')) fail(`weak CSP: ${csp}`);
  if (directive('connect-src') !== "connect-src 'self'") fail(`extension pages may connect out: ${csp}`);
  if (/img-src[^;]*(\*(?!\.)|https?:(?!\/\/))/.test(csp ?? '')) fail(`images from anywhere: ${csp}`);
  if (m.externally_connectable) fail('is externally connectable');
  console.log(`${label}: manifest ${m.manifest_version} is least-privilege`);
  return true;
}

const chrome = check('chrome-mv3', 'Chrome', (m, fail) => {
  if (!same(m.permissions, API)) fail(`permissions ${m.permissions}`);
  if (!same(m.host_permissions, CPV)) fail(`host permissions ${m.host_permissions}`);
  if (!same(m.optional_host_permissions ?? [], ARCHIVE))
    fail(`optional hosts ${m.optional_host_permissions}`);
  if (!m.commands?._execute_action) fail('no _execute_action shortcut');
});
const firefox = check('firefox-mv2', 'Firefox', (m, fail) => {
  if (!same(m.permissions, [...API, ...CPV])) fail(`permissions ${m.permissions}`);
  if (!same(m.optional_permissions ?? [], ARCHIVE)) fail(`optional permissions ${m.optional_permissions}`);
  if (!m.commands?._execute_browser_action) fail('no _execute_browser_action shortcut');
  if (!m.browser_specific_settings?.gecko?.id) fail('no gecko id');
});
if (!chrome && !firefox) problems.push('no built manifest found: build first');
if (problems.length) {
  console.error(problems.map((p) => `✖ ${p}`).join('\n'));
  process.exit(1);
}
