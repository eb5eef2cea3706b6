import type { PopupHost } from '@/lib/popup/usePopup';
import { usePopup } from '@/lib/popup/usePopup';
import { Popup } from './Popup';

export interface PopupAppProps extends PopupHost {
  /** The library page's address (the link under the save panel). */
  libraryUrl: string;
}

/**
 * The popup with its state: `usePopup` holds the state and behaviour, `Popup` draws it.
 * Everything browser-specific comes in as props (see `PopupHost`).
 */
export function PopupApp({ libraryUrl, ...host }: PopupAppProps) {
  const { lang, state, settings, settingsError, now, actions } = usePopup(host);
  return (
    <Popup
      lang={lang}
      state={state}
      settings={settings}
      settingsError={settingsError}
      now={now}
      libraryUrl={libraryUrl}
      actions={actions}
    />
  );
}
