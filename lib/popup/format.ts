/**
 * Dates, relative times, numbers and reading time for the popup. Pure functions; the
 * translator only supplies words (weekday names), the layout is the Vietnamese one:
 * `Thứ Năm, 28/12/2023 22:34` — in Vietnam time (UTC+7, no daylight saving), whatever
 * the reader's own time zone, because that is the time the newspaper prints.
 */

import type { Figure } from '../analysis/types';
import type { Article } from '../cpv/article';
import { type Lang, locale, type Translator } from '../i18n';

const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;
const WEEKDAYS = [
  'weekday0',
  'weekday1',
  'weekday2',
  'weekday3',
  'weekday4',
  'weekday5',
  'weekday6',
] as const;

export interface VietnamTime {
  weekday: number;
  day: number;
  month: number;
  year: number;
  hour: number;
  minute: number;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The wall-clock time in Vietnam of an ISO instant, or null when it does not parse. */
export function vietnamTime(iso: string | null | undefined): VietnamTime | null {
  if (!iso) return null;
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return null;
  const d = new Date(ms + VIETNAM_OFFSET_MS);
  return {
    weekday: d.getUTCDay(),
    day: d.getUTCDate(),
    month: d.getUTCMonth() + 1,
    year: d.getUTCFullYear(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
  };
}

/** `Thứ Năm, 28/12/2023 22:34` (English: `Thursday, 28/12/2023 22:34`). */
export function formatPublished(iso: string | null | undefined, t: Translator['t']): string | null {
  const v = vietnamTime(iso);
  if (!v) return null;
  const weekday = t(WEEKDAYS[v.weekday] ?? 'weekday0');
  return `${weekday}, ${pad(v.day)}/${pad(v.month)}/${v.year} ${pad(v.hour)}:${pad(v.minute)}`;
}

/** `28/12/2023` for an ISO instant (Vietnam time) or a bare `YYYY-MM-DD` date. */
export function formatDay(iso: string | null | undefined): string | null {
  if (!iso) return null;
  const bare = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (bare) return `${bare[3]}/${bare[2]}/${bare[1]}`;
  const v = vietnamTime(iso);
  return v ? `${pad(v.day)}/${pad(v.month)}/${v.year}` : null;
}

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
];

/** `3 năm trước` / `3 years ago`, `hôm qua` / `yesterday`, `bây giờ` / `now`. */
export function relativeTime(iso: string | null | undefined, now: number, lang: Lang): string | null {
  if (!iso) return null;
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return null;
  const seconds = (ms - now) / 1000;
  const format = new Intl.RelativeTimeFormat(locale(lang), { numeric: 'auto' });
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) >= size) return format.format(Math.round(seconds / size), unit);
  }
  return format.format(0, 'second');
}

const WORD = /[\p{L}\p{N}]+(?:[.,'’-][\p{L}\p{N}]+)*/gu;

/** Words in a text; every Vietnamese syllable (`Đảng`, `Cộng`, `sản`) is a word. */
export function countWords(text: string): number {
  return text.match(WORD)?.length ?? 0;
}

/** Words a reader reads: title, lead and body text (image credits and alt texts excluded). */
export function articleWords(article: Pick<Article, 'title' | 'sapo' | 'blocks'>): number {
  let total = countWords(article.title) + countWords(article.sapo ?? '');
  for (const block of article.blocks) {
    total += countWords(block.type === 'image' ? (block.caption ?? '') : block.text);
  }
  return total;
}

export const WORDS_PER_MINUTE = 200;

/** Whole minutes at 200 words a minute, at least 1. */
export function readingMinutes(words: number, wpm = WORDS_PER_MINUTE): number {
  return Math.max(1, Math.round(words / wpm));
}

export function formatNumber(value: number, lang: Lang): string {
  return new Intl.NumberFormat(locale(lang), { maximumFractionDigits: 2 }).format(value);
}

/** A figure's value formatted for the UI language, and its unit as written. */
export function figureParts(
  figure: Pick<Figure, 'value' | 'unit'>,
  lang: Lang,
): { value: string; unit: string } {
  const value = formatNumber(figure.value, lang);
  const unit = figure.unit.trim();
  return unit === '%' ? { value: `${value}%`, unit: '' } : { value, unit };
}

/**
 * The part of a sentence around a passage, cut at word boundaries, so that several
 * figures taken from one long sentence each show their own context rather than the
 * same wall of text.
 */
export function contextAround(sentence: string, passage: string, radius = 80): string {
  if (sentence.length <= passage.length + 2 * radius) return sentence;
  const at = Math.max(0, sentence.indexOf(passage));
  let start = Math.max(0, at - radius);
  let end = Math.min(sentence.length, at + passage.length + radius);
  if (start > 0) start = Math.min(at, sentence.indexOf(' ', start) + 1 || start);
  if (end < sentence.length)
    end = sentence.lastIndexOf(' ', end) > at + passage.length ? sentence.lastIndexOf(' ', end) : end;
  return `${start > 0 ? '…' : ''}${sentence.slice(start, end).trim()}${end < sentence.length ? '…' : ''}`;
}
