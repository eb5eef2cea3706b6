/**
 * Highlight colours for the `<style>` the content script injects. Background only: a border,
 * padding or outline would shift text and break the page's line layout. Translucent colours
 * keep text legible on both light and dark page themes, since the page's own text colour shows
 * through unchanged.
 */

export type HighlightColor = 'yellow' | 'green' | 'blue' | 'pink';

export const HIGHLIGHT_COLORS: readonly HighlightColor[] = ['yellow', 'green', 'blue', 'pink'];

export const HIGHLIGHT_CSS = `
mark.cpv-hl { color: inherit; background-color: rgba(255, 214, 0, 0.4); }
mark.cpv-hl-yellow { background-color: rgba(255, 214, 0, 0.4); }
mark.cpv-hl-green { background-color: rgba(46, 204, 113, 0.35); }
mark.cpv-hl-blue { background-color: rgba(52, 152, 219, 0.35); }
mark.cpv-hl-pink { background-color: rgba(255, 105, 180, 0.35); }
mark.cpv-hl:focus-visible, mark.cpv-hl.cpv-hl-active { background-color: rgba(255, 140, 0, 0.55); }
@media (prefers-color-scheme: dark) {
  mark.cpv-hl-yellow { background-color: rgba(255, 214, 0, 0.3); }
  mark.cpv-hl-green { background-color: rgba(46, 204, 113, 0.3); }
  mark.cpv-hl-blue { background-color: rgba(93, 173, 226, 0.35); }
  mark.cpv-hl-pink { background-color: rgba(255, 105, 180, 0.3); }
}
`;
