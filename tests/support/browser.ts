/**
 * Debian's Chromium with the built extension loaded, driven by playwright-core.
 * Never a browser downloaded by a test tool.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';

export const EXTENSION_DIR = resolve(import.meta.dirname, '..', '..', '.output', 'chrome-mv3');

const CANDIDATES = [
  process.env.CHROMIUM_PATH,
  '/usr/lib/chromium/chromium',
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

export function findChromium(): string {
  const found = CANDIDATES.find((p): p is string => !!p && existsSync(p));
  if (!found) {
    throw new Error(
      'Chromium not found. Install it (Debian: apt-get install -y chromium) or set CHROMIUM_PATH.',
    );
  }
  return found;
}

export interface LaunchOptions {
  resolverRules: string;
  headless?: boolean;
  colorScheme?: 'light' | 'dark';
  locale?: string;
  userDataDir?: string;
  viewport?: { width: number; height: number } | null;
  /**
   * Optional host permissions to hold as if the user had granted them (e.g. the
   * web.archive.org one). A permission prompt cannot be answered in headless Chromium,
   * so the grant is written into the profile and the browser started again.
   */
  grantOptionalHosts?: string[];
}

export interface ExtensionBrowser {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  userDataDir: string;
  close(): Promise<void>;
}

export async function launchWithExtension(options: LaunchOptions): Promise<ExtensionBrowser> {
  const grants = options.grantOptionalHosts ?? [];
  if (grants.length === 0) return launchOnce(options);
  const userDataDir = options.userDataDir ?? mkdtempSync(join(tmpdir(), 'cpv-profile-'));
  const first = await launchOnce({ ...options, userDataDir });
  await first.context.close();
  grantInProfile(userDataDir, first.extensionId, grants);
  const ext = await launchOnce({ ...options, userDataDir });
  const ownDir = !options.userDataDir;
  return {
    ...ext,
    close: async () => {
      await ext.context.close();
      if (ownDir) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Adds host patterns to the extension's granted and active permissions in a closed profile. */
function grantInProfile(userDataDir: string, extensionId: string, origins: string[]): void {
  const file = join(userDataDir, 'Default', 'Preferences');
  const prefs = JSON.parse(readFileSync(file, 'utf8')) as {
    extensions?: {
      settings?: Record<string, Record<string, { explicit_host?: string[]; scriptable_host?: string[] }>>;
    };
  };
  const settings = prefs.extensions?.settings?.[extensionId];
  if (!settings) throw new Error(`Extension ${extensionId} is not in the profile's preferences`);
  for (const key of ['granted_permissions', 'active_permissions']) {
    settings[key] ??= {};
    const set = settings[key];
    set.explicit_host = [...new Set([...(set.explicit_host ?? []), ...origins])];
    set.scriptable_host = [...new Set([...(set.scriptable_host ?? []), ...origins])];
  }
  writeFileSync(file, JSON.stringify(prefs));
}

async function launchOnce(options: LaunchOptions): Promise<ExtensionBrowser> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No built extension at ${EXTENSION_DIR}: run "npm run build" first.`);
  }
  const ownDir = !options.userDataDir;
  const userDataDir = options.userDataDir ?? mkdtempSync(join(tmpdir(), 'cpv-profile-'));
  const lang = options.locale ?? 'vi';
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: findChromium(),
    headless: options.headless ?? true,
    viewport: options.viewport === undefined ? { width: 1100, height: 800 } : options.viewport,
    colorScheme: options.colorScheme ?? 'light',
    locale: lang,
    args: [
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--lang=${lang}`,
      `--host-resolver-rules=${options.resolverRules}`,
      '--ignore-certificate-errors',
    ],
    env: { ...process.env, LANGUAGE: lang, LANG: lang === 'vi' ? 'vi_VN.UTF-8' : 'en_US.UTF-8' },
  });
  const worker =
    context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    worker,
    extensionId,
    userDataDir,
    close: async () => {
      await context.close();
      if (ownDir) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Opens `url` and waits for the content script's marker (or a fixed settle time off CPV hosts). */
export async function openArticle(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  return page;
}

export async function waitForContentScript(page: Page): Promise<void> {
  await page.waitForSelector('html[data-cpv-reader="ran"]', { state: 'attached', timeout: 15_000 });
}

/**
 * The tab id of the page showing `url`, found by asking each tab's content script
 * from the service worker: without the `tabs` permission, tab URLs are hidden.
 */
/** The slice of the `chrome` API that runs inside the service worker for tests. */
export interface ChromeTabs {
  tabs: {
    query(q: object): Promise<{ id?: number }[]>;
    sendMessage(
      tabId: number,
      message: unknown,
    ): Promise<{ ok?: boolean; value?: { url?: string } } | undefined>;
  };
}

export async function findTabId(ext: ExtensionBrowser, url: string): Promise<number> {
  const tabId = await ext.worker.evaluate(async (u: string) => {
    const { chrome } = globalThis as unknown as { chrome: ChromeTabs };
    for (const tab of await chrome.tabs.query({})) {
      if (tab.id === undefined) continue;
      try {
        const reply = await chrome.tabs.sendMessage(tab.id, { type: 'page/state' });
        if (reply?.ok && reply.value?.url === u) return tab.id;
      } catch {
        // no content script in this tab
      }
    }
    return null;
  }, url);
  if (tabId === null) throw new Error(`No tab with a CPV Reader content script at ${url}`);
  return tabId;
}

export async function openPopup(ext: ExtensionBrowser, tabId: number, query = ''): Promise<Page> {
  const popup = await ext.context.newPage();
  await popup.setViewportSize({ width: 400, height: 600 });
  await popup.goto(`chrome-extension://${ext.extensionId}/popup.html?tabId=${tabId}${query}`);
  return popup;
}
