import { describe, expect, it, vi } from 'vitest';
import { translate } from '@/lib/i18n';
import { applyDocument, needsReanalysis, recordPageKind } from '@/lib/popup/document';
import { DEFAULT_SETTINGS } from '@/lib/settings';

describe('popup document', () => {
  it('applies language, theme and title', () => {
    const doc = document.implementation.createHTMLDocument('');
    applyDocument(doc, { ...DEFAULT_SETTINGS, theme: 'dark' }, 'en');
    expect(doc.documentElement.lang).toBe('en');
    expect(doc.documentElement.dataset.theme).toBe('dark');
    expect(doc.title).toBe(translate('en', 'extName'));
    applyDocument(doc, { ...DEFAULT_SETTINGS }, 'vi');
    expect(doc.documentElement.dataset.theme).toBeUndefined();
    expect(doc.title).toBe(translate('vi', 'extName'));
  });

  it('records time to data on the first state that is not loading, once', () => {
    const root = document.createElement('html');
    const clock = { mark: vi.fn(), now: vi.fn(() => 42.345) };
    expect(recordPageKind(root, 'loading', false, clock)).toBe(false);
    expect(root.dataset.popupState).toBe('loading');
    expect(root.dataset.timeToData).toBeUndefined();
    expect(recordPageKind(root, 'article', false, clock)).toBe(true);
    expect(root.dataset.timeToData).toBe('42.3');
    expect(clock.mark).toHaveBeenCalledWith('popup:data');
    clock.now.mockReturnValue(99);
    expect(recordPageKind(root, 'error', true, clock)).toBe(true);
    expect(root.dataset.popupState).toBe('error');
    expect(root.dataset.timeToData).toBe('42.3');
    expect(clock.mark).toHaveBeenCalledOnce();
  });

  it('re-analyses only for a known, different summary length', () => {
    expect(needsReanalysis(null, 3)).toBe(false);
    expect(needsReanalysis(3, 3)).toBe(false);
    expect(needsReanalysis(3, 5)).toBe(true);
  });
});
