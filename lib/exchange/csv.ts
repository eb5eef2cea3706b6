/**
 * Key figures as CSV for spreadsheets: RFC 4180 (CRLF, quotes doubled), a UTF-8
 * BOM so Excel reads Vietnamese correctly, and cells that a spreadsheet would run
 * as formulas (= + - @, tab, CR) prefixed with an apostrophe. Plain numbers are
 * left alone, so a negative value stays a number.
 */
import type { ExportedArticle } from './format';

export const CSV_COLUMNS = [
  'title',
  'url',
  'publishedAt',
  'value',
  'unit',
  'text',
  'sentence',
  'kind',
  'expandedValue',
] as const;

const PLAIN_NUMBER = /^-?\d+(\.\d+)?(e[+-]?\d+)?$/i;
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string | number | null | undefined): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (FORMULA_START.test(text) && !(typeof value === 'number' && PLAIN_NUMBER.test(text))) text = `'${text}`;
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

type FigureSource = Pick<ExportedArticle, 'article' | 'analysis'>;

/** One row per figure across the given articles. */
export function figuresCsv(articles: readonly FigureSource[]): string {
  const rows: string[] = [CSV_COLUMNS.join(',')];
  for (const { article, analysis } of articles) {
    for (const figure of analysis.figures) {
      rows.push(
        [
          article.title,
          article.archive?.originalUrl || article.canonicalUrl || article.url,
          article.publishedAt,
          figure.value,
          figure.unit,
          figure.text,
          figure.sentence,
          figure.kind,
          figure.expandedValue,
        ]
          .map(csvCell)
          .join(','),
      );
    }
  }
  return `\uFEFF${rows.join('\r\n')}\r\n`;
}
