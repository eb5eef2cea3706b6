/**
 * DOM helpers shared by detection and extraction. Everything is iterative or
 * depth-bounded so hostile nesting cannot exhaust the stack, and nothing here
 * writes to the document.
 */

/** Never read as text: code, media players, form controls. */
export const SKIP_TAGS = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'svg',
  'math',
  'canvas',
  'button',
  'input',
  'select',
  'option',
  'textarea',
  'video',
  'audio',
  'source',
  'track',
  'map',
  'link',
  'meta',
  'head',
]);

const BLOCKISH = new Set([
  'p',
  'div',
  'td',
  'th',
  'tr',
  'li',
  'ul',
  'ol',
  'table',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'section',
  'article',
  'figure',
  'figcaption',
  'dd',
  'dt',
  'center',
  'pre',
  'address',
]);

// Page furniture named by class or id: share bars, related boxes, comments, ads,
// archive banners. Matched as whole words so `post-content` or `imgEditor` pass.
const JUNK =
  /(?:^|[\s-])(?:share|sharing|social|sharebar|related|relate|relates|lien-?quan|tinlienquan|tin-?khac|other|chia-?se|othernews|comments?|binh-?luan|feedback|tags?|keywords?|adv|ads|advert|advertisement|banner|sidebar|widget|toolbar|print|printbar|font-size|breadcrumbs?|path|menu|menutop|menuleft|nav|navbar|footer|header|rating|most-read|docnhieu|doc-nhieu|box-video|video-frame|subinfo|meta|wm|captcha|pagination|paging|newsletter|popup|modal|hidden|visually-hidden|sr-only|aspnethidden|tools|back-to-top|topbar|top-bar|lang-link)(?:$|[\s-])/i;

export function classAndId(el: Element): string {
  return `${el.getAttribute('class') ?? ''} ${el.id ?? ''}`;
}

const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i;

export function isHidden(el: Element): boolean {
  // Most body elements (`p`, `strong`, `br`…) carry no attribute at all: one call answers.
  if (!el.hasAttributes()) return false;
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  return !!style && HIDDEN_STYLE.test(style);
}

export function isJunk(el: Element): boolean {
  const tag = el.localName;
  if (SKIP_TAGS.has(tag) || tag === 'nav' || tag === 'aside' || tag === 'footer' || tag === 'form')
    return true;
  if (!el.hasAttributes()) return false;
  if (isHidden(el)) return true;
  const id = el.id ?? '';
  if (/^wm-|^donato$|^playback$/i.test(id)) return true;
  return JUNK.test(classAndId(el));
}

/** Memoised "is this element inside page furniture?" so repeated checks stay linear. */
export function makeJunkOracle(root: Element | null) {
  const memo = new Map<Element, boolean>();
  return function insideJunk(el: Element): boolean {
    const path: Element[] = [];
    let cur: Element | null = el;
    let result = false;
    while (cur && cur !== root) {
      const known = memo.get(cur);
      if (known !== undefined) {
        result = known;
        break;
      }
      path.push(cur);
      // `form` wraps whole ASP.NET pages, `header` may hold the title: furniture only by name.
      const tag = cur.localName;
      if (tag !== 'form' && tag !== 'header' && isJunk(cur)) {
        result = true;
        break;
      }
      cur = cur.parentElement;
    }
    for (const p of path) memo.set(p, result);
    return result;
  };
}

export interface InlineText {
  text: string;
  /** Every visible character is inside `b`/`strong` (or bold style). */
  bold: boolean;
  italic: boolean;
  /** Characters inside links, to tell link lists from prose. */
  linkChars: number;
}

// Styling inherited down the walk, as bits: one number per pending node instead of
// one object, since `readInline` runs over every node of the body.
const BOLD = 1;
const ITALIC = 2;
const LINK = 4;

