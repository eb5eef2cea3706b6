/**
 * The article body: find its container, walk it in reading order into typed
 * blocks, attach captions to pictures and take the byline and credit line off the
 * end. Furniture inside the container (share bars, related boxes, forms, scripts)
 * is skipped by name and by tag.
 */
import type { Block } from './article.ts';
import { hasPhotoCredit, parseCredit, splitCaptionCredit } from './credits.ts';
import { isDateLine } from './dates.ts';
import { alignment, isHidden, isJunk, makeJunkOracle, readInline } from './dom.ts';
import { clean, endsArticle, wordCount } from './text.ts';

/** Deeper than this the walk stops descending and reads the rest as text. */
const MAX_DEPTH = 40;
const MAX_ITEMS = 5_000;

export interface RawItem {
  kind: 'p' | 'heading' | 'quote' | 'list' | 'table' | 'image';
  text: string;
  level?: number;
  items?: string[];
  ordered?: boolean;
  rows?: string[][];
  src?: string;
  alt?: string | null;
  /** The printed caption line, credit included. */
  caption?: string | null;
  bold: boolean;
  italic: boolean;
  align: 'left' | 'right' | 'center' | 'justify' | null;
  captionish: boolean;
}

export type ResolveImage = (src: string) => string | null;

const INLINE = new Set([
  'a',
  'span',
  'strong',
  'b',
  'em',
  'i',
  'u',
  'font',
  'sup',
  'sub',
  'small',
  'big',
  'mark',
  'abbr',
  'cite',
  'q',
  'time',
  'label',
  'br',
  'code',
  's',
  'strike',
  'del',
  'ins',
  'var',
  'kbd',
  'wbr',
  'nobr',
]);
const BLOCK_INSIDE = 'p,div,table,ul,ol,h1,h2,h3,h4,h5,h6,blockquote,figure,img,section,article,center';
const CAPTION_CLASS =
  /(?:^|[\s_-])(?:caption|img-caption|image-caption|fig-?caption|chuthich|chu-thich|note-img|alt_imgEditor)(?:$|[\s_-])/i;

// The title of a box of links to other articles.
const RELATED_TITLE =
  /^.{0,20}(?:liên quan|tin khác|bài khác|đọc thêm|xem thêm|cùng chuyên mục|quan tâm).{0,20}$/iu;

// Lazy loaders keep the picture in `data-*` and a placeholder in `src`: those first.
function imageSrc(img: Element): string | null {
  for (const attr of ['data-src', 'data-original', 'data-lazy-src', 'src', 'srcset', 'data-srcset']) {
    const v = img.getAttribute(attr)?.trim();
    // A `srcset` lists candidates by width: the last is the largest.
    if (v && !/^data:/i.test(v))
      return attr.endsWith('srcset') ? (v.split(',').pop()?.trim().split(/\s+/)[0] ?? null) : v;
  }
  return null;
}

class Walker {
  items: RawItem[] = [];
  private inline: Node[] = [];
  constructor(
    private readonly root: Element,
    private readonly resolveImage: ResolveImage,
  ) {}

  private push(item: RawItem) {
    if (this.items.length < MAX_ITEMS) this.items.push(item);
  }

  private flush(parent: Element) {
    if (!this.inline.length) return;
    const nodes = this.inline;
    this.inline = [];
    const r = readInline(nodes);
    const text = clean(r.text);
    if (!text) return;
    this.push({
      kind: 'p',
      text,
      bold: r.bold,
      italic: r.italic,
      align: alignment(parent, this.root),
      captionish: false,
    });
  }

  private image(img: Element, caption: string | null = null, captionish = false) {
    const raw = imageSrc(img);
    const src = raw ? this.resolveImage(raw) : null;
    if (!src) return;
    const w = Number(img.getAttribute('width') ?? '0');
    if (w > 0 && w < 8) return; // tracking pixels
    const alt = clean(img.getAttribute('alt') ?? '') || null;
    this.push({
      kind: 'image',
      text: caption ?? '',
      src,
      alt,
      caption,
      bold: false,
      italic: false,
      align: null,
      captionish,
    });
  }

