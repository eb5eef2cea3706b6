/**
 * Who may ask the background what. Web pages cannot message the extension at all, but
 * content scripts run inside pages (and on Wayback captures, next to archived scripts),
 * so a content script is trusted only with its own page's annotations. Everything else
 * (saving, notes, injecting into tabs, archive access) is for the extension's own pages.
 * Payloads are validated too: what a message carries is data, never trusted shape.
 */
import * as v from 'valibot';
import { canonicalKey } from '../cpv/urls';
import { analysisSchema, articleSchema } from '../exchange/schema';

export interface Sender {
  tabId?: number;
  url?: string;
}

export class AccessError extends Error {
  override readonly name = 'AccessError';
  readonly code = 'forbidden';
}

export function isExtensionPage(sender: Sender, extensionOrigin: string): boolean {
  return extensionOrigin !== '' && (sender.url ?? '').startsWith(extensionOrigin);
}

export function requireExtensionPage(sender: Sender, extensionOrigin: string): void {
  if (!isExtensionPage(sender, extensionOrigin))
    throw new AccessError('Only CPV Reader’s own pages may ask for this.');
}

/** Whether `url` is the page the sender is on (any http/www/query/capture variant). */
export function isSenderPage(sender: Sender, url: string): boolean {
  return !!sender.url && canonicalKey(sender.url) === canonicalKey(url);
}

const MAX_NOTE = 100_000;
const color = v.picklist(['yellow', 'green', 'blue', 'pink']);
const note = v.pipe(v.string(), v.maxLength(MAX_NOTE));
const offset = v.pipe(v.number(), v.integer(), v.minValue(0));
const quote = v.object({
  type: v.literal('TextQuoteSelector'),
  exact: v.pipe(v.string(), v.minLength(1), v.maxLength(MAX_NOTE)),
  prefix: v.pipe(v.string(), v.maxLength(1_000)),
  suffix: v.pipe(v.string(), v.maxLength(1_000)),
});
const position = v.object({ type: v.literal('TextPositionSelector'), start: offset, end: offset });

/** What `annotations/update` may change: nothing else of the stored record. */
export const annotationPatch = v.object({
  color: v.optional(color),
  note: v.optional(note),
  position: v.optional(position),
});

export const newAnnotation = v.object({ article: articleSchema, color, note, quote, position });
export const saveRequest = v.object({
  article: articleSchema,
  analysis: analysisSchema,
  note: v.optional(note),
});

/** Parses a payload, turning the first problem into a plain sentence. */
export function checked<S extends v.GenericSchema>(schema: S, value: unknown): v.InferOutput<S> {
  const result = v.safeParse(schema, value);
  if (result.success) return result.output;
  const issue = result.issues[0];
  const path = issue?.path?.map((p) => String(p.key)).join('.') ?? '';
  throw new Error(`Invalid request${path ? ` (${path})` : ''}: ${issue?.message ?? 'unknown problem'}`);
}