/** Text of a subtree with `br` and block boundaries as spaces, plus its styling. */
export function readInline(roots: Node | Node[], maxChars = 2_000_000): InlineText {
  // Two parallel stacks: the nodes still to read (null: a block boundary, read as a
  // space) and the styling each one inherits.
  const nodes: Array<Node | null> = [];
  const styles: number[] = [];
  const list = Array.isArray(roots) ? roots : [roots];
  for (let i = list.length - 1; i >= 0; i--) {
    const n = list[i];
    if (n) {
      nodes.push(n);
      styles.push(0);
    }
  }
  // Pieces joined once at the end: `text += piece` would build a rope that every
  // later read of the text has to flatten first.
  const parts: string[] = [];
  let length = 0;
  let allBold = true;
  let allItalic = true;
  let linkChars = 0;
  let seen = false;
  while (nodes.length && length < maxChars) {
    const n = nodes.pop();
    const inherited = styles.pop() ?? 0;
    if (!n) {
      parts.push(' ');
      length++;
      continue;
    }
    if (n.nodeType === 3) {
      const v = n.nodeValue ?? '';
      parts.push(v);
      length += v.length;
      if (/[^\s\u00A0\u200B]/.test(v)) {
        seen = true;
        if (!(inherited & BOLD)) allBold = false;
        if (!(inherited & ITALIC)) allItalic = false;
        if (inherited & LINK) linkChars += v.trim().length;
      }
      continue;
    }
    if (n.nodeType !== 1) continue;
    const el = n as Element;
    const tag = el.localName;
    if (SKIP_TAGS.has(tag)) continue;
    // `isHidden`, keeping the style it reads for the bold and italic tests below.
    let css = '';
    if (el.hasAttributes()) {
      if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') continue;
      css = el.getAttribute('style') ?? '';
      if (css && HIDDEN_STYLE.test(css)) continue;
    }
    if (tag === 'br' || tag === 'hr') {
      parts.push(' ');
      length++;
      continue;
    }
    let style = inherited;
    if (tag === 'b' || tag === 'strong' || (css && /font-weight\s*:\s*(?:bold|[6-9]00)/i.test(css)))
      style |= BOLD;
    if (tag === 'i' || tag === 'em' || (css && /font-style\s*:\s*italic/i.test(css))) style |= ITALIC;
    if (tag === 'a') style |= LINK;
    const block = BLOCKISH.has(tag);
    if (block) {
      nodes.push(null);
      styles.push(0);
    }
    const kids = el.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) {
      const k = kids[i];
      if (k) {
        nodes.push(k);
        styles.push(style);
      }
    }
    if (block) {
      parts.push(' ');
      length++;
    }
  }
  return { text: parts.join(''), bold: seen && allBold, italic: seen && allItalic, linkChars };
}

export function alignment(el: Element, stop: Element | null): 'left' | 'right' | 'center' | 'justify' | null {
  let cur: Element | null = el;
  for (let i = 0; cur && cur !== stop && i < 3; i++) {
    if (!cur.hasAttributes()) {
      cur = cur.parentElement;
      continue;
    }
    const style = cur.getAttribute('style') ?? '';
    const m = /text-align\s*:\s*(left|right|center|justify)/i.exec(style);
    if (m?.[1]) return m[1].toLowerCase() as 'left' | 'right' | 'center' | 'justify';
    const align = cur.getAttribute('align')?.toLowerCase();
    if (align === 'right' || align === 'center' || align === 'left' || align === 'justify') return align;
    if (/(?:^|\s)(?:text-right|right|author)(?:$|\s)/i.test(cur.getAttribute('class') ?? '')) return 'right';
    cur = cur.parentElement;
  }
  return null;
}

export function firstMatch(root: ParentNode, selectors: readonly string[]): Element | null {
  for (const sel of selectors) {
    try {
      const el = root.querySelector(sel);
      if (el) return el;
    } catch {
      // An unsupported selector in one engine must not stop the cascade.
    }
  }
  return null;
}

export function allMatches(root: ParentNode, selector: string): Element[] {
  try {
    return Array.from(root.querySelectorAll(selector));
  } catch {
    return [];
  }
}
