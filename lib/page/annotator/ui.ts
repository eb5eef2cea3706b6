/**
 * The annotator's on-page controls — selection toolbar, note editor, note popover — in one host
 * element with a closed Shadow DOM root: page CSS cannot restyle them and their CSS cannot reach
 * the page, and page scripts (archived JavaScript on web.archive.org captures included) cannot
 * reach them: `host.shadowRoot` is null, so a note being shown or typed cannot be read and a
 * button cannot be `.click()`ed from the page. Events a script makes up are ignored anyway
 * (`isTrusted` is false for them, and a script cannot forge it); only the reader's own input acts.
 * Plain DOM, not Preact, to keep the content script small. The host is absolutely positioned at
 * the document origin with no size, so the page's layout never moves; controls are placed in
 * document coordinates and scroll with it.
 */
import { HIGHLIGHT_COLORS, type HighlightColor } from '../../annotate/highlight-style';
import { UI_HOST_ATTRIBUTE } from '../../annotate/text-map';
import type { UiStrings } from './strings';

export interface UiActions {
  highlight(color: HighlightColor): void;
  addNote(): void;
  saveNote(text: string): void;
  editNote(): void;
  remove(): void;
  /** Escape inside the UI, or Cancel in the editor. */
  dismiss(): void;
  /** The pointer entered or left the popover: keep it open while it is being used. */
  popoverHover(inside: boolean): void;
}

/** A viewport rectangle (what getBoundingClientRect returns). */
export type Box = Pick<DOMRect, 'left' | 'top' | 'right' | 'bottom'>;

const SWATCH: Record<HighlightColor, string> = {
  yellow: '#ffd600',
  green: '#2ecc71',
  blue: '#3498db',
  pink: '#ff69b4',
};

const STYLE = `
:host { all: initial; }
.panel {
  position: absolute; box-sizing: border-box; display: flex; gap: 4px; align-items: center;
  padding: 4px; border-radius: 8px; background: #1f1f1f; color: #fff; z-index: 1;
  font: 14px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  box-shadow: 0 2px 10px rgb(0 0 0 / 0.3);
  /* The host has no width, so without this the panel would shrink to its narrowest. */
  width: max-content; max-width: min(90vw, 420px); flex-wrap: wrap;
}
.panel[hidden] { display: none; }
.column { flex-direction: column; align-items: stretch; width: 300px; padding: 8px; gap: 6px; }
button {
  all: unset; box-sizing: border-box; cursor: pointer; border-radius: 6px; padding: 4px 8px;
  color: #fff; font: inherit; line-height: 1.4; white-space: nowrap;
}
button:hover { background: rgb(255 255 255 / 0.15); }
button:focus-visible { outline: 2px solid #8ab4f8; outline-offset: 1px; }
.swatch { width: 22px; height: 22px; padding: 0; border-radius: 50%; border: 2px solid rgb(255 255 255 / 0.7); }
.row { display: flex; gap: 4px; justify-content: flex-end; }
.primary { background: #b3261e; }
.primary:hover { background: #d13a30; }
textarea {
  box-sizing: border-box; width: 100%; min-height: 80px; resize: vertical; padding: 6px;
  border-radius: 6px; border: 1px solid #888; background: #fff; color: #111; font: inherit;
}
.note { margin: 0; white-space: pre-wrap; overflow-wrap: anywhere; max-height: 200px; overflow: auto; }
.muted { opacity: 0.7; font-style: italic; }
.error { margin: 0; width: 100%; color: #ffb4ab; white-space: normal; overflow-wrap: anywhere; }
`;

/** Gap between a passage and the control placed next to it. */
const GAP = 8;

export class AnnotatorUi {
  readonly host: HTMLElement;
  /**
   * The closed root, reachable only through this reference. The object lives in the content
   * script's isolated world, which page scripts cannot see into, so holding it here exposes
   * nothing; the unit tests use it to reach the controls.
   */
  readonly root: ShadowRoot;
  private readonly toolbar: HTMLElement;
  private readonly editor: HTMLElement;
  private readonly input: HTMLTextAreaElement;
  private readonly popover: HTMLElement;
  private readonly noteText: HTMLElement;
  /** The one error message, shown in whichever control is open (role="alert" announces it). */
  private readonly alert: HTMLElement;
  /** Where each control was last placed, to place it again when an error makes it taller. */
  private readonly placedAt = new Map<HTMLElement, [Box, 'above' | 'below']>();

