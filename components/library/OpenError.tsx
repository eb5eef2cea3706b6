import { type LibraryLang, libraryText } from '@/lib/library/strings';

/** The page when the library cannot be opened: the store's message says what to do. */
export function OpenError({ lang, message }: { lang: LibraryLang; message: string }) {
  const { t } = libraryText(lang);
  return (
    <main id="main" class="main">
      <div class="open-error" role="alert" data-testid="open-error">
        <h1>{t('libraryHeading')}</h1>
        <p>{message}</p>
      </div>
    </main>
  );
}
