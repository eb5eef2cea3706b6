import { useEffect, useState } from 'preact/hooks';
import type { Annotation, AnnotationColor } from '@/lib/annotate/types';
import type { StringKey } from '@/lib/library/strings';
import type { AnnotationPatch } from '@/lib/store/annotations';
import { useText } from './text';

const COLORS: readonly [AnnotationColor, StringKey][] = [
  ['yellow', 'colorYellow'],
  ['green', 'colorGreen'],
  ['blue', 'colorBlue'],
  ['pink', 'colorPink'],
];

interface AnnotationListProps {
  annotations: readonly Annotation[];
  onSave: (id: string, patch: AnnotationPatch) => void;
  onDelete: (id: string) => void;
}

/** Every annotation in reading order; orphans stay in their last known place, marked. */
export function AnnotationList({ annotations, onSave, onDelete }: AnnotationListProps) {
  const { t, number } = useText();
  return (
    <section class="panel annotations" aria-labelledby="annotations-heading" data-testid="annotations">
      <h2 id="annotations-heading">
        {t('annotationsHeading')}
        {annotations.length > 0 ? <span class="count"> {number(annotations.length)}</span> : null}
      </h2>
      {annotations.length === 0 ? (
        <p class="muted" data-testid="annotations-empty">
          {t('annotationsEmpty')}
        </p>
      ) : (
        <ol class="annotation-list">
          {annotations.map((a) => (
            <AnnotationItem key={a.id} annotation={a} onSave={onSave} onDelete={onDelete} />
          ))}
        </ol>
      )}
    </section>
  );
}

interface AnnotationItemProps {
  annotation: Annotation;
  onSave: (id: string, patch: AnnotationPatch) => void;
  onDelete: (id: string) => void;
}

function AnnotationItem({ annotation: a, onSave, onDelete }: AnnotationItemProps) {
  const { t } = useText();
  const [note, setNote] = useState(a.note);
  const [color, setColor] = useState<AnnotationColor>(a.color);
  useEffect(() => setNote(a.note), [a.note]);
  useEffect(() => setColor(a.color), [a.color]);
  const dirty = note !== a.note || color !== a.color;
  const noteId = `annotation-note-${a.id}`;
  const colorId = `annotation-color-${a.id}`;
  return (
    <li
      class={`annotation color-${a.color}${a.orphan ? ' orphan' : ''}`}
      data-testid="annotation"
      data-annotation-id={a.id}
      data-orphan={a.orphan ? 'true' : 'false'}
    >
      {a.orphan ? (
        <p class="orphan-badge" data-testid="orphan-badge" title={t('orphanHint')}>
          {t('orphan')}
          <span class="visually-hidden">: {t('orphanHint')}</span>
        </p>
      ) : null}
      <blockquote class="annotation-quote" data-testid="annotation-quote">
        {a.quote.exact}
      </blockquote>
      <form
        class="annotation-form"
        onSubmit={(e) => {
          e.preventDefault();
          onSave(a.id, { note, color });
        }}
      >
        <label for={noteId} class="small-label">
          {t('annotationNote')}
        </label>
        <textarea
          id={noteId}
          class="input"
          rows={2}
          data-testid="annotation-note"
          value={note}
          onInput={(e) => setNote(e.currentTarget.value)}
        />
        <div class="annotation-actions">
          <label for={colorId} class="small-label">
            {t('annotationColor')}
          </label>
          <select
            id={colorId}
            class="input"
            data-testid="annotation-color"
            value={color}
            onChange={(e) => setColor(e.currentTarget.value as AnnotationColor)}
          >
            {COLORS.map(([value, label]) => (
              <option key={value} value={value}>
                {t(label)}
              </option>
            ))}
          </select>
          <button type="submit" class="button" data-testid="annotation-save" disabled={!dirty}>
            {t('saveAnnotation')}
          </button>
          <button
            type="button"
            class="button danger"
            data-testid="annotation-delete"
            onClick={() => onDelete(a.id)}
          >
            {t('deleteAnnotation')}
          </button>
        </div>
      </form>
    </li>
  );
}
