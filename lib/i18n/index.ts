/**
 * Translation lookup for the extension's own pages. The strings live in
 * `public/_locales/<lang>/messages.json` (the single source, also read by the browser for
 * the manifest); both catalogs are bundled here because `browser.i18n` cannot switch
 * language at run time, and the popup has a language override.
 */
import { browser } from 'wxt/browser';
import en from '../../public/_locales/en/messages.json';
import vi from '../../public/_locales/vi/messages.json';

export type Lang = 'vi' | 'en';
export const LANGS: readonly Lang[] = ['vi', 'en'];

/** Every key of the catalogs (a unit test keeps the two files' keys equal). */
export type MessageKey = keyof typeof en & keyof typeof vi;

interface Entry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

const CATALOGS: Record<Lang, Record<string, Entry>> = { vi, en };

/** Chrome's messages.json format: `$NAME$` placeholders whose content is `$1`…`$9`, `$$` for `$`. */
export function formatMessage(entry: Entry, substitutions: readonly (string | number)[] = []): string {
  const named = entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => {
    const placeholders = entry.placeholders ?? {};
    const found = Object.entries(placeholders).find(([key]) => key.toLowerCase() === name.toLowerCase());
    return found ? found[1].content : whole;
  });
  return named.replace(/\$(\$|[1-9])/g, (_whole, digit: string) =>
    digit === '$' ? '$' : String(substitutions[Number(digit) - 1] ?? ''),
  );
}

export interface Translator {
  lang: Lang;
  /** The message for `key` with `$1`… substituted. */
  t(key: MessageKey, ...substitutions: (string | number)[]): string;
  /** A count message: `<base>_one`, `<base>_other`… chosen by the language's plural rules. */
  plural(base: PluralBase, count: number): string;
}

type PluralKeys<K> = K extends `${infer B}_other` ? B : never;
export type PluralBase = PluralKeys<MessageKey>;

export function translate(lang: Lang, key: MessageKey, ...substitutions: (string | number)[]): string {
  const entry = CATALOGS[lang][key] ?? CATALOGS.en[key];
  return entry ? formatMessage(entry, substitutions) : key;
}

export function createTranslator(lang: Lang): Translator {
  const rules = new Intl.PluralRules(lang);
  const numbers = new Intl.NumberFormat(locale(lang));
  return {
    lang,
    t: (key, ...substitutions) => translate(lang, key, ...substitutions),
    plural(base, count) {
      const category = rules.select(count);
      const key = `${base}_${category}`;
      const chosen = (key in CATALOGS[lang] ? key : `${base}_other`) as MessageKey;
      return translate(lang, chosen, numbers.format(count));
    },
  };
}

/** The BCP 47 locale for number and date formatting. */
export function locale(lang: Lang): string {
  return lang === 'vi' ? 'vi-VN' : 'en-GB';
}

/** `vi`, `vi-VN` → vi; anything else → en. */
export function languageFromTag(tag: string | null | undefined): Lang {
  return tag && /^vi(\b|[-_])/i.test(tag) ? 'vi' : 'en';
}

/** The browser's UI language, as one of ours. */
export function browserLanguage(): Lang {
  let tag: string | undefined;
  try {
    tag = browser.i18n.getUILanguage();
  } catch {
    tag = undefined;
  }
  if (!tag && typeof navigator !== 'undefined') tag = navigator.language;
  return languageFromTag(tag);
}

/** The language to show: the override when set, else the browser's. */
export function resolveLanguage(setting: 'auto' | Lang, fallback: () => Lang = browserLanguage): Lang {
  return setting === 'auto' ? fallback() : setting;
}

/** Keys of a catalog, for the parity test. */
export function catalogKeys(lang: Lang): string[] {
  return Object.keys(CATALOGS[lang]);
}
