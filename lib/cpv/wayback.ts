/**
 * Internet Archive (Wayback Machine) addresses. A capture is read as the CPV page it
 * preserves: the original address decides detection and identity, while links keep
 * an archive address the reader can still open.
 */

export interface WaybackUrl {
  /** 1–14 digits as written in the address. */
  timestamp: string;
  /** Replay flag such as `id_`, `if_`, `im_`, or '' when absent. */
  flags: string;
  originalUrl: string;
  /** ISO 8601 UTC time of the capture. */
  capturedAt: string;
}

const WAYBACK = /^(?:https?:)?\/\/(?:www\.)?web\.archive\.org\/web\/(\d{1,14})([a-z]{2}_)?\*?\/(.+)$/i;
const ARCHIVE_PATH = /^\/web\/(\d{1,14})([a-z]{2}_)?\*?\/(.+)$/i;

function originalFrom(raw: string): string | null {
  let rest = raw;
  // The archive collapses `//` after the scheme in some rewritten links.
  rest = rest.replace(/^(https?):\/(?!\/)/i, '$1://');
  if (!/^https?:\/\//i.test(rest)) rest = `http://${rest}`;
  try {
    return new URL(rest).href;
  } catch {
    return null;
  }
}

/** Wayback pads partial timestamps to the earliest moment they cover. */
export function timestampToIso(ts: string): string | null {
  if (!/^\d{4,14}$/.test(ts)) return null;
  const d = ts + '00000101000000'.slice(ts.length);
  const iso = `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6, 8)}T${d.slice(8, 10)}:${d.slice(10, 12)}:${d.slice(12, 14)}Z`;
  const t = new Date(iso);
  // Date normalises 2023-02-30 to March; a round trip rejects such timestamps.
  if (Number.isNaN(t.getTime()) || t.toISOString().slice(0, 19) !== iso.slice(0, 19)) return null;
  return iso;
}

/** Parses `https://web.archive.org/web/<ts>[flag]/<original>`; null for any other address. */
export function parseWaybackUrl(url: string): WaybackUrl | null {
  if (typeof url !== 'string') return null;
  const m = WAYBACK.exec(url.trim()) ?? ARCHIVE_PATH.exec(url.trim());
  if (!m) return null;
  const [, timestamp = '', flags = '', rest = ''] = m;
  const originalUrl = originalFrom(rest);
  const capturedAt = timestampToIso(timestamp);
  if (!originalUrl || !capturedAt) return null;
  return { timestamp, flags, originalUrl, capturedAt };
}

/** The archive's list of every capture of an address. */
export function waybackCapturesListUrl(originalUrl: string): string {
  const inner = parseWaybackUrl(originalUrl)?.originalUrl ?? originalUrl;
  return `https://web.archive.org/web/*/${inner}`;
}

/** An archive address for `absoluteUrl` at the capture's time (`im_` for images). */
export function archiveAddress(timestamp: string, absoluteUrl: string, flag = ''): string {
  return `https://web.archive.org/web/${timestamp}${flag}/${absoluteUrl}`;
}
