/** Public surface of CPV detection and extraction. */
export type {
  ArchiveCapture,
  Article,
  Block,
  BlockType,
  Detection,
  ExtractionResult,
  Layer,
  RelatedLink,
  Template,
} from './article.ts';
export { splitCaptionCredit } from './credits.ts';
export { parseMachineDate, parseVietnameseDate } from './dates.ts';
export { detect, extract, extractWithFallback } from './extract.ts';
export { ARCHIVE_MATCH_PATTERNS, CPV_MATCH_PATTERNS, isCpvHost } from './hosts.ts';
export { splitDateline } from './text.ts';
export { articleIdFromUrl, canonicalKey, urlShape } from './urls.ts';
export { parseWaybackUrl, type WaybackUrl, waybackCapturesListUrl } from './wayback.ts';
