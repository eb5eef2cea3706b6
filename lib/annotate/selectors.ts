/** What the anchoring engine reads and returns. The W3C selector types live with the record. */
import type { TextPositionSelector, TextQuoteSelector } from './types';

export type { TextPositionSelector, TextQuoteSelector };

export interface Selectors {
  quote: TextQuoteSelector;
  position: TextPositionSelector;
}

export type AnchorMethod = 'position' | 'quote' | 'fuzzy';

/** Where a highlight attaches, in offsets of the flat text it was anchored in. */
export interface AnchorResult {
  start: number;
  end: number;
  method: AnchorMethod;
  /** Confidence in [0, 1]; 1 means quote and both context sides matched exactly. */
  score: number;
}

/** How many characters of context are stored on each side of the quote. */
export const CONTEXT_LENGTH = 32;
