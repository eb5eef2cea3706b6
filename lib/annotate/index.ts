export { anchor, type PreparedText, prepareText } from './anchor';
export { describeRange, describeTextRange, rangeOffsets } from './describe';
export {
  HIGHLIGHT_ATTRIBUTE,
  highlightElements,
  highlightRange,
  removeAllHighlights,
  removeHighlight,
} from './highlight';
export { HIGHLIGHT_COLORS, HIGHLIGHT_CSS, type HighlightColor } from './highlight-style';
export { type Placeable, type Placement, type ReattachReport, reattach } from './reattach';
export * from './selectors';
export { buildTextMap, TextMap, UI_HOST_ATTRIBUTE } from './text-map';
