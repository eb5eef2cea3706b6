import { useEffect, useState } from 'preact/hooks';
import { useText } from './text';

interface NoteEditorProps {
  note: string;
  /** Resolves to whether the note was stored. */
  onSave: (note: string) => Promise<boolean>;
}

export function NoteEditor({ note, onSave }: NoteEditorProps) {
  const { t } = useText();
  const [draft, setDraft] = useState(note);
  const [dirty, setDirty] = useState(false);
  // A change saved elsewhere shows here, unless the reader is in the middle of typing.
  useEffect(() => {
    if (!dirty) setDraft(note);
  }, [note, dirty]);
  return (
    <section class="panel" aria-labelledby="note-heading" data-testid="note-editor">
      <h2 id="note-heading">{t('noteHeading')}</h2>
      <form
        onSubmit={async (e) => {
          e.preventDefault();
          // The draft stays (and stays dirty) until the store has it: a full disk loses nothing.
          if (await onSave(draft)) setDirty(false);
        }}
      >
        <label class="visually-hidden" for="note-input">
          {t('noteLabel')}
        </label>
        <textarea
          id="note-input"
          class="input note-input"
          rows={4}
          data-testid="note-input"
          value={draft}
          onInput={(e) => {
            setDraft(e.currentTarget.value);
            setDirty(true);
          }}
        />
        <button type="submit" class="button" data-testid="note-save" disabled={!dirty}>
          {t('saveNote')}
        </button>
      </form>
    </section>
  );
}
