/**
 * The library page's words, in Vietnamese and English. Kept apart from the popup's
 * `_locales` catalogs so the two pages can change independently; the language is
 * chosen the same way (settings override, else the browser's UI language).
 */
import { resolveLanguage } from '../i18n';
import type { LanguageSetting } from '../settings';

export type LibraryLang = 'vi' | 'en';

const en = {
  pageTitle: 'CPV Reader — Library',
  libraryHeading: 'Library',
  navArticles: 'Articles',
  navOfficials: 'Officials',
  mainNav: 'Library sections',
  skipToContent: 'Skip to content',
  loading: 'Loading…',
  searchLabel: 'Search the library',
  searchPlaceholder: 'Title, text, officials, notes, tags — with or without diacritics',
  searchButton: 'Search',
  filtersHeading: 'Filters',
  filterOfficial: 'Official',
  filterDocument: 'Document code',
  filterCategory: 'Category',
  filterTag: 'Tag',
  filterFrom: 'Published from',
  filterTo: 'Published to',
  filterAny: 'Any',
  clearFilters: 'Clear search and filters',
  resultsCount_one: '$1 article',
  resultsCount_other: '$1 articles',
  resultsOf: 'Showing $1–$2 of $3',
  emptyLibrary:
    'No saved articles yet. Open an article on dangcongsan.vn and press “Save” in the CPV Reader popup.',
  noResults: 'No article matches this search.',
  previousPage: 'Previous page',
  nextPage: 'Next page',
  pageOf: 'Page $1 of $2',
  listLabel: 'Saved articles',
  selectArticle: 'Select “$1”',
  selectPage: 'Select all on this page',
  selectedCount: '$1 selected',
  clearSelection: 'Clear selection',
  bulkTagLabel: 'Tag to add',
  bulkTagButton: 'Add tag',
  bulkDelete: 'Delete',
  bulkExport: 'Export selection (JSON)',
  undo: 'Undo',
  deleted_one: 'Deleted $1 article.',
  deleted_other: 'Deleted $1 articles.',
  restored: 'Restored.',
  tagged_one: 'Tag added to $1 article.',
  tagged_other: 'Tag added to $1 articles.',
  annotationDeleted: 'Annotation deleted.',
  dismiss: 'Dismiss',
  exportHeading: 'Export and import',
  exportAll: 'Export all (JSON)',
  exportFigures: 'Export figures (CSV)',
  exportAnnotations: 'Export annotations (W3C JSON-LD)',
  importLabel: 'Import a CPV Reader export (JSON)',
  importing: 'Importing…',
  exported: 'Export ready: $1',
  importDone: 'Import finished.',
  importArticles: 'Articles: $1 new, $2 updated, $3 unchanged.',
  importAnnotations: 'Annotations: $1 new, $2 updated, $3 unchanged.',
  importFailed: 'Nothing was imported.',
  importProblemItem: 'Article $1, field $2: $3',
  importProblemFile: 'In the file, $1: $2',
  officialsCount: '$1 officials',
  back: 'Back to the library',
  published: 'Published',
  category: 'Category',
  author: 'Author',
  original: 'Original page',
  waybackList: 'All Wayback Machine captures',
  capturesHeading: 'Archived captures',
  capturesEmpty: 'No capture saved with this article.',
  captureOf: 'Capture of $1',
  bodyHeading: 'Text (saved snapshot)',
  noteHeading: 'Note',
  noteLabel: 'Your note on this article',
  saveNote: 'Save note',
  noteSaved: 'Note saved.',
  tagsHeading: 'Tags',
  tagsEmpty: 'No tags.',
  addTagLabel: 'New tag',
  addTag: 'Add',
  removeTag: 'Remove tag “$1”',
  annotationsHeading: 'Annotations',
  annotationsEmpty: 'No highlights or notes on this article.',
  orphan: 'Not found on the page',
  orphanHint: 'This highlight could not be placed on the last visit; it is kept with its quote and note.',
  annotationNote: 'Note on this highlight',
  annotationColor: 'Colour',
  saveAnnotation: 'Save',
  deleteAnnotation: 'Delete',
  annotationSaved: 'Annotation saved.',
  colorYellow: 'Yellow',
  colorGreen: 'Green',
  colorBlue: 'Blue',
  colorPink: 'Pink',
  notFound: 'This article is not in the library (it may have been deleted).',
  imageFallback: 'Image',
  officialsHeading: 'Officials across the collection',
  officialsFilter: 'Find an official',
  officialsEmpty: 'No officials in the saved articles yet.',
  officialsNoMatch: 'No official matches.',
  positionsOverTime: 'Positions over time',
  appearances_one: '$1 article',
  appearances_other: '$1 articles',
  undated: 'undated',
  showMore: 'Show more ($1 left)',
  filterByOfficial: 'Articles mentioning $1',
  savedOn: 'Saved $1',
};

