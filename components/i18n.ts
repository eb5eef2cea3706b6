import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { createTranslator, type Translator } from '@/lib/i18n';

export const I18nContext = createContext<Translator>(createTranslator('en'));

/** The translator of the surrounding `I18nContext.Provider`. */
export function useI18n(): Translator {
  return useContext(I18nContext);
}
