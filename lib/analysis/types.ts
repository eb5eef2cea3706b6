/** Results of the local Vietnamese analysis of an `Article`. Plain JSON. */

export interface SummarySentence {
  text: string;
  /** Index into `article.blocks` of the block the sentence comes from. */
  blockIndex: number;
}

export interface Official {
  name: string;
  /** Every position the article gives the person, as written, in order of first appearance. */
  positions: string[];
  mentions: number;
  firstSentence: string;
  /** Military ranks and academic titles (`Đại tướng`, `PGS.TS`). */
  attributes: string[];
  /** Block index of the first mention (for click-to-scroll). */
  blockIndex: number;
}

export type FigureKind = 'count' | 'money' | 'percent' | 'ratio' | 'measure';

export interface Figure {
  text: string;
  /** The number as written (23.000 → 23000; 6,47 triệu → 6.47, unit keeps "triệu …"). */
  value: number;
  unit: string;
  kind: FigureKind;
  qualifier: string | null;
  sentence: string;
  blockIndex: number;
  /** Value with the scale word applied (6,47 triệu → 6470000), when there is one. */
  expandedValue?: number;
}

export interface DocumentRef {
  code: string;
  type: string | null;
  text: string;
  /** ISO date (YYYY-MM-DD) where the text gives one. */
  date: string | null;
  blockIndex: number;
}

export interface Analysis {
  summary: SummarySentence[];
  officials: Official[];
  figures: Figure[];
  documents: DocumentRef[];
}
