import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { NoteEditor } from '@/components/library/NoteEditor';

let host: HTMLElement;
afterEach(() => {
  render(null, host);
  host.remove();
});

async function editor(onSave: (note: string) => Promise<boolean>) {
  host = document.createElement('div');
  document.body.append(host);
  await act(() => render(<NoteEditor note="cũ" onSave={onSave} />, host));
  const input = host.querySelector<HTMLTextAreaElement>('[data-testid=note-input]')!;
  const save = host.querySelector<HTMLButtonElement>('[data-testid=note-save]')!;
  await act(() => {
    input.value = 'ghi chú mới';
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await act(async () => {
    save.closest('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    await Promise.resolve();
  });
  return { input, save };
}

describe('the note editor of the reader view', () => {
  it('keeps what the reader typed when the note could not be stored', async () => {
    const { input, save } = await editor(async () => false);
    expect(input.value).toBe('ghi chú mới');
    expect(save.disabled).toBe(false);
  });

  it('settles once the note is stored', async () => {
    const saved: string[] = [];
    const { save } = await editor(async (note) => {
      saved.push(note);
      return true;
    });
    expect(saved).toEqual(['ghi chú mới']);
    expect(save.disabled).toBe(true);
  });
});
