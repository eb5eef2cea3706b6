/**
 * The life of one real-browser test file: the fake CPV site and Chromium with the built
 * extension start before its tests and stop after them.
 */
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll } from 'vitest';
import { type ExtensionBrowser, type LaunchOptions, launchWithExtension } from './browser';
import { type FakeSite, startFakeSite } from './site';

export interface Browsing {
  site: FakeSite;
  ext: ExtensionBrowser;
}

/** Read `site` and `ext` inside tests or later hooks: they exist once `beforeAll` has run. */
export function useExtensionBrowser(options: Omit<LaunchOptions, 'resolverRules'> = {}): Browsing {
  const browsing = {} as Browsing;
  beforeAll(async () => {
    mkdirSync('test-results', { recursive: true });
    browsing.site = await startFakeSite();
    browsing.ext = await launchWithExtension({ resolverRules: browsing.site.resolverRules, ...options });
  });
  afterAll(async () => {
    await browsing.ext?.close();
    await browsing.site?.close();
  });
  return browsing;
}