  walk(el: Element, depth: number) {
    const kids = el.childNodes;
    for (let i = 0; i < kids.length; i++) {
      const n = kids[i];
      if (!n) continue;
      if (n.nodeType === 3) {
        this.inline.push(n);
        continue;
      }
      if (n.nodeType !== 1) continue;
      const c = n as Element;
      const tag = c.localName;
      if (isJunk(c)) continue;
      // (`firstElementChild` first: most inline elements hold text only, and then no query is needed.)
      if (INLINE.has(tag) && (tag === 'br' || !c.firstElementChild || !c.querySelector(BLOCK_INSIDE))) {
        if (tag === 'br' && this.inline.length && this.nextIsBr(kids, i)) this.flush(el);
        else this.inline.push(c);
        continue;
      }
      this.flush(el);
      this.block(c, depth + 1);
    }
    this.flush(el);
  }

  // Two `<br>` in a row separate paragraphs in legacy bodies written without `<p>`.
  private nextIsBr(kids: NodeListOf<ChildNode>, i: number): boolean {
    for (let j = i + 1; j < kids.length; j++) {
      const k = kids[j];
      if (!k) break;
      if (k.nodeType === 3 && !(k.nodeValue ?? '').trim()) continue;
      return k.nodeType === 1 && (k as Element).localName === 'br';
    }
    return false;
  }

  private leaf(c: Element, kind: RawItem['kind'], extra: Partial<RawItem> = {}) {
    const r = readInline(c);
    const text = clean(r.text);
    if (!text) return;
    this.push({
      kind,
      text,
      bold: r.bold,
      italic: r.italic,
      align: alignment(c, this.root),
      captionish: CAPTION_CLASS.test(c.getAttribute('class') ?? '') || c.localName === 'figcaption',
      ...extra,
    });
  }

  block(c: Element, depth: number) {
    const tag = c.localName;
    if (depth > MAX_DEPTH) {
      this.leaf(c, 'p');
      return;
    }
    switch (tag) {
      case 'img':
        this.image(c);
        return;
      case 'p':
      case 'pre':
      case 'address': {
        if (
          c.firstElementChild &&
          (c.getElementsByTagName('img').length ||
            c.querySelector('div,table,ul,ol,blockquote,figure,p,h2,h3,h4'))
        ) {
          this.walk(c, depth);
          return;
        }
        this.leaf(c, 'p');
        return;
      }
      case 'h1':
      case 'h2':
      case 'h3':
      case 'h4':
      case 'h5':
      case 'h6':
        this.leaf(c, 'heading', { level: Number(tag[1]) });
        return;
      case 'blockquote':
        if (c.getElementsByTagName('img').length) {
          this.walk(c, depth);
          return;
        }
        this.leaf(c, 'quote');
        return;
      case 'ul':
      case 'ol': {
        let links = 0;
        const items = Array.from(c.children)
          .filter((li) => li.localName === 'li' && !isHidden(li))
          .map((li) => {
            const r = readInline(li);
            const text = clean(r.text);
            if (r.linkChars >= text.length * 0.8) links++;
            return text;
          })
          .filter(Boolean);
        // Every item a link: a box of other articles ("Bài liên quan"), with its title.
        if (items.length > 1 && links >= items.length) {
          const last = this.items[this.items.length - 1];
          if (last && last.kind !== 'image' && RELATED_TITLE.test(last.text)) this.items.pop();
          return;
        }
        if (items.length) {
          this.push({
            kind: 'list',
            text: items.join('\n'),
            items,
            ordered: tag === 'ol',
            bold: false,
            italic: false,
            align: null,
            captionish: false,
          });
        }
        return;
      }
      case 'figure':
        this.figure(c, depth);
        return;
      case 'figcaption':
        this.leaf(c, 'p', { captionish: true });
        return;
      case 'table':
        this.table(c, depth);
        return;
      default:
        this.walk(c, depth);
    }
  }

  private figure(c: Element, depth: number) {
    const imgs = c.getElementsByTagName('img');
    if (!imgs.length) {
      this.walk(c, depth);
      return;
    }
    const capEl = c.querySelector('figcaption');
    const caption = capEl ? clean(readInline(capEl).text) || null : null;
    for (let i = 0; i < imgs.length; i++) {
      const img = imgs[i];
      if (img) this.image(img, i === imgs.length - 1 ? caption : null, true);
    }
  }

  private rowsOf(table: Element): Element[] {
    const rows: Element[] = [];
    for (const child of Array.from(table.children)) {
      if (child.localName === 'tr') rows.push(child);
      else if (/^(?:tbody|thead|tfoot)$/.test(child.localName)) {
        for (const r of Array.from(child.children)) if (r.localName === 'tr') rows.push(r);
      }
    }
    return rows;
  }

