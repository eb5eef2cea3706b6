import { matchKey } from '../analysis/normalize';
import type { CpvDatabase } from './db';
import { guard } from './errors';

export interface OfficialAppearance {
  articleKey: string;
  title: string;
  /** As written by the article (with its offset). */
  publishedAt: string | null;
  /** The positions this article gives the person, as written. */
  positions: string[];
  mentions: number;
}

export interface OfficialEntry {
  /** `matchKey` of the name: `Uỷ`/`Ủy` spellings meet here. */
  key: string;
  /** The spelling used by most articles. */
  name: string;
  /** Distinct positions, in order of first appearance over time. */
  positions: string[];
  /** Oldest first; undated articles last. */
  appearances: OfficialAppearance[];
}

const byDate = (a: OfficialAppearance, b: OfficialAppearance, ua: string | null, ub: string | null) =>
  ua === ub
    ? a.title < b.title
      ? -1
      : a.title > b.title
        ? 1
        : 0
    : ua === null
      ? 1
      : ub === null
        ? -1
        : ua < ub
          ? -1
          : 1;

/**
 * Every person across the collection with their positions article by article.
 * Computed on demand from the records: it changes with every save and a derived
 * table would need its own upgrade path for no gain at this size.
 */
export function officialsIndex(db: CpvDatabase): Promise<OfficialEntry[]> {
  return guard(async () => {
    const people = new Map<
      string,
      { spellings: Map<string, number>; items: [OfficialAppearance, string | null][] }
    >();
    await db.articles.each((record) => {
      for (const official of record.analysis.officials) {
        const key = matchKey(official.name);
        let person = people.get(key);
        if (!person) {
          person = { spellings: new Map(), items: [] };
          people.set(key, person);
        }
        person.spellings.set(official.name, (person.spellings.get(official.name) ?? 0) + 1);
        person.items.push([
          {
            articleKey: record.key,
            title: record.article.title,
            publishedAt: record.article.publishedAt,
            positions: official.positions,
            mentions: official.mentions,
          },
          record.publishedAt,
        ]);
      }
    });
    const entries: OfficialEntry[] = [...people].map(([key, person]) => {
      const items = person.items.sort(([a, ua], [b, ub]) => byDate(a, b, ua, ub));
      const appearances = items.map(([a]) => a);
      const positions = [...new Set(appearances.flatMap((a) => a.positions))];
      const name = [...person.spellings].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0];
      return { key, name, positions, appearances };
    });
    return entries.sort(
      (a, b) => b.appearances.length - a.appearances.length || a.key.localeCompare(b.key, 'vi'),
    );
  });
}