export type StringKey = keyof typeof en;
export type LibraryStrings = Record<StringKey, string>;

const vi: LibraryStrings = {
  pageTitle: 'CPV Reader — Thư viện',
  libraryHeading: 'Thư viện',
  navArticles: 'Bài viết',
  navOfficials: 'Nhân vật',
  mainNav: 'Các phần của thư viện',
  skipToContent: 'Chuyển đến nội dung',
  loading: 'Đang tải…',
  searchLabel: 'Tìm trong thư viện',
  searchPlaceholder: 'Tiêu đề, nội dung, nhân vật, ghi chú, nhãn — có dấu hoặc không dấu',
  searchButton: 'Tìm',
  filtersHeading: 'Bộ lọc',
  filterOfficial: 'Nhân vật',
  filterDocument: 'Số hiệu văn bản',
  filterCategory: 'Chuyên mục',
  filterTag: 'Nhãn',
  filterFrom: 'Đăng từ ngày',
  filterTo: 'Đến ngày',
  filterAny: 'Tất cả',
  clearFilters: 'Xoá tìm kiếm và bộ lọc',
  resultsCount_one: '$1 bài',
  resultsCount_other: '$1 bài',
  resultsOf: 'Hiển thị $1–$2 trong $3',
  emptyLibrary: 'Chưa lưu bài nào. Mở một bài trên dangcongsan.vn và bấm “Lưu” trong cửa sổ CPV Reader.',
  noResults: 'Không có bài nào khớp với tìm kiếm.',
  previousPage: 'Trang trước',
  nextPage: 'Trang sau',
  pageOf: 'Trang $1/$2',
  listLabel: 'Bài đã lưu',
  selectArticle: 'Chọn “$1”',
  selectPage: 'Chọn tất cả trên trang này',
  selectedCount: 'Đã chọn $1',
  clearSelection: 'Bỏ chọn',
  bulkTagLabel: 'Nhãn cần thêm',
  bulkTagButton: 'Thêm nhãn',
  bulkDelete: 'Xoá',
  bulkExport: 'Xuất các bài đã chọn (JSON)',
  undo: 'Hoàn tác',
  deleted_one: 'Đã xoá $1 bài.',
  deleted_other: 'Đã xoá $1 bài.',
  restored: 'Đã khôi phục.',
  tagged_one: 'Đã thêm nhãn cho $1 bài.',
  tagged_other: 'Đã thêm nhãn cho $1 bài.',
  annotationDeleted: 'Đã xoá đánh dấu.',
  dismiss: 'Đóng',
  exportHeading: 'Xuất và nhập',
  exportAll: 'Xuất tất cả (JSON)',
  exportFigures: 'Xuất số liệu (CSV)',
  exportAnnotations: 'Xuất đánh dấu (W3C JSON-LD)',
  importLabel: 'Nhập tệp xuất từ CPV Reader (JSON)',
  importing: 'Đang nhập…',
  exported: 'Đã tạo tệp: $1',
  importDone: 'Đã nhập xong.',
  importArticles: 'Bài viết: $1 mới, $2 cập nhật, $3 không đổi.',
  importAnnotations: 'Đánh dấu: $1 mới, $2 cập nhật, $3 không đổi.',
  importFailed: 'Không có gì được nhập.',
  importProblemItem: 'Bài $1, trường $2: $3',
  importProblemFile: 'Trong tệp, $1: $2',
  officialsCount: '$1 nhân vật',
  back: 'Về thư viện',
  published: 'Ngày đăng',
  category: 'Chuyên mục',
  author: 'Tác giả',
  original: 'Trang gốc',
  waybackList: 'Mọi bản lưu trên Wayback Machine',
  capturesHeading: 'Bản lưu trữ',
  capturesEmpty: 'Bài này chưa có bản lưu trữ nào.',
  captureOf: 'Bản lưu của $1',
  bodyHeading: 'Nội dung (bản đã lưu)',
  noteHeading: 'Ghi chú',
  noteLabel: 'Ghi chú của bạn về bài này',
  saveNote: 'Lưu ghi chú',
  noteSaved: 'Đã lưu ghi chú.',
  tagsHeading: 'Nhãn',
  tagsEmpty: 'Chưa có nhãn.',
  addTagLabel: 'Nhãn mới',
  addTag: 'Thêm',
  removeTag: 'Bỏ nhãn “$1”',
  annotationsHeading: 'Đánh dấu và ghi chú',
  annotationsEmpty: 'Bài này chưa có đánh dấu hay ghi chú nào.',
  orphan: 'Không tìm thấy trên trang',
  orphanHint:
    'Lần truy cập gần nhất không đặt lại được đánh dấu này; nó vẫn được giữ cùng trích dẫn và ghi chú.',
  annotationNote: 'Ghi chú cho đoạn đánh dấu',
  annotationColor: 'Màu',
  saveAnnotation: 'Lưu',
  deleteAnnotation: 'Xoá',
  annotationSaved: 'Đã lưu đánh dấu.',
  colorYellow: 'Vàng',
  colorGreen: 'Xanh lá',
  colorBlue: 'Xanh dương',
  colorPink: 'Hồng',
  notFound: 'Bài này không có trong thư viện (có thể đã bị xoá).',
  imageFallback: 'Ảnh',
  officialsHeading: 'Nhân vật trong toàn bộ thư viện',
  officialsFilter: 'Tìm nhân vật',
  officialsEmpty: 'Các bài đã lưu chưa nhắc đến nhân vật nào.',
  officialsNoMatch: 'Không có nhân vật nào khớp.',
  positionsOverTime: 'Chức vụ theo thời gian',
  appearances_one: '$1 bài',
  appearances_other: '$1 bài',
  undated: 'không rõ ngày',
  showMore: 'Xem thêm (còn $1)',
  filterByOfficial: 'Các bài nhắc đến $1',
  savedOn: 'Lưu $1',
};