  constructor(
    private readonly doc: Document,
    private readonly strings: UiStrings,
    private readonly actions: UiActions,
  ) {
    this.host = doc.createElement('cpv-reader-annotator');
    this.host.setAttribute(UI_HOST_ATTRIBUTE, '');
    this.host.style.cssText = 'position:absolute;top:0;left:0;width:0;height:0;z-index:2147483647;';
    this.root = this.host.attachShadow({ mode: 'closed' });
    const style = doc.createElement('style');
    style.textContent = STYLE;

    this.toolbar = this.panel('toolbar', strings.toolbar);
    for (const color of HIGHLIGHT_COLORS) {
      const b = this.button(`cpv-hl-${color}`, '', () => actions.highlight(color));
      b.className = 'swatch';
      b.style.background = SWATCH[color];
      b.setAttribute('aria-label', strings.colors[color]);
      b.title = strings.colors[color];
    }
    this.button('cpv-add-note', strings.addNote, () => actions.addNote(), this.toolbar);

    this.editor = this.panel('dialog', strings.noteLabel);
    this.editor.classList.add('column');
    this.input = doc.createElement('textarea');
    this.input.dataset.testid = 'cpv-note-input';
    this.input.setAttribute('aria-label', strings.noteLabel);
    this.editor.append(this.input);
    const editorRow = this.row(this.editor);
    this.button('cpv-note-cancel', strings.cancel, () => actions.dismiss(), editorRow);
    this.button(
      'cpv-note-save',
      strings.save,
      () => actions.saveNote(this.input.value),
      editorRow,
    ).className = 'primary';

    this.popover = this.panel('group', strings.highlight);
    this.popover.classList.add('column');
    this.noteText = doc.createElement('p');
    this.noteText.className = 'note';
    this.noteText.dataset.testid = 'cpv-note-text';
    this.popover.append(this.noteText);
    const popoverRow = this.row(this.popover);
    this.button('cpv-note-edit', strings.edit, () => actions.editNote(), popoverRow);
    this.button('cpv-note-delete', strings.remove, () => actions.remove(), popoverRow);
    this.popover.addEventListener('mouseenter', () => actions.popoverHover(true));
    this.popover.addEventListener('mouseleave', () => actions.popoverHover(false));

    this.alert = doc.createElement('p');
    this.alert.className = 'error';
    this.alert.dataset.testid = 'cpv-error';
    this.alert.setAttribute('role', 'alert');

    this.root.append(style, this.toolbar, this.editor, this.popover);
    this.root.addEventListener('keydown', (e) => this.onKeydown(e as KeyboardEvent));
  }

  /** Attaches the host; kept out of the constructor so callers decide where it goes. */
  mount(parent: Element): void {
    if (!this.host.isConnected) parent.append(this.host);
  }

  get toolbarOpen(): boolean {
    return !this.toolbar.hidden;
  }

  get editorOpen(): boolean {
    return !this.editor.hidden;
  }

  get popoverOpen(): boolean {
    return !this.popover.hidden;
  }

  /** Whether keyboard focus is in our controls (the page sees only the host as focused). */
  get focused(): boolean {
    return this.doc.activeElement === this.host;
  }

  showToolbar(box: Box): void {
    this.hidePopover();
    this.place(this.toolbar, box, 'above');
  }

  focusToolbar(): void {
    this.toolbar.querySelector('button')?.focus();
  }

  focusPopover(): void {
    if (this.popoverOpen) this.popover.querySelector('button')?.focus();
  }

  /** Gives focus back to the page. */
  blur(): void {
    (this.root.activeElement as HTMLElement | null)?.blur();
  }

  openEditor(box: Box, text: string): void {
    this.hideToolbar();
    this.hidePopover();
    this.input.value = text;
    this.place(this.editor, box, 'below');
    this.input.focus();
  }

