import { describe, expect, it } from 'vitest';
import en from '../../../public/_locales/en/messages.json';
import vi from '../../../public/_locales/vi/messages.json';

type Catalog = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const catalogs: Record<string, Catalog> = { vi, en };

describe('_locales', () => {
  it('vi and en have the same keys', () => {
    expect(Object.keys(vi).sort()).toEqual(Object.keys(en).sort());
  });

  it('contain the keys the manifest uses, with the extension name', () => {
    for (const catalog of Object.values(catalogs)) {
      for (const key of ['extName', 'extDescription', 'actionTitle', 'commandOpenPopup']) {
        expect(catalog[key]?.message, key).toBeTruthy();
      }
      expect(catalog.extName?.message).toBe('CPV Reader');
      // Chrome Web Store limit for the description.
      expect(catalog.extDescription?.message.length).toBeLessThanOrEqual(132);
    }
  });

  it('every message is non-empty and uses only placeholders it declares, the same in both languages', () => {
    for (const key of Object.keys(en)) {
      const names: string[][] = [];
      for (const catalog of Object.values(catalogs)) {
        const entry = catalog[key];
        expect(entry?.message.trim(), key).toBeTruthy();
        const used = [...(entry?.message ?? '').matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((m) =>
          m[1]!.toLowerCase(),
        );
        const declared = Object.keys(entry?.placeholders ?? {});
        expect(used.sort(), key).toEqual([...declared].sort());
        names.push(declared.sort());
      }
      expect(names[0], key).toEqual(names[1]);
    }
  });

  it('keys are valid message names', () => {
    for (const key of Object.keys(en)) expect(key).toMatch(/^[A-Za-z0-9_@]+$/);
  });
});
