import { Window } from 'happy-dom';
import { describe, expect, it, vi } from 'vitest';
import { startAnnotator } from '../../../lib/page/annotator';
import { uiStrings } from '../../../lib/page/annotator/strings';
import { AnnotatorUi, type UiActions } from '../../../lib/page/annotator/ui';
import { articleOf, FakeBackground, parse } from './helpers';

const BOX = { left: 100, top: 200, right: 300, bottom: 220 };

function actions(): UiActions {
  return {
    highlight: vi.fn(),
    addNote: vi.fn(),
    saveNote: vi.fn(),
    editNote: vi.fn(),
    remove: vi.fn(),
    dismiss: vi.fn(),
    popoverHover: vi.fn(),
  };
}

function mounted(language: string) {
  const doc = parse('<!doctype html><html><head></head><body><button>page button</button></body></html>');
  const acts = actions();
  const ui = new AnnotatorUi(doc, uiStrings(language), acts);
  ui.mount(doc.documentElement);
  return { doc, ui, acts, $: (id: string) => ui.root.querySelector<HTMLElement>(`[data-testid="${id}"]`)! };
}

describe('the toolbar', () => {
  it('lives in an open shadow root of a host the text map and the page leave alone', () => {
    const { doc, ui, $ } = mounted('en-US');
    expect(ui.host.shadowRoot).toBe(ui.root);
    expect(ui.host.hasAttribute('data-cpv-reader-ui')).toBe(true);
    expect(ui.host.style.position).toBe('absolute');
    expect(ui.host.style.width).toBe('0px');
    // Encapsulated: the page's own queries do not see our buttons, nor our CSS.
    expect(doc.querySelectorAll('button')).toHaveLength(1);
    expect(doc.querySelectorAll('style')).toHaveLength(0);
    expect(ui.root.querySelector('style')!.textContent).toContain(':host { all: initial; }');
    expect($('cpv-hl-yellow')).not.toBeNull();
  });

  it('shows four colour buttons and "add note", labelled in English for an English browser', () => {
    const { ui, $ } = mounted('en-GB');
    ui.showToolbar(BOX);
    expect(ui.toolbarOpen).toBe(true);
    const toolbar = ui.root.querySelector('[role="toolbar"]')!;
    expect(toolbar.hasAttribute('hidden')).toBe(false);
    const labels = ['yellow', 'green', 'blue', 'pink'].map((c) =>
      $(`cpv-hl-${c}`).getAttribute('aria-label'),
    );
    expect(labels).toEqual([
      'Highlight in yellow',
      'Highlight in green',
      'Highlight in blue',
      'Highlight in pink',
    ]);
    expect($('cpv-add-note').textContent).toBe('Add note');
    expect([...toolbar.querySelectorAll('button')].every((b) => b.tagName === 'BUTTON')).toBe(true);
  });

  it('speaks Vietnamese to a Vietnamese browser', () => {
    const { $ } = mounted('vi-VN');
    expect($('cpv-hl-yellow').getAttribute('aria-label')).toBe('Tô màu vàng');
    expect($('cpv-add-note').textContent).toBe('Thêm ghi chú');
    expect($('cpv-note-save').textContent).toBe('Lưu');
    expect($('cpv-note-delete').textContent).toBe('Xóa đánh dấu');
  });

  it('reports clicks and keys to its actions, and keeps keys from the page', () => {
    const { doc, ui, acts, $ } = mounted('en');
    ui.showToolbar(BOX);
    $('cpv-hl-pink').click();
    expect(acts.highlight).toHaveBeenCalledWith('pink');
    $('cpv-add-note').click();
    expect(acts.addNote).toHaveBeenCalled();

    const pageKeys = vi.fn();
    doc.addEventListener('keydown', pageKeys);
    $('cpv-hl-yellow').dispatchEvent(
      new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }),
    );
    expect(acts.dismiss).toHaveBeenCalled();
    expect(pageKeys).not.toHaveBeenCalled();
  });

  it('opens the note editor with the text to edit and saves what was typed', () => {
    const { ui, acts, $ } = mounted('en');
    ui.openEditor(BOX, 'cũ');
    expect(ui.editorOpen).toBe(true);
    const input = $('cpv-note-input') as HTMLTextAreaElement;
    expect(input.value).toBe('cũ');
    input.value = 'Ghi chú mới';
    $('cpv-note-save').click();
    expect(acts.saveNote).toHaveBeenCalledWith('Ghi chú mới');
  });

  it('shows a note in the popover, or says there is none', () => {
    const { ui, $ } = mounted('en');
    ui.showPopover(BOX, 'Một ghi chú');
    expect($('cpv-note-text').textContent).toBe('Một ghi chú');
    ui.showPopover(BOX, '');
    expect($('cpv-note-text').textContent).toBe('No note yet.');
    expect($('cpv-note-edit')).not.toBeNull();
  });
});

