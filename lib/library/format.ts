/**
 * Dates and small text helpers for the library. Dates are shown in Vietnam time
 * (UTC+7, no daylight saving) because that is the date the newspaper printed,
 * whatever the reader's own time zone.
 */
import type { Official } from '../analysis/types';

const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;
const pad = (n: number) => String(n).padStart(2, '0');

/** `28/12/2023` for an ISO instant (in Vietnam time) or a bare `YYYY-MM-DD`. */
export function formatDate(iso: string | null | undefined): string | null {
  if (!iso) return null;
  const bare = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (bare) return `${bare[3]}/${bare[2]}/${bare[1]}`;
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return null;
  const d = new Date(ms + VIETNAM_OFFSET_MS);
  return `${pad(d.getUTCDate())}/${pad(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`;
}

/** `28/12/2023 22:34` (Vietnam time). */
export function formatDateTime(iso: string | null | undefined): string | null {
  if (!iso) return null;
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return null;
  const d = new Date(ms + VIETNAM_OFFSET_MS);
  return `${formatDate(iso)} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
}

/** A machine-readable value for `<time datetime>`; null when the input does not parse. */
export function dateTimeAttribute(iso: string | null | undefined): string | null {
  if (!iso) return null;
  return Number.isNaN(Date.parse(iso)) ? null : iso;
}

/** The first few names of an article's officials, most mentioned first. */
export function leadingOfficials(officials: readonly Official[], max = 3): { names: string[]; more: number } {
  const sorted = [...officials].sort((a, b) => b.mentions - a.mentions);
  return { names: sorted.slice(0, max).map((o) => o.name), more: Math.max(0, sorted.length - max) };
}

export interface PageInfo {
  page: number;
  pages: number;
  offset: number;
  /** 1-based index of the first and last item shown (0 when empty). */
  first: number;
  last: number;
}

export function pageInfo(total: number, page: number, pageSize: number, shown: number): PageInfo {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const current = Math.min(Math.max(1, page), pages);
  const offset = (current - 1) * pageSize;
  return { page: current, pages, offset, first: shown ? offset + 1 : 0, last: offset + shown };
}

/** Tags typed as `a, b; c` → ['a', 'b', 'c'] (the store normalises further). */
export function parseTagInput(text: string): string[] {
  return text
    .split(/[,;\n]/)
    .map((t) => t.trim())
    .filter(Boolean);
}

/** File names of the three exports, dated like `exportFileName` (UTC day). */
export function exportFileNames(date: Date): { json: string; csv: string; jsonld: string } {
  const day = date.toISOString().slice(0, 10);
  return {
    json: `cpv-reader-${day}.json`,
    csv: `cpv-reader-figures-${day}.csv`,
    jsonld: `cpv-reader-annotations-${day}.jsonld`,
  };
}

/** Only web addresses become links or image sources: a stored `javascript:` URL stays text. */
export function webUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null;
  } catch {
    return null;
  }
}
