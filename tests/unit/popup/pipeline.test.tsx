/**
 * The popup on real data: every article fixture through the real extraction and analysis,
 * rendered in both languages. Catches shape drift between lib/cpv, lib/analysis and the UI.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { Popup, type PopupActions } from '@/components/Popup';
import { analyze } from '@/lib/analysis';
import { extract } from '@/lib/cpv';
import { initialState, type PopupState } from '@/lib/popup/state';
import { DEFAULT_SETTINGS } from '@/lib/settings';

const DIR = join(import.meta.dirname, '..', '..', 'fixtures');
const fixtures = readdirSync(DIR)
  .filter((f) => f.endsWith('.gold.json'))
  .map((f) => ({ name: f.replace('.gold.json', ''), gold: JSON.parse(readFileSync(join(DIR, f), 'utf8')) }))
  .filter(({ name, gold }) => gold.isArticle && readdirSync(DIR).includes(`${name}.html`));

const noop = () => undefined;
const actions: PopupActions = {
  onReveal: noop,
  onSave: noop,
  onNoteInput: noop,
  onNoteBlur: noop,
  onNoteSave: noop,
  onOpenLibrary: noop,
  onReload: noop,
  onInject: noop,
  onAllowArchive: noop,
  onCopyDiagnostic: noop,
  onOpenSettings: noop,
  onCloseSettings: noop,
  onSettingsChange: noop,
};

describe('popup on the article fixtures', () => {
  it('has article fixtures', () => {
    expect(fixtures.length).toBeGreaterThan(3);
  });

  it.each(fixtures.map((f) => [f.name, f.gold] as const))('%s', (name, gold) => {
    const html = readFileSync(join(DIR, `${name}.html`), 'utf8');
    // As the content script sees the page: stylesheets are not fetched.
    const happy = (globalThis.window as unknown as { happyDOM?: { settings: Record<string, unknown> } })
      .happyDOM;
    if (happy) happy.settings.handleDisabledFileLoadingAsSuccess = true;
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const result = extract(doc, gold.url);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const analysis = analyze(result.article, { summaryLength: 3 });
    const state: PopupState = {
      ...initialState,
      page: { kind: 'article', tabId: 1, article: result.article, analysis, extractMs: 1 },
      save: { status: 'unsaved' },
    };
    for (const lang of ['vi', 'en'] as const) {
      const root = document.createElement('div');
      act(() =>
        render(
          <Popup
            lang={lang}
            state={state}
            settings={{ ...DEFAULT_SETTINGS }}
            now={Date.parse('2026-11-26T12:00:00Z')}
            libraryUrl="/library.html"
            actions={actions}
          />,
          root,
        ),
      );
      expect(root.querySelector('[data-testid="popup-title"]')?.textContent).toBe(result.article.title);
      expect(root.querySelectorAll('[data-testid="summary-item"]').length).toBe(
        Math.min(5, analysis.summary.length),
      );
      expect(root.querySelectorAll('[data-testid="official-item"]').length).toBe(
        Math.min(5, analysis.officials.length),
      );
      expect(root.querySelector('img')).toBeNull();
      render(null, root);
    }
  });
});
