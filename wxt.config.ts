import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { ARCHIVE_MATCH_PATTERNS, CPV_MATCH_PATTERNS } from './lib/cpv/hosts';

// Extension pages run only their own scripts, make no network requests of their own
// (everything is analysed locally), and show pictures only from the CPV sites and the archive.
const IMAGE_HOSTS = [
  'dangcongsan.vn',
  '*.dangcongsan.vn',
  'dangcongsan.org.vn',
  '*.dangcongsan.org.vn',
  'cpv.org.vn',
  '*.cpv.org.vn',
  'web.archive.org',
];
const EXTENSION_PAGE_CSP = [
  "script-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'none'",
  "connect-src 'self'",
  `img-src 'self' data: ${IMAGE_HOSTS.flatMap((h) => [`https://${h}`, `http://${h}`]).join(' ')}`,
].join('; ');

// The manifest is the product's security boundary: host access to the CPV family only,
// `storage` and nothing broad, no remote code, a strict CSP for extension pages.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: ({ browser, manifestVersion }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'vi',
    // activeTab lets the popup see the address of the tab it was opened on (e.g. a
    // web.archive.org capture) without any broad host access; scripting registers the
    // archive content script once the user grants the optional permission.
    permissions: ['storage', 'scripting', 'activeTab'],
    host_permissions: [...CPV_MATCH_PATTERNS],
    optional_host_permissions: [...ARCHIVE_MATCH_PATTERNS],
    action: { default_title: '__MSG_actionTitle__' },
    commands: {
      // Manifest V2 (Firefox) knows the action as the browser action.
      [manifestVersion === 2 ? '_execute_browser_action' : '_execute_action']: {
        suggested_key: { default: 'Alt+Shift+R' },
        description: '__MSG_commandOpenPopup__',
      },
    },
    content_security_policy: {
      extension_pages: EXTENSION_PAGE_CSP,
    },
    ...(browser === 'firefox' && {
      // WXT drops optional_host_permissions from a Manifest V2 build; V2 lists hosts here.
      ...(manifestVersion === 2 && { optional_permissions: [...ARCHIVE_MATCH_PATTERNS] }),
      browser_specific_settings: {
        gecko: {
          id: 'cpv-reader@cpv-reader.dev',
          strict_min_version: '142.0',
          data_collection_permissions: { required: ['none'] },
        },
      },
    }),
  }),
  zip: {
    excludeSources: ['test-results/**', 'bench-results/**', '.ci/**', 'docs/screenshots/**'],
  },
  vite: () => ({ plugins: [preact()] }),
});
