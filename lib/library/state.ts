/**
 * The library page's own state (what is not in the database): the selection, and the
 * one notice bar — an undo offer, a confirmation, an import report or an error.
 * A pure reducer, so every transition is unit-tested without a DOM.
 */
import type { Annotation } from '../annotate/types';
import type { ImportReport } from '../exchange/import';
import type { ImportProblem } from '../exchange/read';
import type { DeletedSnapshot } from '../store/types';

export type Notice =
  | { kind: 'deleted'; snapshot: DeletedSnapshot }
  | { kind: 'annotation-deleted'; annotation: Annotation }
  | { kind: 'info'; text: string }
  | { kind: 'error'; text: string }
  | { kind: 'imported'; report: ImportReport }
  | { kind: 'import-failed'; message: string; problems: ImportProblem[] };

export interface ViewState {
  /** Selected article keys, in the order they were selected. */
  selected: string[];
  notice: Notice | null;
  /** A long operation (import, export, bulk change) is running. */
  busy: boolean;
}

export const initialViewState: ViewState = { selected: [], notice: null, busy: false };

export type ViewAction =
  | { type: 'toggle'; key: string }
  | { type: 'select-page'; keys: readonly string[]; selected: boolean }
  | { type: 'clear-selection' }
  | { type: 'forget'; keys: readonly string[] }
  | { type: 'notice'; notice: Notice | null }
  | { type: 'busy'; busy: boolean };

export function reduceView(state: ViewState, action: ViewAction): ViewState {
  switch (action.type) {
    case 'toggle':
      return {
        ...state,
        selected: state.selected.includes(action.key)
          ? state.selected.filter((k) => k !== action.key)
          : [...state.selected, action.key],
      };
    case 'select-page': {
      if (action.selected) {
        const added = action.keys.filter((k) => !state.selected.includes(k));
        return added.length ? { ...state, selected: [...state.selected, ...added] } : state;
      }
      const drop = new Set(action.keys);
      return { ...state, selected: state.selected.filter((k) => !drop.has(k)) };
    }
    case 'clear-selection':
      return state.selected.length ? { ...state, selected: [] } : state;
    case 'forget': {
      // Deleted articles leave the selection, so a second bulk action cannot target them.
      const drop = new Set(action.keys);
      return { ...state, selected: state.selected.filter((k) => !drop.has(k)) };
    }
    case 'notice':
      return { ...state, notice: action.notice };
    case 'busy':
      return state.busy === action.busy ? state : { ...state, busy: action.busy };
  }
}

/** The page checkbox: all, some (indeterminate) or none of the visible keys are selected. */
export function pageSelection(selected: readonly string[], keys: readonly string[]): 'all' | 'some' | 'none' {
  const set = new Set(selected);
  const count = keys.filter((k) => set.has(k)).length;
  return count === 0 ? 'none' : count === keys.length ? 'all' : 'some';
}
