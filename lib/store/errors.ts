import { CpvDatabase, type DatabaseOptions, DEFAULT_DB_NAME } from './db';

export type StoreErrorCode = 'quota' | 'open-failed' | 'version' | 'not-found' | 'aborted' | 'unknown';

const MESSAGES: Record<StoreErrorCode, string> = {
  quota:
    'The browser has no room left for CPV Reader’s library. Nothing was changed. Free some disk space, or export and remove articles you no longer need, then try again.',
  'open-failed':
    'CPV Reader could not open its library (the browser refused access to its storage). Your saved articles are untouched; try restarting the browser.',
  version:
    'This library was written by a newer version of CPV Reader. Update the extension to open it; nothing was changed.',
  'not-found': 'That article is not in the library.',
  aborted: 'The change was cancelled before it was saved. Nothing was changed.',
  unknown: 'CPV Reader could not update its library. Nothing was changed.',
};

/** The only error the store throws: a code for the UI and a message a user can act on. */
export class StoreError extends Error {
  override readonly name = 'StoreError';
  readonly code: StoreErrorCode;
  /** The underlying error, for logs; never shown to the user. */
  override readonly cause: unknown;

  constructor(code: StoreErrorCode, cause?: unknown, message = MESSAGES[code]) {
    super(message);
    this.code = code;
    this.cause = cause;
  }
}

interface NamedError {
  name?: unknown;
  inner?: unknown;
  cause?: unknown;
}

// Dexie wraps the DOM error (`AbortError` → `inner`), and a hook may throw a raw
// DOMException; walk the chain rather than trusting the outermost name.
function errorNames(error: unknown): string[] {
  const names: string[] = [];
  let current: unknown = error;
  for (let depth = 0; depth < 8 && current && typeof current === 'object'; depth++) {
    const e = current as NamedError;
    if (typeof e.name === 'string') names.push(e.name);
    current = e.inner ?? e.cause;
  }
  return names;
}

export function toStoreError(error: unknown): StoreError {
  if (error instanceof StoreError) return error;
  const names = errorNames(error);
  if (names.includes('QuotaExceededError')) return new StoreError('quota', error);
  if (names.includes('VersionError')) return new StoreError('version', error);
  if (names.some((n) => n === 'OpenFailedError' || n === 'InvalidStateError' || n === 'DatabaseClosedError'))
    return new StoreError('open-failed', error);
  if (names.includes('AbortError')) return new StoreError('aborted', error);
  return new StoreError('unknown', error);
}

/** Runs a store operation and turns whatever it throws into a `StoreError`. */
export async function guard<T>(operation: () => Promise<T>): Promise<T> {
  try {
    return await operation();
  } catch (error) {
    throw toStoreError(error);
  }
}

/** Opens (and upgrades) the library; failures arrive as `StoreError`. */
export async function openDatabase(
  name: string = DEFAULT_DB_NAME,
  options: DatabaseOptions = {},
): Promise<CpvDatabase> {
  const db = new CpvDatabase(name, options);
  try {
    await db.open();
    return db;
  } catch (error) {
    db.close();
    const storeError = toStoreError(error);
    // Dexie reports a refused open as OpenFailedError around the real cause.
    throw storeError.code === 'unknown' || storeError.code === 'aborted'
      ? new StoreError('open-failed', error)
      : storeError;
  }
}

export type PersistenceResult = 'granted' | 'denied' | 'unsupported';

interface StorageManagerLike {
  persisted?: () => Promise<boolean>;
  persist?: () => Promise<boolean>;
}

/**
 * Asks the browser not to evict the library under storage pressure. Extensions
 * with `unlimitedStorage` are usually persistent already; ask anyway, it is cheap.
 */
export async function requestPersistence(
  storage: StorageManagerLike | undefined = (globalThis as { navigator?: { storage?: StorageManagerLike } })
    .navigator?.storage,
): Promise<PersistenceResult> {
  if (!storage?.persist) return 'unsupported';
  try {
    if (await storage.persisted?.()) return 'granted';
    return (await storage.persist()) ? 'granted' : 'denied';
  } catch {
    return 'denied';
  }
}
