import type { SavedStatus } from '@/lib/messaging/protocol';
import { relativeTime } from '@/lib/popup/format';
import { type NoteView, type SaveView, savedRecord } from '@/lib/popup/state';
import { useI18n } from './i18n';

interface SaveBarProps {
  save: SaveView;
  now: number;
  onSave: () => void;
}

/** The Save button and what the library knows of this article. */
export function SaveBar({ save, now, onSave }: SaveBarProps) {
  const { t, lang } = useI18n();
  const isSaved = save.status === 'saved';
  const busy = save.status === 'saving';
  const unknown = t('unknownError');

  let stateText: string;
  switch (save.status) {
    case 'idle':
    case 'checking':
      stateText = t('saveStateChecking');
      break;
    case 'unsaved':
      stateText = t('saveStateUnsaved');
      break;
    case 'unknown':
      stateText = t('saveStateUnknown', save.reason || unknown);
      break;
    case 'saving':
      stateText = t('saveStateSaving');
      break;
    case 'saved':
      stateText =
        save.result === 'created'
          ? t('saveStateCreated')
          : save.result === 'unchanged'
            ? t('saveStateUnchanged')
            : save.result === 'updated'
              ? t('saveStateUpdated')
              : t('saveStateSaved', relativeTime(save.saved.savedAt, now, lang) ?? '');
      break;
    case 'failed':
      stateText = t('saveStateFailed', save.reason || unknown);
      break;
  }

  return (
    <div class="save-row">
      <button
        type="button"
        class={isSaved ? 'button' : 'button primary'}
        data-testid="save-button"
        disabled={busy}
        aria-busy={busy}
        aria-describedby="save-state"
        onClick={onSave}
      >
        {isSaved ? t('saveAgainButton') : t('saveButton')}
      </button>
      <p
        id="save-state"
        class={`save-state small ${save.status === 'failed' || save.status === 'unknown' ? 'error-text' : 'muted'}`}
        role="status"
        data-testid="save-state"
        data-status={save.status}
      >
        {stateText}
      </p>
    </div>
  );
}

interface NotesPanelProps {
  save: SaveView;
  note: NoteView;
  libraryUrl: string;
  onNoteInput: (text: string) => void;
  /** Leaving the note field (saves the note of a saved article). */
  onNoteBlur: () => void;
  /** The note's own button (saves the article too when it is not saved yet). */
  onNoteSave: () => void;
  onOpenLibrary: () => void;
}

/** Quick note, highlights and recent notes, and the library link. */
export function NotesPanel(props: NotesPanelProps) {
  const { save, note, libraryUrl, onNoteInput, onNoteBlur, onNoteSave, onOpenLibrary } = props;
  const { t } = useI18n();
  const record = savedRecord(save);
  const isSaved = save.status === 'saved';
  const busy = save.status === 'saving' || note.status === 'saving';
  const nothingToSave = note.draft.trim() === '' && !record?.note;

  let noteText: string | null = null;
  if (note.status === 'saving') noteText = t('noteSaving');
  else if (note.status === 'saved') noteText = t('noteSaved');
  else if (note.status === 'failed') noteText = t('noteFailed', note.reason || t('unknownError'));

  return (
    <section class="notes-panel" aria-labelledby="notes-heading">
      <h2 id="notes-heading" class="section-title">
        <label for="note-input">{t('noteLabel')}</label>
      </h2>
      <textarea
        id="note-input"
        class="note-input"
        rows={2}
        placeholder={t('notePlaceholder')}
        aria-describedby="note-hint"
        data-testid="note-input"
        value={note.draft}
        onInput={(e) => onNoteInput(e.currentTarget.value)}
        onBlur={onNoteBlur}
      />
      <div class="note-row">
        <p id="note-hint" class="muted small">
          {isSaved ? t('noteHintSaved') : t('noteHintUnsaved')}
        </p>
        <button
          type="button"
          class="button small-button"
          data-testid="note-save"
          disabled={busy || nothingToSave}
          onClick={onNoteSave}
        >
          {t('noteSave')}
        </button>
      </div>
      <p
        class={`small ${note.status === 'failed' ? 'error-text' : 'muted'}`}
        role="status"
        data-testid="note-state"
        data-status={note.status}
      >
        {noteText}
      </p>

      {record ? <Annotations record={record} /> : null}

      <p class="library">
        <a
          href={libraryUrl}
          data-testid="library-link"
          onClick={(e) => {
            e.preventDefault();
            onOpenLibrary();
          }}
        >
          {t('libraryLink')}
        </a>
      </p>
    </section>
  );
}

function Annotations({ record }: { record: SavedStatus }) {
  const { t, plural } = useI18n();
  const notes = record.recentNotes.slice(0, 3);
  return (
    <div class="annotations">
      <p class="small">
        <span data-testid="annotation-count" data-count={record.annotationCount}>
          {plural('annotations', record.annotationCount)}
        </span>
        {record.orphanCount > 0 ? (
          <span class="muted" data-testid="orphan-count">
            {' '}
            {t('orphans', record.orphanCount)}
          </span>
        ) : null}
      </p>
      {notes.length > 0 ? (
        <>
          <h3 class="small-heading">{t('recentNotesHeading')}</h3>
          <ul class="recent-notes">
            {notes.map((n) => (
              <li key={`${n.updatedAt}:${n.quote}`} data-testid="recent-note">
                <q class="recent-quote">{n.quote}</q>
                {n.note ? <span class="recent-note-text">{n.note}</span> : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
