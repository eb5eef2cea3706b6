/**
 * Bylines and photo credits. A credit names either a person (the author) or an
 * outlet the text was taken from (`Theo TTXVN`): only people become `author`.
 */

// Not people: agency codes and desk placeholders printed where a byline would be.
const PLACEHOLDERS = new Set([
  'pv',
  'btv',
  'ctv',
  'đcsvn',
  'tg',
  'ttxvn',
  'vna',
  'qđnd',
  'ndo',
  'vov',
  'admin',
  'ban biên tập',
  'nhóm pv',
  'phóng viên',
  'biên tập viên',
]);

const OUTLET_WORDS =
  /^(?:báo|tạp chí|cổng|trang|đài|thông tấn|tttxvn|ttxvn|vtv|vov|vnexpress|nhân dân|quân đội nhân dân|qđnd|chinhphu|baochinhphu|tuoitre|thanhnien|vietnamplus|vnanet|ban tuyên giáo|cổng ttđt|tư liệu|đảng cộng sản)/iu;

const DEGREES = /^(?:(?:GS|PGS|TSKH|TS|ThS|Ths|NCS|KS|BS|LS|Th\.S)(?:[.,]\s*|\s+))+/u;

export function stripDegrees(name: string): string {
  return name.replace(DEGREES, '').trim();
}

export function isPlaceholderAuthor(text: string): boolean {
  const t = text
    .replace(/[.\s]+$/, '')
    .trim()
    .toLowerCase();
  return (
    !t ||
    PLACEHOLDERS.has(t) ||
    /cổng thông tin|báo điện tử|đảng cộng sản việt nam|tư liệu - văn kiện|ban biên tập/.test(t)
  );
}

/** Two to six capitalised words (or one all-caps name of two+ words): a Vietnamese personal name. */
export function looksLikePersonName(text: string): boolean {
  const t = text.replace(/\.$/, '').trim();
  if (t.length < 4 || t.length > 60 || /[\d:;!?"“”()[\]/@]/.test(t)) return false;
  if (OUTLET_WORDS.test(t) || isPlaceholderAuthor(t)) return false;
  const words = t.split(/\s+/);
  if (words.length < 2 || words.length > 6) return false;
  // Several people credited together ("Minh Anh - Thu Hà") are accepted as written.
  return words.every((w) => w === '-' || w === '–' || w === ',' || /^\p{Lu}[\p{L}\p{M}'’-]*,?$/u.test(w));
}

export interface Credit {
  author: string | null;
  /** The outlet a text is taken from (`Theo Chinhphu.vn` → `Chinhphu.vn`). */
  source: string | null;
}

const ROLE_PREFIX =
  /^(?:(?:tin|bài|ảnh|video|clip|nội dung)(?:\s*(?:,|và|\+|&|-)\s*(?:tin|bài|ảnh|video|clip))*|nhóm phóng viên|nhóm pv|phóng viên|thực hiện|trình bày|đồ họa|đồ hoạ|tác giả)\s*:\s*(.+)$/iu;
const THEO = /^theo\s+(.+)$/iu;

/**
 * Reads one short credit line. `styled` says the line is set apart (bold,
 * right-aligned, all caps, after the `./.` end mark): only then can a bare name be
 * a byline rather than a short body sentence.
 */
export function parseCredit(line: string, styled: boolean): Credit | null {
  const text = line.replace(/^[-–—(\s]+|[)\s]+$/g, '').trim();
  if (!text || text.length > 80) return null;
  const role = ROLE_PREFIX.exec(text);
  if (role?.[1]) {
    const who = stripDegrees(role[1].replace(/\.$/, '').trim());
    if (!who || isPlaceholderAuthor(who)) return { author: null, source: null };
    return { author: who, source: null };
  }
  const theo = THEO.exec(text);
  if (theo?.[1]) {
    const who = theo[1].replace(/\.$/, '').trim();
    // "Theo đó, …" opens ordinary sentences: a credit is short and has no comma.
    if (/,/.test(who) || who.split(/\s+/).length > 6) return null;
    if (
      !styled &&
      !/\.(?:vn|com|net|org)$/i.test(who) &&
      !OUTLET_WORDS.test(who) &&
      !/^\p{Lu}{2,}/u.test(who)
    )
      return null;
    const person = stripDegrees(who);
    if (looksLikePersonName(person) && !/\.(?:vn|com)/i.test(person)) return { author: person, source: null };
    return { author: null, source: who };
  }
  if (!styled) return null;
  const name = stripDegrees(text);
  if (isPlaceholderAuthor(name)) return { author: null, source: null };
  if (looksLikePersonName(name)) return { author: name, source: null };
  return null;
}

const CREDIT_TAIL =
  /^(.*?)[\s,;:–—-]*[([（]?\s*((?:Ảnh|Nguồn|Ảnh minh họa|Ảnh minh hoạ|Ảnh tư liệu|Ảnh chụp màn hình|Photo|图片来源|图片)\s*[:：]\s*[^()[\]（）]+?)\s*[)\]）]?\s*\.?$/u;

/** `Toàn cảnh phiên bế mạc. Ảnh: TTXVN` → caption `Toàn cảnh phiên bế mạc.`, credit `TTXVN`. */
export function splitCaptionCredit(text: string): { caption: string | null; credit: string | null } {
  const m = CREDIT_TAIL.exec(text);
  if (!m) return { caption: text || null, credit: null };
  const caption = (m[1] ?? '').trim();
  const credit = (m[2] ?? '').replace(/^[^:：]*[:：]\s*/, '').trim();
  return { caption: caption || null, credit: credit || null };
}

export function hasPhotoCredit(text: string): boolean {
  return /(?:^|[\s(.])(?:Ảnh|Nguồn)\s*:/u.test(text);
}
