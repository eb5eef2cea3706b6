import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { type LibraryText, libraryText } from '@/lib/library/strings';

export const TextContext = createContext<LibraryText>(libraryText('en'));

/** The library's strings for the surrounding `TextContext.Provider`. */
export function useText(): LibraryText {
  return useContext(TextContext);
}