describe('the toolbar on a page', () => {
  const P1 =
    'Chiều 28/12, tại Hà Nội, Văn phòng Trung ương Đảng tổ chức Hội nghị tổng kết công tác năm 2023.';
  const P2 =
    'Hội nghị đã thống nhất cao với báo cáo của Ủy ban, đồng thời đề ra các nhiệm vụ trọng tâm cho năm 2024.';

  function start() {
    // A window of its own: selections need a live document, and listeners must not outlive the test.
    const win = new Window({ url: 'https://dangcongsan.vn/thoi-su/bai-viet-1.html' });
    const doc = win.document as unknown as Document;
    doc.body.innerHTML = `<div class="post"><p>${P1}</p><p>${P2}</p></div><p>Ngoài bài viết, một đoạn.</p>`;
    const bg = new FakeBackground();
    const annotator = startAnnotator({
      doc,
      send: bg.send,
      language: 'vi',
      state: {
        kind: 'article',
        url: 'https://dangcongsan.vn/thoi-su/bai-viet-1.html',
        detection: { isArticle: true, template: 'portal', reason: 'test' },
        article: articleOf([P1, P2]),
        extractMs: 1,
      },
    });
    const select = (el: Element, phrase: string) => {
      const text = el.firstChild as Text;
      const at = text.data.indexOf(phrase);
      const range = doc.createRange();
      range.setStart(text, at);
      range.setEnd(text, at + phrase.length);
      doc.getSelection()!.removeAllRanges();
      doc.getSelection()!.addRange(range);
      annotator.interaction!.refresh();
    };
    return { doc, win, bg, annotator, ui: annotator.interaction!.ui, select };
  }

  it('appears for a selection in the body, not for one elsewhere, and highlights it', async () => {
    const { doc, bg, annotator, ui, select } = start();
    await annotator.counts();
    select(doc.querySelectorAll('p')[2]!, 'Ngoài bài viết');
    expect(ui.toolbarOpen).toBe(false);
    select(doc.querySelectorAll('p')[1]!, 'thống nhất cao');
    expect(ui.toolbarOpen).toBe(true);

    await annotator.interaction!.highlight('blue');
    const mark = doc.querySelector('mark[data-cpv-highlight]')!;
    expect(mark.textContent).toBe('thống nhất cao');
    expect(bg.annotations[0]!.color).toBe('blue');
    expect(ui.toolbarOpen).toBe(false);
    expect(await annotator.counts()).toEqual({ total: 1, anchored: 1, orphans: 0 });
  });

  it('adds a note to a new selection, highlighting it in the default colour', async () => {
    const { doc, bg, annotator, select } = start();
    select(doc.querySelectorAll('p')[0]!, 'Văn phòng Trung ương Đảng');
    annotator.interaction!.addNote();
    await annotator.interaction!.saveNote('  Cơ quan tham mưu  ');
    expect(bg.annotations[0]).toMatchObject({ color: 'yellow', note: 'Cơ quan tham mưu' });
    expect(doc.querySelector('mark')!.getAttribute('aria-label')).toBe('Cơ quan tham mưu');
  });

  it('highlights with Alt+Shift+H', async () => {
    const { doc, win, bg, select } = start();
    select(doc.querySelectorAll('p')[1]!, 'nhiệm vụ trọng tâm');
    doc.dispatchEvent(
      new win.KeyboardEvent('keydown', {
        key: 'Ĥ',
        code: 'KeyH',
        altKey: true,
        shiftKey: true,
        bubbles: true,
      }) as unknown as Event,
    );
    await vi.waitFor(() => expect(doc.querySelector('mark')?.textContent).toBe('nhiệm vụ trọng tâm'));
    expect(bg.annotations[0]!.color).toBe('yellow');
  });
});
