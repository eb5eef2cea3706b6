/**
 * Re-attaches a page's stored highlights on a visit. All anchors are computed on the flat text
 * first and drawn afterwards: marks do not change the flat text, and the text map tracks its
 * own node splits, so one map and one normalisation serve every highlight. Nothing here
 * deletes an annotation; an unplaced one is reported as an orphan for the caller to flag.
 */

import { anchor, prepareText } from './anchor';
import { highlightRange } from './highlight';
import type { HighlightColor } from './highlight-style';
import type { AnchorResult, Selectors } from './selectors';
import { buildTextMap } from './text-map';

/** The part of a stored annotation needed to place it (the stored record fits this shape). */
export interface Placeable extends Selectors {
  id: string;
  color: HighlightColor;
}

export interface Placement {
  id: string;
  anchor: AnchorResult | null;
  /** Offsets differ from the stored position selector: worth saving the refreshed selectors. */
  moved: boolean;
}

export interface ReattachReport {
  placements: Placement[];
  anchored: number;
  orphaned: number;
  byMethod: Record<AnchorResult['method'], number>;
  milliseconds: number;
}

export function reattach(root: Element, annotations: readonly Placeable[]): ReattachReport {
  const started = performance.now();
  const map = buildTextMap(root);
  const prepared = prepareText(map.text);
  const byMethod = { position: 0, quote: 0, fuzzy: 0 };
  const placements: Placement[] = annotations.map((a) => {
    const found = anchor(prepared, a);
    if (found) byMethod[found.method]++;
    const moved = !!found && (found.start !== a.position.start || found.end !== a.position.end);
    return { id: a.id, anchor: found, moved };
  });
  annotations.forEach((a, i) => {
    const found = placements[i]!.anchor;
    if (found) highlightRange(map, found.start, found.end, a.id, a.color);
  });
  const anchored = placements.filter((p) => p.anchor).length;
  return {
    placements,
    anchored,
    orphaned: placements.length - anchored,
    byMethod,
    milliseconds: performance.now() - started,
  };
}
