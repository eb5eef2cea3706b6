/**
 * The few words the on-page UI shows. Kept here rather than read from the locale JSON files,
 * because importing those would put every string of the extension into the content script.
 */
import type { HighlightColor } from '../../annotate/highlight-style';

export interface UiStrings {
  toolbar: string;
  colors: Record<HighlightColor, string>;
  addNote: string;
  noteLabel: string;
  save: string;
  cancel: string;
  edit: string;
  remove: string;
  /** Accessible name of a highlight that has no note. */
  highlight: string;
  /**
   * Accessible name of a highlight with a note. The note itself is read from the popover
   * (inside our closed root): a label on the mark would hand it to the page's scripts.
   */
  highlightWithNote: string;
  noNote: string;
  /** Why an action failed, followed by the reason the background gave, or by `retry`. */
  failed: Record<'highlight' | 'note' | 'remove', string>;
  retry: string;
}

const EN: UiStrings = {
  toolbar: 'CPV Reader highlight',
  colors: {
    yellow: 'Highlight in yellow',
    green: 'Highlight in green',
    blue: 'Highlight in blue',
    pink: 'Highlight in pink',
  },
  addNote: 'Add note',
  noteLabel: 'Note on the highlighted passage',
  save: 'Save',
  cancel: 'Cancel',
  edit: 'Edit note',
  remove: 'Delete highlight',
  highlight: 'Highlighted passage',
  highlightWithNote: 'Highlighted passage with a note',
  noNote: 'No note yet.',
  failed: {
    highlight: 'The highlight was not saved.',
    note: 'The note was not saved.',
    remove: 'The highlight was not deleted.',
  },
  retry: 'Please try again.',
};

const VI: UiStrings = {
  toolbar: 'Đánh dấu của CPV Reader',
  colors: {
    yellow: 'Tô màu vàng',
    green: 'Tô màu xanh lá',
    blue: 'Tô màu xanh dương',
    pink: 'Tô màu hồng',
  },
  addNote: 'Thêm ghi chú',
  noteLabel: 'Ghi chú cho đoạn đánh dấu',
  save: 'Lưu',
  cancel: 'Hủy',
  edit: 'Sửa ghi chú',
  remove: 'Xóa đánh dấu',
  highlight: 'Đoạn đã đánh dấu',
  highlightWithNote: 'Đoạn đã đánh dấu, có ghi chú',
  noNote: 'Chưa có ghi chú.',
  failed: {
    highlight: 'Chưa lưu được đánh dấu.',
    note: 'Chưa lưu được ghi chú.',
    remove: 'Chưa xóa được đánh dấu.',
  },
  retry: 'Vui lòng thử lại.',
};

/** Vietnamese for a `vi` browser, English otherwise. */
export function uiStrings(language: string | undefined): UiStrings {
  return language?.toLowerCase().startsWith('vi') ? VI : EN;
}
