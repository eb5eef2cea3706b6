/**
 * Changes made by other connections (the background saving from the popup or the page,
 * another library tab) reach this page through Dexie's cross-context `storagemutated`
 * event. They did not go through this page's `notifyChanged`, so the in-memory search
 * index would miss them: this turns them into `notifyChanged` calls with the keys that
 * actually changed, found by comparing cheap key-only snapshots (no record is read).
 */
import { Dexie, type IntervalTree, type ObservabilitySet } from 'dexie';
import { notifyChanged } from '../store/changes';
import type { CpvDatabase } from '../store/db';

interface Snapshot {
  /** article key → updatedAt */
  articles: Map<string, string>;
  /** annotation id → article key */
  annotations: Map<string, string>;
}

async function snapshot(db: CpvDatabase): Promise<Snapshot> {
  const articles = new Map<string, string>();
  const annotations = new Map<string, string>();
  await db.transaction('r', db.articles, db.annotations, async () => {
    await db.articles.orderBy('updatedAt').eachKey((updatedAt, cursor) => {
      articles.set(String(cursor.primaryKey), String(updatedAt));
    });
    await db.annotations.orderBy('articleKey').eachKey((articleKey, cursor) => {
      annotations.set(String(cursor.primaryKey), String(articleKey));
    });
  });
  return { articles, annotations };
}

/** Point keys of a Dexie range set, or null when it holds a real range (a bulk or clear). */
export function pointKeys(tree: IntervalTree | undefined): string[] | null {
  const keys: string[] = [];
  const stack: IntervalTree[] = tree ? [tree] : [];
  while (stack.length) {
    const node = stack.pop()!;
    if (!('from' in node)) continue;
    if (typeof node.from !== 'string' || node.from !== node.to) return null;
    keys.push(node.from);
    if (node.l) stack.push(node.l);
    if (node.r) stack.push(node.r);
  }
  return keys;
}

export function changedKeys(before: Snapshot, after: Snapshot, annotationIds: string[] | null): string[] {
  const keys = new Set<string>();
  for (const [key, updatedAt] of after.articles) if (before.articles.get(key) !== updatedAt) keys.add(key);
  for (const key of before.articles.keys()) if (!after.articles.has(key)) keys.add(key);
  const ids = annotationIds ?? [...new Set([...before.annotations.keys(), ...after.annotations.keys()])];
  for (const id of ids) {
    const articleKey = after.annotations.get(id) ?? before.annotations.get(id);
    if (articleKey) keys.add(articleKey);
  }
  return [...keys];
}

/**
 * Calls `onExternal` after another connection changed the library (debounced), having
 * told the store's listeners which articles changed. Returns the stop function.
 */
export function watchExternalChanges(db: CpvDatabase, onExternal: () => void, delayMs = 120): () => void {
  const prefix = `idb://${db.name}/`;
  let last: Promise<Snapshot> = snapshot(db).catch(() => ({ articles: new Map(), annotations: new Map() }));
  let timer: ReturnType<typeof setTimeout> | undefined;
  let annotationIds: string[] | null = [];
  let stopped = false;

  const run = () => {
    timer = undefined;
    const ids = annotationIds;
    annotationIds = [];
    last = last.then(async (before) => {
      if (stopped) return before;
      try {
        const after = await snapshot(db);
        const keys = changedKeys(before, after, ids);
        if (keys.length) {
          notifyChanged(db, keys);
          onExternal();
        }
        return after;
      } catch {
        return before;
      }
    });
  };

  const listener = (parts: ObservabilitySet) => {
    const mine = Object.keys(parts).filter((p) => p.startsWith(prefix));
    if (mine.length === 0) return;
    const annotationPart = parts[`${prefix}annotations/`];
    if (annotationPart && annotationIds) {
      const points = pointKeys(annotationPart);
      annotationIds = points ? [...annotationIds, ...points] : null;
    }
    if (timer === undefined) timer = setTimeout(run, delayMs);
  };
  Dexie.on.storagemutated.subscribe(listener);
  return () => {
    stopped = true;
    if (timer !== undefined) clearTimeout(timer);
    Dexie.on.storagemutated.unsubscribe(listener);
  };
}
