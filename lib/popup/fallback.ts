/**
 * The last layer of extraction, run in the popup rather than the page: the content
 * script hands over the page's markup, the popup parses it into an inert document
 * (nothing in it loads or runs) and tries Mozilla Readability for the body. Readability
 * is loaded only here, so the content script stays within its size budget.
 */
import type { Article } from '../cpv/article';
import { extractWithFallback } from '../cpv/extract';

export type ParseHtml = (html: string) => Document;

const inert: ParseHtml = (html) => new DOMParser().parseFromString(html, 'text/html');

export async function readMarkup(
  html: string,
  url: string,
  parse: ParseHtml = inert,
): Promise<Article | null> {
  const result = await extractWithFallback(parse(html), url);
  return result.ok ? result.article : null;
}
