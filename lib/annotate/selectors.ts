/**
 * W3C Web Annotation selectors, declared here with the same shapes as the stored record in
 * `./types.ts` so the engine does not depend on the storage module (structural typing keeps
 * the two interchangeable).
 */

export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

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