const TABLES: Record<LibraryLang, LibraryStrings> = { vi, en };

type PluralBase<K> = K extends `${infer B}_other` ? B : never;
export type PluralKey = PluralBase<StringKey>;

export interface LibraryText {
  lang: LibraryLang;
  t(key: StringKey, ...values: (string | number)[]): string;
  plural(base: PluralKey, count: number): string;
  /** Numbers in the page's language (1.234 in Vietnamese, 1,234 in English). */
  number(value: number): string;
}

/** `$1`… placeholders; values are inserted as text, never as markup. */
export function fill(template: string, values: readonly (string | number)[]): string {
  return template.replace(/\$([1-9])/g, (_, d: string) => String(values[Number(d) - 1] ?? ''));
}

export function libraryText(lang: LibraryLang): LibraryText {
  const table = TABLES[lang];
  const numbers = new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-GB');
  const rules = new Intl.PluralRules(lang);
  const t = (key: StringKey, ...values: (string | number)[]) => fill(table[key], values);
  return {
    lang,
    t,
    plural(base, count) {
      const one = `${base}_one` as StringKey;
      const key = rules.select(count) === 'one' && one in table ? one : (`${base}_other` as StringKey);
      return t(key, numbers.format(count));
    },
    number: (value) => numbers.format(value),
  };
}

/** The page language: the settings' override, else the browser's UI language. */
export function libraryLanguage(setting: LanguageSetting, browserLang?: () => LibraryLang): LibraryLang {
  return browserLang ? resolveLanguage(setting, browserLang) : resolveLanguage(setting);
}

/** For the parity test: both tables have exactly the same keys. */
export function stringKeys(lang: LibraryLang): string[] {
  return Object.keys(TABLES[lang]);
}
