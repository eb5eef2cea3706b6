/**
 * Connects the reader's gestures to the controller: a selection in the article body opens the
 * toolbar, a highlight under the pointer or the keyboard focus opens its note. Keys handled on
 * the page: Alt+Shift+H highlights the selection in yellow; Tab while the toolbar is open moves
 * into it (the host sits at the end of the document, far from the selection in tab order);
 * Enter on a focused highlight moves into its note; Escape closes whatever is open. Keys a page
 * script makes up (`isTrusted` false) are ignored. When the store refuses a change (its storage
 * is full, say), the open control says so with the background's reason, and the selection or
 * the note being written is kept so the reader can try again.
 */
import type { HighlightColor } from '../../annotate/highlight-style';
import type { Selectors } from '../../annotate/selectors';
import { MessageError } from '../../messaging/client';
import type { AnnotationController } from './controller';
import type { UiStrings } from './strings';
import { AnnotatorUi, type Box } from './ui';

/** Selections settle over several events (drag, Shift+arrows); act once they stop. */
const SETTLE_MS = 120;
/** Time to move the pointer from a highlight onto its popover before it closes. */
const POPOVER_GRACE_MS = 300;

const DEFAULT_COLOR: HighlightColor = 'yellow';

interface Target {
  selectors: Selectors;
  box: Box;
}

/** Runs a handler without ever letting an error escape into the page. */
export type Guard = <A extends unknown[]>(fn: (...args: A) => unknown) => (...args: A) => void;

export class Interaction {
  readonly ui: AnnotatorUi;
  /** The selection the toolbar was opened for; kept because focusing the toolbar may move it. */
  private pending: Target | null = null;
  /** What the note editor saves to: an existing highlight, or a new one at `selectors`. */
  private editing: { id: string } | { selectors: Selectors } | null = null;
  /** The highlight whose popover is open. */
  private shown: string | null = null;
  private overPopover = false;
  private pointerDown = false;
  private busy = false;
  private settleTimer = 0;
  private hideTimer = 0;

  constructor(
    private readonly doc: Document,
    private readonly controller: AnnotationController,
    private readonly strings: UiStrings,
    private readonly guard: Guard,
  ) {
    this.ui = new AnnotatorUi(doc, strings, {
      highlight: guard((color: HighlightColor) => this.highlight(color)),
      addNote: guard(() => this.addNote()),
      saveNote: guard((text: string) => this.saveNote(text)),
      editNote: guard(() => this.editNote()),
      remove: guard(() => this.remove()),
      dismiss: guard(() => this.dismiss()),
      popoverHover: (inside: boolean) => {
        this.overPopover = inside;
        if (inside) this.cancelHide();
        else this.scheduleHide();
      },
    });
  }

  attach(): void {
    const doc = this.doc;
    const root = this.controller.root;
    const g = this.guard;
    doc.addEventListener(
      'selectionchange',
      g(() => this.settle()),
    );
    doc.addEventListener(
      'mousedown',
      g((e: MouseEvent) => this.onPointer(e, true)),
      true,
    );
    doc.addEventListener(
      'mouseup',
      g((e: MouseEvent) => this.onPointer(e, false)),
      true,
    );
    doc.addEventListener(
      'keyup',
      g(() => this.settle()),
    );
    doc.addEventListener(
      'keydown',
      g((e: KeyboardEvent) => this.onKeydown(e)),
    );
    root.addEventListener(
      'mouseover',
      g((e: Event) => this.onOver(e.target, (e as MouseEvent).buttons === 0)),
    );
    root.addEventListener(
      'mouseout',
      g((e: Event) => this.onOut(e.target)),
    );
    root.addEventListener(
      'focusin',
      g((e: Event) => this.onOver(e.target, true)),
    );
    root.addEventListener(
      'focusout',
      g((e: Event) => this.onOut(e.target)),
    );
  }

  /** Re-reads the selection now (tests call this instead of waiting for the debounce). */
  refresh(): void {
    if (this.ui.focused || this.ui.editorOpen || this.pointerDown) return;
    const before = this.pending;
    this.pending = this.readSelection();
    if (this.pending) {
      // A failure stays on screen while its selection does: the reader may retry.
      if (!samePlace(before, this.pending)) this.ui.clearError();
      this.ui.showToolbar(this.pending.box);
    } else {
      this.ui.hideToolbar();
    }
  }

  async highlight(color: HighlightColor, target = this.pending ?? this.readSelection()): Promise<void> {
    if (!target || this.busy) return;
    const fromKeyboard = this.ui.focused;
    this.busy = true;
    this.ui.clearError();
    try {
      const annotation = await this.controller.add(target.selectors, color);
      this.finish(fromKeyboard ? annotation.id : null);
    } catch (error) {
      this.pending = target;
      if (!this.ui.toolbarOpen) this.ui.showToolbar(target.box);
      this.fail('highlight', error);
    } finally {
      this.busy = false;
    }
  }

  addNote(): void {
    const target = this.pending ?? this.readSelection();
    if (!target) return;
    this.editing = { selectors: target.selectors };
    this.ui.openEditor(target.box, '');
  }

  async saveNote(text: string): Promise<void> {
    const editing = this.editing;
    if (!editing || this.busy) return;
    const note = text.trim();
    this.busy = true;
    this.ui.clearError();
    try {
      const id =
        'id' in editing
          ? (await this.controller.setNote(editing.id, note)).id
          : (await this.controller.add(editing.selectors, DEFAULT_COLOR, note)).id;
      this.editing = null;
      this.ui.closeEditor();
      this.finish(id);
    } catch (error) {
      this.fail('note', error);
    } finally {
      this.busy = false;
    }
  }

