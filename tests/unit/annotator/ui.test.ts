import { Window } from 'happy-dom';
import { describe, expect, it, vi } from 'vitest';
import { MessageError } from '../../../lib/messaging/client';
import { startAnnotator } from '../../../lib/page/annotator';
import { uiStrings } from '../../../lib/page/annotator/strings';
import { AnnotatorUi, type UiActions } from '../../../lib/page/annotator/ui';
import { articleOf, FakeBackground, parse, press, trusted } from './helpers';

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
  it('lives in a closed shadow root of a host the text map and the page leave alone', () => {
    const { doc, ui, $ } = mounted('en-US');
    // Closed: page scripts cannot reach the controls, nor read a note shown or typed in them.
    expect(ui.host.shadowRoot).toBeNull();
    expect(ui.root.mode).toBe('closed');
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
    press($('cpv-hl-pink'));
    expect(acts.highlight).toHaveBeenCalledWith('pink');
    press($('cpv-add-note'));
    expect(acts.addNote).toHaveBeenCalled();

    const pageKeys = vi.fn();
    doc.addEventListener('keydown', pageKeys);
    $('cpv-hl-yellow').dispatchEvent(
      trusted(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true })),
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
    press($('cpv-note-save'));
    expect(acts.saveNote).toHaveBeenCalledWith('Ghi chú mới');
  });

  it('ignores clicks and keys that a script made up', () => {
    const { doc, ui, acts, $ } = mounted('en');
    ui.showToolbar(BOX);
    $('cpv-hl-pink').click();
    $('cpv-add-note').dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    ui.hideToolbar();
    ui.openEditor(BOX, 'riêng tư');
    $('cpv-note-save').click();
    $('cpv-note-input').dispatchEvent(
      new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true, composed: true }),
    );
    $('cpv-note-cancel').click();
    ui.closeEditor();
    ui.showPopover(BOX, 'Một ghi chú');
    $('cpv-note-edit').click();
    $('cpv-note-delete').click();
    $('cpv-note-delete').dispatchEvent(
      new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }),
    );
    for (const action of Object.values(acts)) expect(action).not.toHaveBeenCalled();
    // Still the controls' own keys: the page does not see them either way.
    const pageKeys = vi.fn();
    doc.addEventListener('keydown', pageKeys);
    $('cpv-note-edit').dispatchEvent(
      new KeyboardEvent('keydown', { key: 'a', bubbles: true, composed: true }),
    );
    expect(pageKeys).not.toHaveBeenCalled();
  });

  it('shows an error as an alert in the open control, until that control closes', () => {
    const { ui, $ } = mounted('en');
    ui.showError('nowhere to show it');
    expect(ui.error).toBeNull();
    ui.showToolbar(BOX);
    ui.showError('The highlight was not saved. No room.');
    const alert = $('cpv-error');
    expect(alert.getAttribute('role')).toBe('alert');
    expect(alert.textContent).toBe('The highlight was not saved. No room.');
    expect(alert.parentElement!.getAttribute('role')).toBe('toolbar');
    expect(ui.error).toBe('The highlight was not saved. No room.');
    ui.hideToolbar();
    expect(ui.error).toBeNull();

    ui.openEditor(BOX, 'cũ');
    ui.showError('The note was not saved.');
    expect($('cpv-error').parentElement!.getAttribute('role')).toBe('dialog');
    ui.clearError();
    expect(ui.error).toBeNull();
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
    expect(doc.querySelector('mark')!.getAttribute('aria-label')).toBe('Đoạn đã đánh dấu, có ghi chú');
  });

  it('highlights with Alt+Shift+H', async () => {
    const { doc, win, bg, select } = start();
    select(doc.querySelectorAll('p')[1]!, 'nhiệm vụ trọng tâm');
    const shortcut = () =>
      new win.KeyboardEvent('keydown', {
        key: 'Ĥ',
        code: 'KeyH',
        altKey: true,
        shiftKey: true,
        bubbles: true,
      }) as unknown as Event;
    // A page script pressing the shortcut does nothing.
    doc.dispatchEvent(shortcut());
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(bg.requests.filter((r) => r.type === 'annotations/add')).toHaveLength(0);

    doc.dispatchEvent(trusted(shortcut()));
    await vi.waitFor(() => expect(doc.querySelector('mark')?.textContent).toBe('nhiệm vụ trọng tâm'));
    expect(bg.annotations[0]!.color).toBe('yellow');
  });

  it('does nothing for untrusted synthetic clicks on the toolbar', async () => {
    const { doc, bg, annotator, ui, select } = start();
    await annotator.counts();
    select(doc.querySelectorAll('p')[1]!, 'thống nhất cao');
    expect(ui.toolbarOpen).toBe(true);
    const $ = (id: string) => ui.root.querySelector<HTMLElement>(`[data-testid="${id}"]`)!;
    $('cpv-hl-green').click();
    $('cpv-add-note').click();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(bg.requests.filter((r) => r.type !== 'annotations/for-page')).toHaveLength(0);
    expect(ui.editorOpen).toBe(false);
    expect(doc.querySelector('mark')).toBeNull();

    press($('cpv-hl-green'));
    await vi.waitFor(() => expect(doc.querySelector('mark')?.textContent).toBe('thống nhất cao'));
  });

  it('says why a highlight was not saved, in the toolbar, and keeps the selection for a retry', async () => {
    const { doc, bg, annotator, ui, select } = start();
    await annotator.counts();
    const quota = 'The browser has no room left for CPV Reader’s library. Nothing was changed.';
    bg.refuse = new MessageError(quota, 'quota');
    const log = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    select(doc.querySelectorAll('p')[1]!, 'thống nhất cao');
    const $ = (id: string) => ui.root.querySelector<HTMLElement>(`[data-testid="${id}"]`)!;
    press($('cpv-hl-blue'));

    await vi.waitFor(() => expect(ui.error).toBe(`Chưa lưu được đánh dấu. ${quota}`));
    expect($('cpv-error').getAttribute('role')).toBe('alert');
    expect($('cpv-error').parentElement!.getAttribute('role')).toBe('toolbar');
    expect(ui.toolbarOpen).toBe(true);
    expect(doc.querySelector('mark')).toBeNull();
    expect(doc.getSelection()!.toString()).toBe('thống nhất cao');
    // The selection settling again (a key released) leaves the message up.
    annotator.interaction!.refresh();
    expect(ui.error).not.toBeNull();
    expect(log).not.toHaveBeenCalled();

    // Room was made: the same toolbar button now works, and the message goes.
    bg.refuse = null;
    press($('cpv-hl-blue'));
    await vi.waitFor(() => expect(doc.querySelector('mark')?.textContent).toBe('thống nhất cao'));
    expect(bg.annotations[0]!.color).toBe('blue');
    expect(ui.error).toBeNull();
    log.mockRestore();
  });

  it('says why the shortcut, a note or a deletion failed', async () => {
    const { doc, win, bg, annotator, ui, select } = start();
    await annotator.counts();
    bg.refuse = new MessageError('No room left.', 'quota');
    select(doc.querySelectorAll('p')[0]!, 'Văn phòng Trung ương Đảng');
    ui.hideToolbar();
    doc.dispatchEvent(
      trusted(
        new win.KeyboardEvent('keydown', {
          code: 'KeyH',
          altKey: true,
          shiftKey: true,
          bubbles: true,
        }) as unknown as Event,
      ),
    );
    await vi.waitFor(() => expect(ui.error).toBe('Chưa lưu được đánh dấu. No room left.'));
    expect(ui.toolbarOpen).toBe(true);

    annotator.interaction!.addNote();
    expect(ui.error).toBeNull();
    await annotator.interaction!.saveNote('Cơ quan tham mưu');
    expect(ui.error).toBe('Chưa lưu được ghi chú. No room left.');
    expect(ui.editorOpen).toBe(true);

    bg.refuse = null;
    await annotator.interaction!.saveNote('Cơ quan tham mưu');
    expect(ui.editorOpen).toBe(false);
    const mark = doc.querySelector<HTMLElement>('mark')!;
    mark.dispatchEvent(new win.Event('focusin', { bubbles: true }) as unknown as Event);
    expect(ui.popoverOpen).toBe(true);
    bg.refuse = new MessageError('That annotation no longer exists.', 'not-found');
    await annotator.interaction!.remove();
    expect(ui.error).toBe('Chưa xóa được đánh dấu. That annotation no longer exists.');
    expect(doc.querySelector('mark')).not.toBeNull();
  });

  it('asks for a retry, without internals, when the failure is not a refusal', async () => {
    const { doc, bg, annotator, ui, select } = start();
    await annotator.counts();
    bg.refuse = new TypeError('x is undefined');
    select(doc.querySelectorAll('p')[1]!, 'thống nhất cao');
    await expect(annotator.interaction!.highlight('green')).rejects.toThrow('x is undefined');
    expect(ui.error).toBe('Chưa lưu được đánh dấu. Vui lòng thử lại.');
  });
});
