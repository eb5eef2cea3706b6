/**
 * User settings in `browser.storage.local`, validated field by field on read: a damaged or
 * older value never breaks the popup, the field just falls back to its default.
 */
import { browser } from 'wxt/browser';

export type LanguageSetting = 'auto' | 'vi' | 'en';
export type ThemeSetting = 'auto' | 'light' | 'dark';

export interface Settings {
  /** Number of summary sentences, 1–7. */
  summaryLength: number;
  language: LanguageSetting;
  theme: ThemeSetting;
}

export const SETTINGS_KEY = 'settings';
export const SUMMARY_LENGTH_MIN = 1;
export const SUMMARY_LENGTH_MAX = 7;
export const LANGUAGE_SETTINGS: readonly LanguageSetting[] = ['auto', 'vi', 'en'];
export const THEME_SETTINGS: readonly ThemeSetting[] = ['auto', 'light', 'dark'];

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  summaryLength: 3,
  language: 'auto',
  theme: 'auto',
});

function oneOf<T extends string>(value: unknown, allowed: readonly T[], fallback: T): T {
  return typeof value === 'string' && (allowed as readonly string[]).includes(value)
    ? (value as T)
    : fallback;
}

function summaryLength(value: unknown): number {
  const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  if (typeof n !== 'number' || !Number.isInteger(n)) return DEFAULT_SETTINGS.summaryLength;
  return Math.min(SUMMARY_LENGTH_MAX, Math.max(SUMMARY_LENGTH_MIN, n));
}

/** Any stored value → valid settings. */
export function parseSettings(raw: unknown): Settings {
  const value = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  return {
    summaryLength: summaryLength(value.summaryLength),
    language: oneOf(value.language, LANGUAGE_SETTINGS, DEFAULT_SETTINGS.language),
    theme: oneOf(value.theme, THEME_SETTINGS, DEFAULT_SETTINGS.theme),
  };
}

export async function loadSettings(): Promise<Settings> {
  const stored = await browser.storage.local.get(SETTINGS_KEY);
  return parseSettings(stored[SETTINGS_KEY]);
}

/** Merges `patch` into the stored settings and returns what was stored. */
export async function saveSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = parseSettings({ ...(await loadSettings()), ...patch });
  await browser.storage.local.set({ [SETTINGS_KEY]: next });
  return next;
}

/** Calls `listener` when another page changes the settings; returns the unsubscribe function. */
export function watchSettings(listener: (settings: Settings) => void): () => void {
  const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && SETTINGS_KEY in changes) listener(parseSettings(changes[SETTINGS_KEY]?.newValue));
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => browser.storage.onChanged.removeListener(onChanged);
}
