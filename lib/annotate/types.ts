/**
 * A highlight or note on a saved article, stored in `lib/store` and exported as is.
 * The selectors are the W3C Web Annotation ones, so an `AnnotationCollection`
 * export is a mapping, not a conversion.
 */

export type AnnotationColor = 'yellow' | 'green' | 'blue' | 'pink';

export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

/** Offsets into the extracted body text of the snapshot (not the live DOM). */
export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

export interface Annotation {
  id: string;
  articleKey: string;
  color: AnnotationColor;
  note: string;
  quote: TextQuoteSelector;
  position: TextPositionSelector;
  /** ISO 8601 (UTC). */
  createdAt: string;
  /** ISO 8601 (UTC); the newer one wins when two copies of the same id meet. */
  updatedAt: string;
  /** Could not be re-attached on the last visit. Kept, never deleted automatically. */
  orphan?: boolean;
}
