import type { CpvDatabase } from './db';

/**
 * Committed-change notifications. Writers call `notifyChanged` after their
 * transaction commits, so listeners (the in-memory search index) never see a
 * change that was rolled back, and the store does not depend on search.
 */
type Listener = (keys: readonly string[]) => void;

const listeners = new WeakMap<CpvDatabase, Set<Listener>>();

export function onChanged(db: CpvDatabase, listener: Listener): () => void {
  let set = listeners.get(db);
  if (!set) {
    set = new Set();
    listeners.set(db, set);
  }
  set.add(listener);
  return () => set.delete(listener);
}

export function notifyChanged(db: CpvDatabase, keys: readonly string[]): void {
  if (keys.length === 0) return;
  for (const listener of listeners.get(db) ?? []) listener(keys);
}