  private table(t: Element, depth: number) {
    const rows = this.rowsOf(t);
    const imgs = t.getElementsByTagName('img');
    const text = clean(readInline(t, 5_000).text);
    // A picture set as a table (era-B CMS): image rows, then caption rows.
    if (imgs.length && imgs.length <= 6 && text.length < 600 && !t.querySelector('table')) {
      let last: RawItem | null = null;
      for (const row of rows) {
        const rowImgs = row.getElementsByTagName('img');
        if (rowImgs.length) {
          for (const img of Array.from(rowImgs)) {
            const before = this.items.length;
            this.image(img, null, true);
            if (this.items.length > before) last = this.items[this.items.length - 1] ?? null;
          }
          continue;
        }
        const cap = clean(readInline(row).text);
        if (cap && last && !last.caption) {
          last.caption = cap;
          last.text = cap;
        } else if (cap) {
          this.leaf(row, 'p');
        }
      }
      return;
    }
    // Layout tables (legacy pages, nested tables) are read cell by cell as containers.
    const layout = !!t.querySelector('p,div,table,ul,ol,h2,h3,blockquote') || text.length > 1_500;
    if (layout || rows.length === 0) {
      for (const row of rows.length ? rows : [t]) {
        for (const cell of Array.from(row.children)) {
          if (cell.localName === 'td' || cell.localName === 'th' || !rows.length) this.walk(cell, depth);
        }
      }
      return;
    }
    const data = rows
      .map((row) =>
        Array.from(row.children)
          .filter((cell) => cell.localName === 'td' || cell.localName === 'th')
          .map((cell) => clean(readInline(cell).text)),
      )
      .filter((cells) => cells.some(Boolean));
    if (!data.length) return;
    if (data.length === 1 && data[0]?.length === 1) {
      this.leaf(t, 'p');
      return;
    }
    this.push({
      kind: 'table',
      text: data.map((r) => r.join(' | ')).join('\n'),
      rows: data,
      bold: false,
      italic: false,
      align: null,
      captionish: false,
    });
  }
}

/** Reads a container into raw items in reading order. */
export function walkBody(container: Element, resolveImage: ResolveImage): RawItem[] {
  const w = new Walker(container, resolveImage);
  w.walk(container, 0);
  return w.items;
}

/**
 * Finds the body by text density: each paragraph's text counts for its parent and,
 * halved, its grandparent; link-heavy paragraphs and furniture do not count.
 */
export function findBodyByDensity(doc: Document): { el: Element; score: number } | null {
  const root = doc.body;
  if (!root) return null;
  const insideJunk = makeJunkOracle(root);
  const scores = new Map<Element, number>();
  const ps = root.getElementsByTagName('p');
  const limit = Math.min(ps.length, 20_000);
  for (let i = 0; i < limit; i++) {
    const p = ps[i];
    if (!p || insideJunk(p)) continue;
    const r = readInline(p, 20_000);
    const len = clean(r.text).length;
    if (len < 25 || r.linkChars > len * 0.5) continue;
    const parent = p.parentElement;
    if (!parent) continue;
    scores.set(parent, (scores.get(parent) ?? 0) + len);
    const grand = parent.parentElement;
    if (grand && grand !== root) scores.set(grand, (scores.get(grand) ?? 0) + len / 2);
  }
  // Bodies written without `<p>` (text and `<br>` in one container): each line before a
  // `<br>` counts for the container itself.
  const brs = root.getElementsByTagName('br');
  for (let i = 0; i < brs.length && i < 20_000; i++) {
    const br = brs[i]!;
    const prev = br.previousSibling;
    const parent = br.parentElement;
    if (prev?.nodeType !== 3 || !parent || /^(?:p|li|a|h\d)$/.test(parent.localName) || insideJunk(br))
      continue;
    const len = clean(prev.nodeValue ?? '').length;
    if (len < 25) continue;
    scores.set(parent, (scores.get(parent) ?? 0) + len);
    const grand = parent.parentElement;
    if (grand && grand !== root) scores.set(grand, (scores.get(grand) ?? 0) + len / 2);
  }
  let best: Element | null = null;
  let bestScore = 0;
  for (const [el, score] of scores) {
    if (score > bestScore) {
      best = el;
      bestScore = score;
    }
  }
  return best ? { el: best, score: bestScore } : null;
}

export interface Trailer {
  author: string | null;
  source: string | null;
}

function isFootnote(item: RawItem): boolean {
  return item.kind === 'p' && /^\[\d{1,3}\]|^\(\*\)|^\*\s/.test(item.text);
}

function isAllCaps(text: string): boolean {
  return /\p{Lu}/u.test(text) && text === text.toLocaleUpperCase('vi');
}

