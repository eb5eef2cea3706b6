/**
 * Reading an import file safely: size before content, depth before validation,
 * format and version before details, and every problem in plain words.
 * Nothing here interprets the content: HTML in a field is just text.
 */
import * as v from 'valibot';
import { urlKey } from '../store/key';
import { EXPORT_FORMAT, EXPORT_VERSION, type ExportDocument, MAX_DEPTH, MAX_FILE_BYTES } from './format';
import { exportDocumentSchema } from './schema';

export type ImportErrorCode =
  | 'too-large'
  | 'not-json'
  | 'wrong-format'
  | 'unsupported-version'
  | 'too-deep'
  | 'invalid';

export interface ImportProblem {
  /** Index of the article in the file's `articles` (0-based), when the problem is inside one. */
  index: number | null;
  /** Where in the item (or the file): `article.blocks[3].text`. */
  path: string;
  message: string;
}

const MAX_PROBLEMS = 20;

export class ImportError extends Error {
  override readonly name = 'ImportError';
  constructor(
    readonly code: ImportErrorCode,
    message: string,
    readonly problems: ImportProblem[] = [],
  ) {
    super(message);
  }
}

/** What `readExport` accepts: a File/Blob (checked by size before reading) or text. */
export type ImportSource = Pick<Blob, 'size' | 'text'> | string;

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

function tooLarge(bytes: number): ImportError {
  return new ImportError(
    'too-large',
    `This file is ${megabytes(bytes)}; CPV Reader imports files of at most ${megabytes(MAX_FILE_BYTES)}. Export a selection of articles instead of the whole library and import the parts one after the other. Nothing was imported.`,
  );
}

function utf8Length(text: string): number {
  // Cheap bounds first: each UTF-16 unit is 1 to 3 UTF-8 bytes.
  if (text.length > MAX_FILE_BYTES) return text.length;
  if (text.length * 3 <= MAX_FILE_BYTES) return text.length;
  return new TextEncoder().encode(text).length;
}

export async function readText(source: ImportSource): Promise<string> {
  if (typeof source === 'string') {
    const bytes = utf8Length(source);
    if (bytes > MAX_FILE_BYTES) throw tooLarge(bytes);
    return source;
  }
  if (source.size > MAX_FILE_BYTES) throw tooLarge(source.size);
  return source.text();
}

/** Iterative, so a hostile 100,000-level nesting costs a loop, not the call stack. */
export function jsonDepth(value: unknown, limit: number): number {
  let deepest = 0;
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length > 0) {
    const [current, depth] = stack.pop()!;
    if (current === null || typeof current !== 'object') continue;
    if (depth > deepest) deepest = depth;
    if (deepest > limit) return deepest;
    for (const child of Array.isArray(current) ? current : Object.values(current))
      stack.push([child, depth + 1]);
  }
  return deepest;
}

function describePath(path: readonly { key: unknown }[] | undefined): { index: number | null; path: string } {
  const keys = (path ?? []).map((p) => p.key);
  let index: number | null = null;
  let rest = keys;
  if (keys[0] === 'articles' && typeof keys[1] === 'number') {
    index = keys[1];
    rest = keys.slice(2);
  }
  const text = rest
    .map((k, i) => (typeof k === 'number' ? `[${k}]` : `${i === 0 ? '' : '.'}${String(k)}`))
    .join('');
  return { index, path: text || '(top level)' };
}

function describeIssue(issue: v.BaseIssue<unknown>): string {
  switch (issue.type) {
    case 'max_length':
      return `is too long: ${Number(issue.received).toLocaleString('en')} where at most ${Number(issue.requirement).toLocaleString('en')} are allowed`;
    case 'iso_timestamp':
      return `should be a date and time like 2024-01-05T08:30:12.000Z, but is ${issue.received}`;
    case 'integer':
    case 'min_value':
    case 'max_value':
      return `should be a whole number ${issue.expected ?? ''}, but is ${issue.received}`.replace(
        /\s+,/,
        ',',
      );
    default:
      if (issue.kind === 'schema' && issue.received === 'undefined') return 'is missing';
      return `should be ${issue.expected ?? 'different'}, but is ${issue.received}`;
  }
}

export function problemsFrom(issues: readonly v.BaseIssue<unknown>[]): ImportProblem[] {
  return issues.map((issue) => ({ ...describePath(issue.path), message: describeIssue(issue) }));
}

export function formatProblem(problem: ImportProblem): string {
  const where =
    problem.index === null
      ? `In the file, ${problem.path}`
      : `Article ${problem.index + 1}, field ${problem.path}`;
  return `${where} ${problem.message}.`;
}

function invalid(problems: ImportProblem[]): ImportError {
  const shown = problems.slice(0, MAX_PROBLEMS).map(formatProblem);
  const more =
    problems.length > MAX_PROBLEMS ? [`…and ${problems.length - MAX_PROBLEMS} more problems.`] : [];
  return new ImportError(
    'invalid',
    ['This file cannot be imported; nothing was imported. Problems found:', ...shown, ...more].join('\n'),
    problems,
  );
}

/** Parses and validates an export document from text. Throws `ImportError`. */
export function parseExport(text: string): ExportDocument {
  let data: unknown;
  try {
    data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    throw new ImportError(
      'not-json',
      `This file is not a CPV Reader export (it is not valid JSON: ${(error as Error).message}). Nothing was imported.`,
    );
  }
  if (jsonDepth(data, MAX_DEPTH) > MAX_DEPTH) {
    throw new ImportError(
      'too-deep',
      `This file is nested more than ${MAX_DEPTH} levels deep, which no CPV Reader export is. Nothing was imported.`,
    );
  }
  const head = (data ?? {}) as { format?: unknown; version?: unknown };
  if (typeof data !== 'object' || data === null || Array.isArray(data) || head.format !== EXPORT_FORMAT) {
    throw new ImportError(
      'wrong-format',
      `This file is not a CPV Reader export (its "format" should be "${EXPORT_FORMAT}"). Nothing was imported.`,
    );
  }
  if (head.version !== EXPORT_VERSION) {
    throw new ImportError(
      'unsupported-version',
      `This export is format version ${String(head.version)}, and this CPV Reader reads version ${EXPORT_VERSION}. ${
        typeof head.version === 'number' && head.version > EXPORT_VERSION
          ? 'Update the extension to import it.'
          : 'It cannot be read.'
      } Nothing was imported.`,
    );
  }
  const result = v.safeParse(exportDocumentSchema, data);
  if (!result.success) throw invalid(problemsFrom(result.issues));
  const problems: ImportProblem[] = [];
  result.output.articles.forEach((item, index) => {
    if (!item.key || urlKey(item.key) !== item.key)
      problems.push({
        index,
        path: 'key',
        message: 'is not a normalised article address (like dangcongsan.vn/thoi-su/…)',
      });
    item.annotations.forEach((a, i) => {
      if (a.position.end < a.position.start)
        problems.push({ index, path: `annotations[${i}].position`, message: 'ends before it starts' });
    });
  });
  if (problems.length) throw invalid(problems);
  return result.output as ExportDocument;
}

/** Reads, parses and validates an import file. */
export async function readExport(source: ImportSource): Promise<ExportDocument> {
  return parseExport(await readText(source));
}
