import { useMemo } from 'preact/hooks';
import { createTranslator, type Lang } from '@/lib/i18n';
import type { PopupState } from '@/lib/popup/state';
import type { PopupHandlers } from '@/lib/popup/usePopup';
import type { Settings } from '@/lib/settings';
import { ArticleView } from './ArticleView';
import { I18nContext } from './i18n';
import { SettingsView } from './SettingsView';
import {
  ArchivePermissionState,
  ErrorState,
  LoadingState,
  NeedsReloadState,
  NotArticleState,
  NotCpvState,
} from './States';
import { TopBar } from './TopBar';

/** Everything the popup can ask its entry point to do (declared with the popup's logic in lib/). */
export type PopupActions = PopupHandlers;

export interface PopupProps {
  lang: Lang;
  state: PopupState;
  settings: Settings;
  /** undefined: untouched; '': saved; otherwise why saving failed. */
  settingsError?: string | undefined;
  /** "Now" for relative times (ms since the epoch). */
  now: number;
  libraryUrl: string;
  actions: PopupActions;
}

/** The whole popup: top bar and the view for the current state. Presentational only. */
export function Popup({ lang, state, settings, settingsError, now, libraryUrl, actions }: PopupProps) {
  const translator = useMemo(() => createTranslator(lang), [lang]);
  const inSettings = state.view === 'settings';
  return (
    <I18nContext.Provider value={translator}>
      <div class="popup" data-state={state.page.kind} data-view={state.view}>
        <TopBar
          settingsOpen={inSettings}
          onToggleSettings={inSettings ? actions.onCloseSettings : actions.onOpenSettings}
        />
        <main id="popup-main" class="content">
          {inSettings ? (
            <SettingsView
              settings={settings}
              saveError={settingsError}
              onChange={actions.onSettingsChange}
              onClose={actions.onCloseSettings}
            />
          ) : (
            <PageContent state={state} now={now} libraryUrl={libraryUrl} actions={actions} />
          )}
        </main>
      </div>
    </I18nContext.Provider>
  );
}

interface PageContentProps {
  state: PopupState;
  now: number;
  libraryUrl: string;
  actions: PopupActions;
}

function PageContent({ state, now, libraryUrl, actions }: PageContentProps) {
  const { page } = state;
  switch (page.kind) {
    case 'loading':
      return <LoadingState />;
    case 'not-cpv':
      return <NotCpvState archiveOffer={page.archiveOffer} onAllowArchive={actions.onAllowArchive} />;
    case 'archive-permission':
      return <ArchivePermissionState url={page.url} offer={page.offer} onAllow={actions.onAllowArchive} />;
    case 'not-article':
      return <NotArticleState reason={page.reason} />;
    case 'needs-reload':
      return (
        <NeedsReloadState
          reloading={page.reloading}
          injecting={page.injecting ?? false}
          onReload={actions.onReload}
          onInject={actions.onInject}
        />
      );
    case 'error':
      return (
        <ErrorState error={page.error} url={page.url} copy={state.copy} onCopy={actions.onCopyDiagnostic} />
      );
    case 'article':
      return (
        <ArticleView
          article={page.article}
          analysis={page.analysis}
          save={state.save}
          note={state.note}
          revealFailed={state.reveal === 'failed'}
          now={now}
          libraryUrl={libraryUrl}
          actions={actions}
        />
      );
  }
}