  showPopover(box: Box, note: string): void {
    if (this.editorOpen) return;
    this.noteText.textContent = note || this.strings.noNote;
    this.noteText.classList.toggle('muted', !note);
    this.place(this.popover, box, 'below');
  }

  hideToolbar(): void {
    this.hide(this.toolbar);
  }

  hidePopover(): void {
    this.hide(this.popover);
  }

  closeEditor(): void {
    this.hide(this.editor);
  }

  /** The error shown, or null. */
  get error(): string | null {
    return this.alert.isConnected ? this.alert.textContent : null;
  }

  /**
   * Says in the open control (the editor, else the popover, else the toolbar) why an action
   * failed; the control stays open so the reader can try again.
   */
  showError(message: string): void {
    const panel = [this.editor, this.popover, this.toolbar].find((p) => !p.hidden);
    if (!panel) return;
    this.alert.textContent = message;
    panel.append(this.alert);
    const at = this.placedAt.get(panel);
    if (at) this.place(panel, ...at);
  }

  clearError(): void {
    this.alert.remove();
  }

  hideAll(): void {
    this.hideToolbar();
    this.hidePopover();
    this.closeEditor();
  }

  private hide(panel: HTMLElement): void {
    panel.hidden = true;
    if (this.alert.parentNode === panel) this.clearError();
  }

  private panel(role: string, label: string): HTMLElement {
    const el = this.doc.createElement('div');
    el.className = 'panel';
    el.setAttribute('role', role);
    el.setAttribute('aria-label', label);
    el.hidden = true;
    return el;
  }

  private row(parent: HTMLElement): HTMLElement {
    const el = this.doc.createElement('div');
    el.className = 'row';
    parent.append(el);
    return el;
  }

  private button(testid: string, label: string, run: () => void, parent = this.toolbar): HTMLButtonElement {
    const b = this.doc.createElement('button');
    b.type = 'button';
    b.dataset.testid = testid;
    b.textContent = label;
    // Pressing a button must not collapse the page selection it acts on.
    b.addEventListener('mousedown', (e) => e.preventDefault());
    b.addEventListener('click', (e) => {
      e.stopPropagation();
      // A click a script made up (`dispatchEvent`, `.click()`) is not the reader's.
      if (e.isTrusted) run();
    });
    parent.append(b);
    return b;
  }

  private onKeydown(e: KeyboardEvent): void {
    // Keys typed into our controls are ours: page shortcuts must not fire while writing a note.
    e.stopPropagation();
    if (!e.isTrusted) return;
    if (e.key === 'Escape') {
      e.preventDefault();
      this.actions.dismiss();
    } else if (e.key === 'Enter' && (e.ctrlKey || e.metaKey) && this.editorOpen) {
      e.preventDefault();
      this.actions.saveNote(this.input.value);
    } else if ((e.key === 'ArrowRight' || e.key === 'ArrowLeft') && this.toolbarOpen) {
      this.moveFocus(e.key === 'ArrowRight' ? 1 : -1);
    }
  }

  /** Arrow keys walk the toolbar's buttons, as in any toolbar. */
  private moveFocus(step: number): void {
    const buttons = [...this.toolbar.querySelectorAll('button')];
    const at = buttons.indexOf(this.root.activeElement as HTMLButtonElement);
    if (at === -1) return;
    buttons[(at + step + buttons.length) % buttons.length]?.focus();
  }

  /** Puts a control above or below a viewport box, in document coordinates, kept on screen. */
  private place(el: HTMLElement, box: Box, side: 'above' | 'below'): void {
    this.placedAt.set(el, [box, side]);
    el.hidden = false;
    const view = this.doc.defaultView;
    const sx = view?.scrollX ?? 0;
    const sy = view?.scrollY ?? 0;
    const width = el.offsetWidth;
    const height = el.offsetHeight;
    const viewWidth = this.doc.documentElement.clientWidth || view?.innerWidth || 0;
    const left = Math.max(4, Math.min(box.left, viewWidth - width - 4));
    const fitsAbove = box.top - height - GAP >= 0;
    const top = side === 'above' && fitsAbove ? box.top - height - GAP : box.bottom + GAP;
    el.style.left = `${left + sx}px`;
    el.style.top = `${top + sy}px`;
  }
}
