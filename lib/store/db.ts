import { Dexie, type Table } from 'dexie';
import type { Annotation } from '../annotate/types';
import { articleKey, idKey, urlKey } from './key';
import type { ArticleRecord } from './types';

export const DEFAULT_DB_NAME = 'cpv-reader';
export const LATEST_VERSION = 3;

export interface DatabaseOptions {
  /** Clock for `savedAt`/`updatedAt`; tests pin it. */
  now?: () => Date;
  /**
   * Declare only the versions up to this one. Tests use it to write a database
   * exactly as an older release would have, then reopen it with the latest.
   */
  upTo?: number;
  /** Another IndexedDB implementation (tests inject a failing one). */
  indexedDB?: IDBFactory;
}

const V1_ARTICLES =
  'key, &canonicalUrl, publishedAt, category, *officialKeys, *documentCodes, *tags, savedAt, updatedAt';

export class CpvDatabase extends Dexie {
  articles!: Table<ArticleRecord, string>;
  annotations!: Table<Annotation, string>;
  readonly now: () => Date;

  constructor(name: string = DEFAULT_DB_NAME, options: DatabaseOptions = {}) {
    super(name, options.indexedDB ? { indexedDB: options.indexedDB, IDBKeyRange } : {});
    this.now = options.now ?? (() => new Date());
    const upTo = options.upTo ?? LATEST_VERSION;

    this.version(1).stores({
      articles: V1_ARTICLES,
      annotations: 'id, articleKey, createdAt',
    });

    if (upTo >= 2) {
      // v2: a page whose slug changed, or that was saved under another address, is
      // still the same record. Both fields are derived, so the upgrade can fill them.
      this.version(2)
        .stores({ articles: `${V1_ARTICLES}, idKey, *urlKeys` })
        .upgrade((tx) =>
          tx
            .table<ArticleRecord, string>('articles')
            .toCollection()
            .modify((record) => {
              record.idKey = idKey(record.article);
              record.urlKeys = [record.key];
            }),
        );
    }

    if (upTo >= 3) {
      // v3: addresses are keyed by lib/cpv's `canonicalKey`, which tells interim
      // `View_Detail.aspx?ItemID=N` pages apart and lower-cases paths. Primary keys never
      // change (annotations point at them); each record learns its address under the new
      // rule as an alias, so the next save of the same page finds it instead of duplicating.
      this.version(3)
        .stores({ articles: `${V1_ARTICLES}, idKey, *urlKeys` })
        .upgrade((tx) =>
          tx
            .table<ArticleRecord, string>('articles')
            .toCollection()
            .modify((record) => {
              const known = record.urlKeys ?? [record.key];
              const renamed = [articleKey(record.article), ...known.map(urlKey)];
              record.urlKeys = [...new Set([...known, ...renamed])];
            }),
        );
    }
  }

  nowIso(): string {
    return this.now().toISOString();
  }
}
