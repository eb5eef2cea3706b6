/**
 * Wayback Machine access is opt-in: the extension can read web.archive.org only after
 * the user grants the optional host permission, and only then is the content script
 * for captures registered. Revoking the permission unregisters it.
 */
import type { WxtBrowser } from 'wxt/browser';
import { ARCHIVE_MATCH_PATTERNS, CPV_CAPTURE_MATCH_PATTERNS } from '../cpv/hosts';

export const ARCHIVE_SCRIPT_ID = 'cpv-reader-archive';
export const ARCHIVE_SCRIPT_FILE = '/content-scripts/archive.js';
export const CONTENT_SCRIPT_FILE = '/content-scripts/content.js';

type Api = Pick<WxtBrowser, 'permissions' | 'scripting'>;

export async function hasArchiveAccess(api: Api): Promise<boolean> {
  return api.permissions.contains({ origins: [...ARCHIVE_MATCH_PATTERNS] });
}

// The permission listener and the popup's requests can ask at the same moment; one sync
// at a time keeps the script from being registered twice (a duplicate id is an error).
let queue: Promise<unknown> = Promise.resolve();

/** Makes the registered content scripts match the permission the user has granted. */
export function syncArchiveScript(api: Api): Promise<boolean> {
  const run = queue.then(() => syncNow(api));
  queue = run.catch(() => undefined);
  return run;
}

async function syncNow(api: Api): Promise<boolean> {
  const granted = await hasArchiveAccess(api);
  const registered = await api.scripting.getRegisteredContentScripts({ ids: [ARCHIVE_SCRIPT_ID] });
  if (granted && registered.length === 0) {
    await api.scripting.registerContentScripts([
      {
        id: ARCHIVE_SCRIPT_ID,
        matches: [...CPV_CAPTURE_MATCH_PATTERNS],
        js: [ARCHIVE_SCRIPT_FILE],
        runAt: 'document_idle',
        persistAcrossSessions: true,
      },
    ]);
  } else if (!granted && registered.length > 0) {
    await api.scripting.unregisterContentScripts({ ids: [ARCHIVE_SCRIPT_ID] });
  }
  return granted;
}

/**
 * Runs the content script in a tab that was open before the extension was installed
 * (or before archive access was granted), so the reader does not have to reload it.
 */
export async function injectInto(api: Api, tabId: number, archive: boolean): Promise<void> {
  await api.scripting.executeScript({
    target: { tabId },
    files: [archive ? ARCHIVE_SCRIPT_FILE : CONTENT_SCRIPT_FILE],
  });
}
