/**
 * The library entry: opens the database in this extension page (same origin as the
 * background, so no records travel through messages), picks the language and theme,
 * and renders. No UI of its own.
 */
import '@/components/theme.css';
import '@/components/sections.css';
import '@/components/library/library.css';
import { render } from 'preact';
import { downloadFile } from '@/components/library/download';
import { LibraryApp } from '@/components/library/LibraryApp';
import { OpenError } from '@/components/library/OpenError';
import { libraryLanguage } from '@/lib/library/strings';
import { DEFAULT_SETTINGS, loadSettings, type Settings, watchSettings } from '@/lib/settings';
import { openDatabase, requestPersistence, toStoreError } from '@/lib/store/errors';

function applyDocument(settings: Settings) {
  const root = document.documentElement;
  root.lang = libraryLanguage(settings.language);
  if (settings.theme === 'auto') delete root.dataset.theme;
  else root.dataset.theme = settings.theme;
}

async function start(app: HTMLElement) {
  const settings = await loadSettings().catch(() => ({ ...DEFAULT_SETTINGS }));
  applyDocument(settings);
  let db: Awaited<ReturnType<typeof openDatabase>>;
  try {
    db = await openDatabase();
  } catch (error) {
    render(
      <OpenError lang={libraryLanguage(settings.language)} message={toStoreError(error).message} />,
      app,
    );
    return;
  }
  void requestPersistence();
  const show = (s: Settings) => {
    applyDocument(s);
    render(<LibraryApp db={db} lang={libraryLanguage(s.language)} download={downloadFile} />, app);
  };
  show(settings);
  watchSettings(show);
}

void start(document.getElementById('app')!);
