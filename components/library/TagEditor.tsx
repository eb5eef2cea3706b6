import { useState } from 'preact/hooks';
import { parseTagInput } from '@/lib/library/format';
import { useText } from './text';

interface TagEditorProps {
  tags: readonly string[];
  onChange: (tags: string[]) => void;
}

export function TagEditor({ tags, onChange }: TagEditorProps) {
  const { t } = useText();
  const [draft, setDraft] = useState('');
  return (
    <section class="panel" aria-labelledby="tags-heading" data-testid="tag-editor">
      <h2 id="tags-heading">{t('tagsHeading')}</h2>
      {tags.length > 0 ? (
        <ul class="tags" data-testid="tag-list">
          {tags.map((tag) => (
            <li key={tag} class="tag" data-testid="tag">
              <span>{tag}</span>
              <button
                type="button"
                class="tag-remove"
                aria-label={t('removeTag', tag)}
                data-testid="tag-remove"
                onClick={() => onChange(tags.filter((x) => x !== tag))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p class="muted">{t('tagsEmpty')}</p>
      )}
      <form
        class="inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          const added = parseTagInput(draft);
          if (added.length === 0) return;
          onChange([...tags, ...added]);
          setDraft('');
        }}
      >
        <label class="visually-hidden" for="tag-input">
          {t('addTagLabel')}
        </label>
        <input
          id="tag-input"
          class="input"
          data-testid="tag-input"
          placeholder={t('addTagLabel')}
          value={draft}
          onInput={(e) => setDraft(e.currentTarget.value)}
        />
        <button type="submit" class="button" data-testid="tag-add">
          {t('addTag')}
        </button>
      </form>
    </section>
  );
}
