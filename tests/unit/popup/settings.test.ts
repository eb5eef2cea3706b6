import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  DEFAULT_SETTINGS,
  loadSettings,
  parseSettings,
  SETTINGS_KEY,
  saveSettings,
  watchSettings,
} from '@/lib/settings';

describe('settings', () => {
  beforeEach(() => fakeBrowser.reset());

  it('defaults: 3 sentences, auto language and theme', async () => {
    expect(await loadSettings()).toEqual({ summaryLength: 3, language: 'auto', theme: 'auto' });
    expect(DEFAULT_SETTINGS.summaryLength).toBe(3);
  });

  it('validates every field on read', () => {
    expect(parseSettings(null)).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings('junk')).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings({ summaryLength: 12, language: 'fr', theme: 'blue' })).toEqual({
      ...DEFAULT_SETTINGS,
      summaryLength: 7,
    });
    expect(parseSettings({ summaryLength: 0 }).summaryLength).toBe(1);
    expect(parseSettings({ summaryLength: 2.5 }).summaryLength).toBe(3);
    expect(parseSettings({ summaryLength: '5', language: 'vi', theme: 'dark' })).toEqual({
      summaryLength: 5,
      language: 'vi',
      theme: 'dark',
    });
  });

  it('persists through browser.storage.local', async () => {
    await saveSettings({ language: 'en' });
    await saveSettings({ theme: 'dark', summaryLength: 5 });
    expect(await loadSettings()).toEqual({ summaryLength: 5, language: 'en', theme: 'dark' });
    const stored = await fakeBrowser.storage.local.get(SETTINGS_KEY);
    expect(stored[SETTINGS_KEY]).toEqual({ summaryLength: 5, language: 'en', theme: 'dark' });
  });

  it('a damaged stored value reads as defaults', async () => {
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { summaryLength: 'lots', theme: 'dark' } });
    expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, theme: 'dark' });
  });

  it('reports changes made elsewhere', async () => {
    const seen: string[] = [];
    const stop = watchSettings((s) => seen.push(s.theme));
    await saveSettings({ theme: 'light' });
    stop();
    await saveSettings({ theme: 'dark' });
    expect(seen).toEqual(['light']);
  });
});