  editNote(): void {
    const id = this.shown;
    const mark = id && this.controller.firstMark(id);
    if (!id || !mark) return;
    this.editing = { id };
    this.ui.openEditor(mark.getBoundingClientRect(), this.controller.get(id)?.note ?? '');
  }

  async remove(): Promise<void> {
    const id = this.shown;
    if (!id || this.busy) return;
    this.busy = true;
    this.ui.clearError();
    try {
      await this.controller.remove(id);
      this.shown = null;
      this.ui.hideAll();
    } catch (error) {
      this.fail('remove', error);
    } finally {
      this.busy = false;
    }
  }

  dismiss(): void {
    const returnTo = this.editing && 'id' in this.editing ? this.controller.firstMark(this.editing.id) : null;
    const hadFocus = this.ui.focused;
    this.editing = null;
    this.pending = null;
    this.shown = null;
    this.ui.hideAll();
    if (returnTo && hadFocus) returnTo.focus();
    else if (hadFocus) this.ui.blur();
  }

  /**
   * Tells the reader that an action failed. The background's refusal (a MessageError) carries a
   * message written for the reader, such as the store's "no room left"; anything else is our
   * bug, so the reader is asked to retry and the error goes on to the guard's log.
   */
  private fail(action: keyof UiStrings['failed'], error: unknown): void {
    const refused = error instanceof MessageError;
    this.ui.showError(`${this.strings.failed[action]} ${refused ? error.message : this.strings.retry}`);
    if (!refused) throw error;
  }

  /** After a highlight or note is saved: clear the used selection, keep the keyboard user placed. */
  private finish(focusId: string | null): void {
    this.pending = null;
    this.doc.getSelection()?.removeAllRanges();
    this.ui.hideToolbar();
    if (focusId) this.controller.firstMark(focusId)?.focus();
  }

  private readSelection(): Target | null {
    const selection = this.doc.getSelection();
    if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
    const range = selection.getRangeAt(0);
    const selectors = this.controller.describe(range);
    return selectors ? { selectors, box: boxOf(range, this.controller.root) } : null;
  }

  private settle(): void {
    window.clearTimeout(this.settleTimer);
    this.settleTimer = window.setTimeout(
      this.guard(() => this.refresh()),
      SETTLE_MS,
    );
  }

  private onPointer(e: MouseEvent, down: boolean): void {
    // Clicks inside our own controls are theirs to handle.
    if (e.target === this.ui.host) return;
    this.pointerDown = down;
    if (down) return;
    this.settle();
  }

  private onKeydown(e: KeyboardEvent): void {
    if (!e.isTrusted) return;
    const plain = !e.altKey && !e.ctrlKey && !e.metaKey;
    if (e.code === 'KeyH' && e.altKey && e.shiftKey && !e.ctrlKey && !e.metaKey) {
      const target = this.readSelection();
      if (!target) return;
      e.preventDefault();
      // A failure is shown in the toolbar by highlight(); the guard logs only our own bugs.
      this.guard(() => this.highlight(DEFAULT_COLOR, target))();
    } else if (e.key === 'Escape') {
      if (this.ui.toolbarOpen || this.ui.popoverOpen || this.ui.editorOpen) this.dismiss();
    } else if (e.key === 'Tab' && plain && !e.shiftKey && this.ui.toolbarOpen && !this.ui.focused) {
      e.preventDefault();
      this.ui.focusToolbar();
    } else if (e.key === 'Enter' && plain && this.controller.idAt(this.doc.activeElement)) {
      e.preventDefault();
      this.ui.focusPopover();
    }
  }

  private onOver(target: EventTarget | null, idle: boolean): void {
    const id = this.controller.idAt(target);
    // While text is being selected the toolbar, not a note, is what the reader needs.
    if (!id || !idle || this.ui.toolbarOpen || this.ui.editorOpen) return;
    this.cancelHide();
    this.shown = id;
    const piece = (target as Element).closest('mark') ?? this.controller.firstMark(id);
    if (piece) this.ui.showPopover(piece.getBoundingClientRect(), this.controller.get(id)?.note ?? '');
  }

  private onOut(target: EventTarget | null): void {
    if (this.controller.idAt(target)) this.scheduleHide();
  }

  private scheduleHide(): void {
    this.cancelHide();
    this.hideTimer = window.setTimeout(
      this.guard(() => {
        if (this.overPopover || this.ui.focused || this.controller.idAt(this.doc.activeElement)) return;
        this.shown = null;
        this.ui.hidePopover();
      }),
      POPOVER_GRACE_MS,
    );
  }

  private cancelHide(): void {
    window.clearTimeout(this.hideTimer);
  }
}

function samePlace(a: Target | null, b: Target): boolean {
  return (
    a?.selectors.position.start === b.selectors.position.start &&
    a.selectors.position.end === b.selectors.position.end
  );
}

/** Where a selection is on screen; a selection with no layout (hidden text) falls back to the body. */
function boxOf(range: Range, root: Element): Box {
  const rect = typeof range.getBoundingClientRect === 'function' ? range.getBoundingClientRect() : null;
  if (rect && (rect.width > 0 || rect.height > 0)) return rect;
  return root.getBoundingClientRect();
}
