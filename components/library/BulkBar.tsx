import { useState } from 'preact/hooks';
import { parseTagInput } from '@/lib/library/format';
import { useText } from './text';

interface BulkBarProps {
  count: number;
  busy: boolean;
  onTag: (tags: string[]) => void;
  onDelete: () => void;
  onExport: () => void;
  onClear: () => void;
}

/** Actions on the selected articles; shown only while something is selected. */
export function BulkBar({ count, busy, onTag, onDelete, onExport, onClear }: BulkBarProps) {
  const { t, number } = useText();
  const [tag, setTag] = useState('');
  return (
    <section class="bulk-bar" data-testid="bulk-bar" aria-label={t('selectedCount', number(count))}>
      <strong class="bulk-count" data-testid="selected-count">
        {t('selectedCount', number(count))}
      </strong>
      <form
        class="bulk-tag"
        onSubmit={(e) => {
          e.preventDefault();
          const tags = parseTagInput(tag);
          if (tags.length === 0) return;
          onTag(tags);
          setTag('');
        }}
      >
        <label class="visually-hidden" for="bulk-tag-input">
          {t('bulkTagLabel')}
        </label>
        <input
          id="bulk-tag-input"
          class="input"
          data-testid="bulk-tag-input"
          placeholder={t('bulkTagLabel')}
          value={tag}
          onInput={(e) => setTag(e.currentTarget.value)}
        />
        <button type="submit" class="button" data-testid="bulk-tag-button" disabled={busy}>
          {t('bulkTagButton')}
        </button>
      </form>
      <button type="button" class="button" data-testid="bulk-export" disabled={busy} onClick={onExport}>
        {t('bulkExport')}
      </button>
      <button
        type="button"
        class="button danger"
        data-testid="bulk-delete"
        disabled={busy}
        onClick={onDelete}
      >
        {t('bulkDelete')}
      </button>
      <button type="button" class="link-button" data-testid="clear-selection" onClick={onClear}>
        {t('clearSelection')}
      </button>
    </section>
  );
}
