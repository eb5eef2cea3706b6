/**
 * The popup's state and behaviour as one hook: the reducer, the load of the page, the
 * settings (read, watched, saved), the re-analysis when the summary length changes and the
 * time-to-data record. Everything browser-specific arrives through `PopupHost`, which the
 * entry point builds; tests pass fakes.
 */
import { useCallback, useEffect, useLayoutEffect, useMemo, useReducer, useRef, useState } from 'preact/hooks';
import { type Lang, resolveLanguage, translate } from '../i18n';
import { DEFAULT_SETTINGS, type Settings } from '../settings';
import { applyDocument, needsReanalysis, recordPageKind } from './document';
import {
  copyDiagnostic,
  diagnosticJson,
  grantArchiveAccess,
  injectTab,
  loadPopup,
  type PopupDeps,
  reloadTab,
  revealBlock,
  saveArticle,
  saveNote,
} from './flow';
import { initialState, type PopupAction, type PopupState, reduce } from './state';

/** Where the popup's settings live (`lib/settings` in the extension). */
export interface PopupSettingsPort {
  /** The stored settings, read since the entry started; must not reject (defaults instead). */
  ready: Promise<Settings>;
  /** Merges a change into the stored settings and returns what was stored. */
  save(patch: Partial<Settings>): Promise<Settings>;
  /** Calls `listener` on changes made elsewhere; returns the unsubscribe function. */
  watch(listener: (settings: Settings) => void): () => void;
}

/** Everything the popup needs from the browser. */
export interface PopupHost {
  deps: PopupDeps;
  settings: PopupSettingsPort;
  /**
   * Asks for web.archive.org access (`permissions.request`). Called first thing in the
   * click handler, before any await: the prompt needs the click's user gesture.
   */
  requestArchiveAccess(): Promise<boolean>;
  openLibrary(): void;
  /** The extension's version for the diagnostic (read when it is copied). */
  extensionVersion(): string | null;
  userAgent: string;
}

/** What the popup's controls do; components/Popup.tsx takes exactly these as its actions. */
export interface PopupHandlers {
  onReveal: (blockIndex: number, text?: string) => void;
  onSave: () => void;
  onNoteInput: (text: string) => void;
  onNoteBlur: () => void;
  onNoteSave: () => void;
  onOpenLibrary: () => void;
  onReload: () => void;
  /** Runs the content script in a tab opened before the install. */
  onInject: () => void;
  /** Asks for web.archive.org access (must call `permissions.request` synchronously). */
  onAllowArchive: () => void;
  onCopyDiagnostic: () => void;
  onOpenSettings: () => void;
  onCloseSettings: () => void;
  onSettingsChange: (patch: Partial<Settings>) => void;
}

export interface PopupModel {
  lang: Lang;
  state: PopupState;
  settings: Settings;
  /** undefined: untouched; '': saved; otherwise why saving failed. */
  settingsError: string | undefined;
  /** "Now" for relative times, fixed when the popup opens. */
  now: number;
  actions: PopupHandlers;
}

export function usePopup(host: PopupHost): PopupModel {
  const [state, dispatch] = useReducer<PopupState, PopupAction>(reduce, initialState);
  const [settings, setSettings] = useState<Settings>({ ...DEFAULT_SETTINGS });
  const [settingsError, setSettingsError] = useState<string | undefined>(undefined);
  const hostRef = useRef(host);
  hostRef.current = host;
  const stateRef = useRef(state);
  stateRef.current = state;
  const settingsRef = useRef(settings);
  settingsRef.current = settings;
  const lang = resolveLanguage(settings.language);
  const now = useMemo(() => Date.now(), []);

  useLayoutEffect(() => applyDocument(document, settings, lang), [settings, lang]);

  // Load: settings and page in parallel; the analysis waits for the summary length.
  const loadPage = useCallback(() => {
    const { deps, settings: port } = hostRef.current;
    return loadPopup(deps, () => port.ready.then((s) => s.summaryLength), dispatch);
  }, []);
  useEffect(() => {
    const port = hostRef.current.settings;
    port.ready.then(setSettings);
    void loadPage();
    return port.watch(setSettings);
  }, [loadPage]);

  // Time to data: the first render that shows something other than "loading".
  const recorded = useRef(false);
  useLayoutEffect(() => {
    recorded.current = recordPageKind(document.documentElement, state.page.kind, recorded.current);
  }, [state.page.kind]);

  // A new summary length re-runs the (local) analysis of the article on screen.
  const analyzedLength = useRef<number | null>(null);
  useEffect(() => {
    const page = stateRef.current.page;
    if (page.kind !== 'article') return;
    const rerun = needsReanalysis(analyzedLength.current, settings.summaryLength);
    analyzedLength.current = settings.summaryLength;
    if (!rerun) return;
    Promise.resolve()
      .then(() => hostRef.current.deps.analyze(page.article, settings.summaryLength))
      .then((analysis) => dispatch({ type: 'analysis/updated', analysis }))
      .catch(() => undefined);
  }, [settings.summaryLength, state.page.kind]);

  const onSettingsChange = useCallback(
    async (patch: Partial<Settings>) => {
      setSettings({ ...settingsRef.current, ...patch });
      try {
        setSettings(await hostRef.current.settings.save(patch));
        setSettingsError('');
      } catch (error) {
        setSettingsError(
          error instanceof Error && error.message ? error.message : translate(lang, 'unknownError'),
        );
      }
    },
    [lang],
  );

  const actions: PopupHandlers = useMemo(() => {
    const deps = () => hostRef.current.deps;
    return {
      onReveal: (blockIndex, text) => void revealBlock(deps(), stateRef.current, dispatch, blockIndex, text),
      onSave: () => void saveArticle(deps(), stateRef.current, dispatch),
      onNoteInput: (text) => dispatch({ type: 'note/edit', text }),
      onNoteBlur: () => void saveNote(deps(), stateRef.current, dispatch, false),
      onNoteSave: () => void saveNote(deps(), stateRef.current, dispatch, true),
      onOpenLibrary: () => hostRef.current.openLibrary(),
      onReload: () => void reloadTab(deps(), stateRef.current, dispatch),
      onInject: () => void injectTab(deps(), stateRef.current, dispatch, loadPage),
      onAllowArchive: () => {
        // First thing: the prompt needs the click's user gesture, which an await would lose.
        const requested = hostRef.current.requestArchiveAccess();
        void grantArchiveAccess(deps(), stateRef.current, dispatch, requested, loadPage);
      },
      onCopyDiagnostic: () => {
        const { extensionVersion, userAgent } = hostRef.current;
        void copyDiagnostic(
          deps(),
          diagnosticJson(stateRef.current, extensionVersion(), userAgent),
          dispatch,
        );
      },
      onOpenSettings: () => {
        setSettingsError(undefined);
        dispatch({ type: 'view/settings' });
      },
      onCloseSettings: () => dispatch({ type: 'view/main' }),
      onSettingsChange: (patch) => void onSettingsChange(patch),
    };
  }, [onSettingsChange, loadPage]);

  return { lang, state, settings, settingsError, now, actions };
}