/**
 * Takes the byline block off the end: a short set-apart line (bold, right-aligned,
 * all caps, or after `./.`), any right-aligned position lines after it, with
 * footnotes below it left in place.
 */
export function takeTrailer(items: RawItem[]): Trailer {
  const result: Trailer = { author: null, source: null };
  let k = items.length - 1;
  while (k >= 0 && isFootnote(items[k]!)) k--;
  if (k < 0) return result;
  const short = (it: RawItem) =>
    it.kind !== 'image' && it.kind !== 'table' && it.text.length <= 80 && wordCount(it.text) <= 12;
  const setApart = (i: number) => {
    const it = items[i]!;
    const prev = items[i - 1];
    return (
      it.bold || it.align === 'right' || isAllCaps(it.text) || it.italic || (!!prev && endsArticle(prev.text))
    );
  };
  let start = k;
  if (!short(items[k]!)) return result;
  while (
    start - 1 >= 0 &&
    k - (start - 1) < 5 &&
    short(items[start - 1]!) &&
    items[start - 1]!.align === 'right'
  )
    start--;
  for (let i = start; i <= k; i++) {
    const it = items[i]!;
    if (it.kind !== 'p' && it.kind !== 'heading' && it.kind !== 'quote') continue;
    const credit = parseCredit(it.text, setApart(i));
    if (!credit) continue;
    // Position lines under a signature are part of it; footnotes below stay.
    items.splice(i, k - i + 1);
    // `Theo TTXVN` under a byline: the source, and the name above it is the author.
    const above = !credit.author && credit.source && i === k ? takeTrailer(items).author : null;
    return { author: credit.author ?? above, source: credit.source };
  }
  return result;
}

/** Captions written as the italic or centred line right after a picture. */
export function attachCaptions(items: RawItem[]): RawItem[] {
  const out: RawItem[] = [];
  for (let i = 0; i < items.length; i++) {
    const it = items[i]!;
    const prev = out[out.length - 1];
    if (
      prev?.kind === 'image' &&
      !prev.caption &&
      it.kind === 'p' &&
      it.text.length < 400 &&
      (it.captionish ||
        (it.italic && !it.bold) ||
        (it.align === 'center' && (hasPhotoCredit(it.text) || it.text.length < 200)) ||
        /^\(?Ảnh\s*:/u.test(it.text))
    ) {
      prev.caption = it.text;
      prev.text = it.text;
      continue;
    }
    out.push(it);
  }
  return out;
}

export function toBlocks(items: RawItem[]): Block[] {
  const blocks: Block[] = [];
  for (const it of items) {
    switch (it.kind) {
      case 'image': {
        const printed = it.caption ?? null;
        const { caption, credit } = printed ? splitCaptionCredit(printed) : { caption: null, credit: null };
        blocks.push({
          type: 'image',
          text: printed ?? '',
          src: it.src ?? '',
          caption,
          credit,
          alt: it.alt ?? null,
        });
        break;
      }
      case 'heading':
        blocks.push({ type: 'heading', text: it.text, level: it.level ?? 2 });
        break;
      case 'quote':
        blocks.push({ type: 'quote', text: it.text });
        break;
      case 'list':
        blocks.push({ type: 'list', text: it.text, items: it.items ?? [], ordered: !!it.ordered });
        break;
      case 'table':
        blocks.push({ type: 'table', text: it.text, rows: it.rows ?? [] });
        break;
      default:
        // A short paragraph set entirely in bold without closing punctuation is a subheading.
        if (it.bold && it.text.length <= 200 && !/[.;,…]$/.test(it.text) && !endsArticle(it.text)) {
          blocks.push({ type: 'heading', text: it.text, level: 3 });
        } else {
          blocks.push({ type: 'paragraph', text: it.text });
        }
    }
  }
  return blocks;
}

/** Drops what a wide container drags in: the title, the sapo, date lines, empty images. */
export function dropEchoes(items: RawItem[], echoes: Array<string | null>): RawItem[] {
  const known = new Set(echoes.filter((e): e is string => !!e));
  // Looking a string up hashes all of it: lengths first, so whole paragraphs are not.
  const knownLengths = new Set([...known].map((e) => e.length));
  return items.filter((it) => {
    if (it.kind === 'image') return !!it.src;
    if (!it.text) return false;
    if (knownLengths.has(it.text.length) && known.has(it.text)) return false;
    return !isDateLine(it.text);
  });
}

export function textLength(items: RawItem[]): number {
  let n = 0;
  for (const it of items) if (it.kind !== 'image') n += it.text.length;
  return n;
}
