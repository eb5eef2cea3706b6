/**
 * Publication dates. The site writes Hanoi time without an offset, day first; the
 * result is ISO 8601 with `+07:00`. Only metadata and the date line near the title
 * are read: bodies are full of dates of documents and events.
 */

const pad = (n: number) => String(n).padStart(2, '0');

function valid(y: number, mo: number, d: number, h: number, mi: number, s = 0): boolean {
  if (y < 1930 || y > 2100 || mo < 1 || mo > 12 || d < 1 || h > 23 || mi > 59 || s > 59) return false;
  const days = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  return d <= days;
}

function hanoi(y: number, mo: number, d: number, h: number, mi: number, s = 0): string {
  return `${y}-${pad(mo)}-${pad(d)}T${pad(h)}:${pad(mi)}:${pad(s)}+07:00`;
}

/** An ISO-like machine date (`article:published_time`, JSON-LD) as Hanoi time. */
export function parseMachineDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const m =
    /^\s*(\d{4})-(\d{1,2})-(\d{1,2})(?:[T\s](\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*(Z|[+-]\d{2}:?\d{2})?)?/i.exec(
      value,
    );
  if (!m) return parseVietnameseDate(value);
  const [y, mo, d, h, mi, s] = [m[1], m[2], m[3], m[4] ?? '0', m[5] ?? '0', m[6] ?? '0'].map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  if (!valid(y, mo, d, h, mi, s)) return null;
  const zone = m[7];
  if (!zone || /^\+07:?00$/.test(zone)) return hanoi(y, mo, d, h, mi, s);
  // Another offset: same instant, shown in Hanoi time.
  const sign = zone.toUpperCase() === 'Z' ? 0 : zone.startsWith('-') ? -1 : 1;
  const digits = zone.replace(/[^\d]/g, '');
  const offsetMin = sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4) || 0));
  const utc = Date.UTC(y, mo - 1, d, h, mi, s) - offsetMin * 60_000;
  const t = new Date(utc + 7 * 3_600_000);
  return hanoi(
    t.getUTCFullYear(),
    t.getUTCMonth() + 1,
    t.getUTCDate(),
    t.getUTCHours(),
    t.getUTCMinutes(),
    t.getUTCSeconds(),
  );
}

const DATE_RE = /(?<!\d)(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})(?!\d)/;
const TIME_RE = /(?<![\d/.])(\d{1,2})\s*(?::|h|giờ)\s*(\d{2})(?:\s*:\s*(\d{2}))?(?![\d/])/i;

/**
 * Visible date lines: `Thứ năm, 28/12/2023 22:34`, `09:59 | 31/05/2013`,
 * `Cập nhật lúc 08:40, Thứ ba, 04/05/2010 (GMT+7)`, `24/5/2025 06:23`.
 * A date without a time is given at midnight; no date, null.
 */
export function parseVietnameseDate(text: string | null | undefined): string | null {
  if (!text) return null;
  const date = DATE_RE.exec(text);
  if (!date) return null;
  const [d, mo, y] = [Number(date[1]), Number(date[2]), Number(date[3])];
  const withoutDate =
    text.slice(0, date.index) + ' '.repeat(date[0].length) + text.slice(date.index + date[0].length);
  const time = TIME_RE.exec(withoutDate.replace(/GMT\s*[+-]\s*\d+/gi, ''));
  const h = time ? Number(time[1]) : 0;
  const mi = time ? Number(time[2]) : 0;
  const s = time?.[3] ? Number(time[3]) : 0;
  if (!valid(y, mo, d, h, mi, s)) return null;
  return hanoi(y, mo, d, h, mi, s);
}

/** A short line that is nothing but a date (and weekday/time/zone): never body text. */
export function isDateLine(text: string): boolean {
  if (text.length > 70 || !DATE_RE.test(text)) return false;
  const rest = text
    .replace(DATE_RE, '')
    .replace(TIME_RE, '')
    .replace(/\(?GMT\s*[+-]\s*\d+\)?/gi, '')
    .replace(/thứ\s+(?:hai|ba|tư|năm|sáu|bảy)|chủ\s+nhật|cập nhật(?: lúc)?|ngày|đăng(?: lúc)?|lúc/giu, '')
    .replace(/[\s,|\-–—:()]+/g, '');
  return rest.length === 0;
}
